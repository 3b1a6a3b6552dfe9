package io.specdriven.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test
    void counts_insertions_deletions_substitutions_and_swaps_of_neighbours_as_one_edit_each() {
        assertThat(EditDistance.between("AC-EXPORT-1", "AC-EXPORT-1")).isZero();
        assertThat(EditDistance.between("AC-EXPROT-1", "AC-EXPORT-1")).isEqualTo(1);
        assertThat(EditDistance.between("AC-EXPORT", "AC-EXPORT-1")).isEqualTo(2);
        assertThat(EditDistance.between("", "abc")).isEqualTo(3);
        assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void suggests_the_only_close_candidate_and_nothing_when_two_tie_or_none_is_close() {
        assertThat(EditDistance.closest("ac-exprot-1", List.of("AC-EXPORT-1", "AC-EMPTY"))).isEqualTo("AC-EXPORT-1");
        assertThat(EditDistance.closest("AC-3", List.of("AC-1", "AC-2"))).isNull();
        assertThat(EditDistance.closest("ZZZ-99", List.of("AC-1", "AC-2"))).isNull();
        assertThat(EditDistance.closest("*", List.of("1"))).isNull();
    }
}
