package io.specdriven.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.specdriven.core.diff.Fingerprint;
import io.specdriven.core.diff.SpecDiff;
import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.view.FeatureFile;
import io.specdriven.core.view.SpecViews;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decimals from the Java API: the model bounds them as the JSON reader does, so views, rules, fingerprints
 * and diffs only ever see bounds they can handle (issue 14, defect 10).
 */
class ExtremeDecimalsTest {
    /** 92 digits and the largest exponent: 100 characters as BigDecimal.toString writes it. */
    private static final BigDecimal LONGEST = new BigDecimal("-9." + "9".repeat(91) + "E+1000");
    private static final BigDecimal SMALLEST_MAGNITUDE = new BigDecimal("1E-1000");

    @ParameterizedTest
    @ValueSource(strings = {"1E+2147483647", "1E+100000000", "1E+1001", "-1E+1001", "1E-1001", "0E+1001",
        "1E-2147483647", "0E-2147483647"})
    void a_bound_whose_exponent_the_reader_refuses_is_refused_by_the_model_issue_14(String decimal) {
        // given
        BigDecimal value = new BigDecimal(decimal);
        // when / then: through the builder and through the canonical constructor alike
        assertThatIllegalArgumentException().isThrownBy(() -> Attribute.builder("a", AttributeType.DECIMAL).min(value))
                .withMessage("min " + value + " is out of range: its exponent must lie between -1000 and 1000");
        assertThatIllegalArgumentException().isThrownBy(() -> new Attribute("a", AttributeType.DECIMAL, List.of(),
                        false, false, false, Optional.empty(), Optional.of(value), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
                .withMessage("max " + value + " is out of range: its exponent must lie between -1000 and 1000");
    }

    @Test
    void a_bound_longer_than_the_reader_reads_is_refused_without_printing_its_digits_issue_14() {
        // given: ten thousand digits, and 93 digits with the largest exponent (101 characters)
        BigDecimal many = new BigDecimal(BigInteger.TEN.pow(10_000).subtract(BigInteger.ONE), 9_990);
        BigDecimal longest = new BigDecimal("-9." + "9".repeat(92) + "E+1000");
        // when / then
        assertThatIllegalArgumentException().isThrownBy(() -> Attribute.builder("a", AttributeType.DECIMAL).max(many))
                .withMessage("max has 10000 digits: a bound is written in at most 100 characters");
        assertThatIllegalArgumentException().isThrownBy(() -> Attribute.builder("a", AttributeType.DECIMAL).max(longest))
                .withMessage("max " + longest + " is 101 characters long: a bound is written in at most 100");
    }

    @Test
    void the_most_extreme_bounds_the_model_accepts_go_through_rules_views_fingerprints_and_diffs_issue_14() {
        // given
        Spec spec = withBounds(SMALLEST_MAGNITUDE, LONGEST);
        Spec other = withBounds(LONGEST.negate(), SMALLEST_MAGNITUDE.negate());
        assertThat(LONGEST.toString()).hasSize(Attribute.MAX_DECIMAL_LENGTH);
        // when
        ValidationReport report = SpecValidator.of(Profile.STRICT).validate(spec);
        String markdown = SpecViews.markdown(spec, report);
        List<String> diagrams = List.of(SpecViews.mermaidErDiagram(spec), SpecViews.mermaidClassDiagram(spec),
                SpecViews.plantUmlClassDiagram(spec), SpecViews.plantUmlUseCaseDiagram(spec));
        List<FeatureFile> features = SpecViews.gherkin(spec);
        SpecDiff diff = SpecDiff.between(spec, other);
        // then: no rule failed, every output is bounded, and the diff sees both changed bounds
        assertThat(report.violations()).extracting(v -> v.ruleId()).doesNotContain(SpecValidator.RULE_FAILED);
        assertThat(report.violations()).extracting(v -> v.ruleId()).contains("structure.attribute-constraints");
        assertThat(markdown).hasSizeLessThan(20_000).contains("min 0." + "0".repeat(999) + "1");
        assertThat(diagrams).allSatisfy(d -> assertThat(d).hasSizeLessThan(20_000));
        assertThat(features).isEmpty();
        assertThat(Fingerprint.of(spec)).isNotEqualTo(Fingerprint.of(other));
        assertThat(Fingerprint.of(spec.entities().get(0))).isEqualTo(Fingerprint.of(withBounds(SMALLEST_MAGNITUDE,
                LONGEST).entities().get(0)));
        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.toString()).hasSizeLessThan(20_000);
        assertThat(SpecDiff.between(spec, spec).isEmpty()).isTrue();
    }

    private static Spec withBounds(BigDecimal min, BigDecimal max) {
        return Spec.builder("decimals", "Decimals")
                .entity("Order", e -> e.attribute("total", AttributeType.DECIMAL, a -> a.min(min).max(max)))
                .build();
    }
}
