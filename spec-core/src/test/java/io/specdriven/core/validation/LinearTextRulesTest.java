package io.specdriven.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.specdriven.core.AttributeType;
import io.specdriven.core.RequirementKind;
import io.specdriven.core.Spec;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text rule is linear in its input (issue 14): texts built to make a backtracking pattern or a
 * rescanning loop quadratic are checked by the whole strict validator within a bound that quadratic work
 * on them could not meet (100,000 × “ took 21 s before the fix). A guard against regressions, not a speed
 * target: the benchmarks print figures.
 */
class LinearTextRulesTest {
    private static final SpecValidator STRICT = SpecValidator.of(Profile.STRICT);

    static Stream<Arguments> hostile_texts() {
        return Stream.of(
                Arguments.of("unterminated curly quotes", "“".repeat(100_000)),
                Arguments.of("unterminated low quotes", "„".repeat(40_000)),
                Arguments.of("unterminated single quotes", "‘".repeat(100_000)),
                Arguments.of("unterminated guillemets", "«".repeat(100_000)),
                Arguments.of("unterminated corner brackets", "「".repeat(100_000)),
                Arguments.of("apostrophes", "'".repeat(100_000)),
                Arguments.of("apostrophes between letters", "a'".repeat(50_000)),
                Arguments.of("straight quotes", "\"".repeat(100_000)),
                Arguments.of("one word repeated", "fast ".repeat(20_000)),
                Arguments.of("a vague phrase's prefix repeated", "as soon as ".repeat(10_000)),
                Arguments.of("hyphens", "-".repeat(100_000)),
                Arguments.of("soft hyphens after a letter", "a" + "\u00AD".repeat(100_000) + "."),
                Arguments.of("combining marks", "e" + "\u0301".repeat(100_000)),
                Arguments.of("white space", " \t".repeat(50_000) + "x"),
                Arguments.of("digits", "1".repeat(100_000)),
                Arguments.of("line breaks", "\n".repeat(100_000) + "Scenario: x"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile_texts")
    void the_strict_validator_checks_a_hostile_text_in_every_field_in_linear_time_issue_14(String name, String text) {
        // given: the text in every kind of field the text rules read
        Spec spec = Spec.builder("hostile", text)
                .summary(text)
                .actor("USER", a -> a.name(text).description(text))
                .term(text, text)
                .requirement("REQ-1", r -> r.title(text).statement(text).rationale(text)
                        .criterion("AC-1", c -> c.given(text).when(text).then(text))
                        .criterion("AC-2", c -> c.statement(text)))
                .requirement("REQ-2", r -> r.title(text).statement(text).kind(RequirementKind.QUALITY))
                .useCase("UC-1", u -> u.title(text).goal(text).primaryActor("USER").step("USER", text)
                        .businessRule("BR-1", text))
                .entity("Order", e -> e.description(text).attribute("note", AttributeType.STRING,
                        a -> a.description(text)))
                .assumption(text)
                .build();

        // when: about 3 s on an idle 2-core machine; the quadratic search took 21 s for one such field, and the text
        // is in 20 fields here, so a regression takes minutes. The bound leaves room for a machine under load
        // (20 s timed out twice in a full build with the load average at 10 on 2 cores).
        ValidationReport report = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> STRICT.validate(spec));

        // then: the texts are far over the length limits, which is reported, not fatal
        assertThat(report.violations()).extracting(Violation::ruleId).contains("constraint.Size");
    }
}
