package io.specdriven.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void counts_insertions_deletions_substitutions_and_swaps_of_neighbours_as_one_edit_each() {
        assertThat(Suggestions.distance("AC-EXPORT-1", "AC-EXPORT-1")).isZero();
        assertThat(Suggestions.distance("AC-EXPROT-1", "AC-EXPORT-1")).isEqualTo(1);
        assertThat(Suggestions.distance("AC-EXPORT", "AC-EXPORT-1")).isEqualTo(2);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void suggests_the_only_close_candidate_and_nothing_when_two_tie_or_none_is_close() {
        assertThat(Suggestions.closest("ac-exprot-1", List.of("AC-EXPORT-1", "AC-EMPTY"))).contains("AC-EXPORT-1");
        assertThat(Suggestions.closest("AC-3", List.of("AC-1", "AC-2"))).isEmpty();
        assertThat(Suggestions.closest("ZZZ-99", List.of("AC-1", "AC-2"))).isEmpty();
        assertThat(Suggestions.closest("*", List.of("1"))).isEmpty();
    }
}
