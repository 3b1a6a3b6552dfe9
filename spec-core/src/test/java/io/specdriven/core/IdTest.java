package io.specdriven.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IdTest {

    @ParameterizedTest
    @ValueSource(strings = {"REQ-1", "FR-001", "REQ001", "UC-003", "1.2", "Order", "a_b", "Größe", "要件-1"})
    void accepts_the_forms_real_specs_use(String text) {
        assertThat(Id.of(text).value()).isEqualTo(text);
        assertThat(Id.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-REQ", ".1", "REQ 1", "REQ/1", "REQ:1", " REQ", "REQ\n", "½", "REQ-Ⅻ"})
    void refuses_text_outside_the_grammar_naming_it(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Id.of(text))
                .withMessageContaining("invalid id '" + text.replace("\n", "\\n"));
        assertThat(Id.isValid(text)).isFalse();
    }

    @Test
    void refuses_ids_longer_than_the_limit() {
        assertThat(Id.isValid("a".repeat(Id.MAX_LENGTH))).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> Id.of("a".repeat(Id.MAX_LENGTH + 1)))
                .withMessageContaining("129 characters, at most 128 allowed");
    }

    @Test
    void refuses_null_naming_the_parameter() {
        assertThatNullPointerException().isThrownBy(() -> Id.of(null)).withMessage("value");
    }

    @Test
    void is_case_sensitive() {
        assertThat(Id.of("req-1")).isNotEqualTo(Id.of("REQ-1"));
    }

    @Test
    void sorts_numbers_by_value() {
        List<Id> ids = new ArrayList<>(List.of(Id.of("REQ-10"), Id.of("REQ-2"), Id.of("REQ-1"), Id.of("AC-3")));
        Collections.sort(ids);
        assertThat(ids).extracting(Id::value).containsExactly("AC-3", "REQ-1", "REQ-2", "REQ-10");
    }

    @Test
    void counts_length_in_code_points_as_json_schema_does() {
        String astral = "\uD835\uDC00"; // MATHEMATICAL BOLD CAPITAL A, a letter outside the BMP

        assertThat(Id.isValid(astral.repeat(Id.MAX_LENGTH))).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> Id.of(astral.repeat(Id.MAX_LENGTH + 1)))
                .withMessageContaining("129 characters, at most 128 allowed");
    }

    @Test
    void messages_stay_one_line_and_never_split_a_character() {
        assertThatIllegalArgumentException().isThrownBy(() -> Id.of("a\nb\u0000\u202Ec"))
                .withMessage("invalid id 'a\\nb\\u0000\\u202Ec': use letters, digits, '.', '_' or '-',"
                        + " starting with a letter or digit");
        String astral = "\uD835\uDC00";
        assertThatIllegalArgumentException().isThrownBy(() -> Id.of("A".repeat(19) + astral.repeat(200)))
                .withMessageStartingWith("invalid id '" + "A".repeat(19) + astral + "…': 219 characters");
    }
}
