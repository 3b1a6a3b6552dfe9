package io.specdriven.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.core.Spec;
import org.junit.jupiter.api.Test;

class ViolationTest {

    @Test
    void given_a_finding_with_a_hint_when_printed_then_the_line_ends_with_the_hint_issue_12() {
        // given
        Violation v = Violation.of("x.rule", Severity.WARNING, ElementPath.root(), "something is missing")
                .withHint("add a \"then\": what is observed");
        // when
        String line = v.toString();
        // then
        assertThat(line).isEqualTo("WARNING x.rule (spec): something is missing (hint: add a \"then\": what is observed)");
    }

    @Test
    void given_a_finding_without_a_hint_when_printed_then_the_line_is_severity_rule_path_and_message() {
        // given
        Violation v = Violation.of("x.rule", Severity.ERROR, ElementPath.root(), "something is wrong");
        // when / then
        assertThat(v.toString()).isEqualTo("ERROR x.rule (spec): something is wrong");
    }

    @Test
    void given_a_hint_with_line_breaks_when_printed_then_it_stays_one_line() {
        // given
        Violation v = Violation.of("x.rule", Severity.INFO, ElementPath.root(), "m").withHint("first\nsecond\r\nthird");
        // when / then
        assertThat(v.toString()).isEqualTo("INFO x.rule (spec): m (hint: first second third)").doesNotContain("\n");
    }

    @Test
    void given_real_findings_when_printed_then_each_shows_its_own_hint() {
        // given: a requirement without acceptance criteria, a finding the rules give a hint
        Spec spec = Spec.builder("papercuts", "Papercuts").requirement("REQ-1", r -> r.title("Export").statement("The system shall export CSV")).build();
        // when
        var violations = SpecValidator.standard().validate(spec).violations();
        // then
        assertThat(violations).anySatisfy(v -> assertThat(v.hint()).isPresent());
        assertThat(violations).allSatisfy(v -> assertThat(v.toString())
                .isEqualTo(v.hint().map(h -> line(v) + " (hint: " + h + ")").orElse(line(v))));
    }

    private static String line(Violation v) {
        return v.severity() + " " + v.ruleId() + " " + (v.path().isRoot() ? "(spec)" : v.path()) + ": " + v.message();
    }
}
