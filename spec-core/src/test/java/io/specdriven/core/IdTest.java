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
    @ValueSource(strings = {"REQ-1", "FR-001", "REQ001", "UC-003", "1.1", "1.2", "Order", "a_b", "Größe", "要件-1",
        "dsn~cli-option-parsing~2", "Validate all specs in one run", "Order Line", "a/b", "..", "-REQ", ".1",
        "REQ:1", "½", "REQ-Ⅻ", "user@example", "#1", "e\u0301", "\uD835\uDC00", "a\u00A0b", "a\u200Bb"})
    void accepts_the_forms_real_specs_use_issue_9(String text) {
        assertThat(Id.of(text).value()).isEqualTo(text);
        assertThat(Id.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " REQ", "REQ ", "REQ\n", "a\nb", "a\rb", "a\tb", "a\u0085b", "a\u2028b",
        "a\u2029b", "a\u0000b", "a\u007Fb", "a\u009Fb", "a\u202Eb", "a\u2066b", "\u00A0REQ", "REQ\u3000",
        "REQ\u2007", "\uD800", "a\uDC00b"})
    void refuses_text_outside_the_grammar_naming_it_issue_9(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Id.of(text)).withMessageStartingWith("invalid id '");
        assertThat(Id.isValid(text)).isFalse();
    }

    @Test
    void names_what_is_wrong_and_where() {
        assertThatIllegalArgumentException().isThrownBy(() -> Id.of(" REQ-1"))
                .withMessage("invalid id ' REQ-1': it starts with white space; remove it");
        assertThatIllegalArgumentException().isThrownBy(() -> Id.of("REQ-1\u00A0"))
                .withMessage("invalid id 'REQ-1\u00A0': it ends with white space; remove it");
        assertThatIllegalArgumentException().isThrownBy(() -> Id.of("REQ\t1"))
                .withMessage("invalid id 'REQ\\t1': a control character (U+0009) at character 4; an id is one line"
                        + " of text without control characters");
        assertThatIllegalArgumentException().isThrownBy(() -> Id.of("Größe\u2028x"))
                .withMessage("invalid id 'Größe\\u2028x': a line break (U+2028) at character 6; an id is one line"
                        + " of text without control characters");
    }

    @Test
    void keeps_white_space_inside_as_written() {
        assertThat(Id.of("Order  Line").value()).isEqualTo("Order  Line");
        assertThat(Id.of("Order Line")).isNotEqualTo(Id.of("Order\u00A0Line"));
    }

    @Test
    void refuses_ids_longer_than_the_limit() {
        assertThat(Id.isValid("a".repeat(Id.MAX_LENGTH))).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> Id.of("a".repeat(Id.MAX_LENGTH + 1)))
                .withMessageContaining("201 characters, at most 200 allowed");
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
                .withMessageContaining("201 characters, at most 200 allowed");
    }

    @Test
    void messages_stay_one_line_and_never_split_a_character() {
        assertThatIllegalArgumentException().isThrownBy(() -> Id.of("a\nb\u0000\u202Ec"))
                .withMessage("invalid id 'a\\nb\\u0000\\u202Ec': a line break (U+000A) at character 2; an id is one"
                        + " line of text without control characters");
        String astral = "\uD835\uDC00";
        assertThatIllegalArgumentException().isThrownBy(() -> Id.of("A".repeat(19) + astral.repeat(200)))
                .withMessageStartingWith("invalid id '" + "A".repeat(19) + astral + "…': 219 characters");
        assertThat(Id.isValid("中".repeat(Id.MAX_LENGTH))).isTrue();
    }
}
