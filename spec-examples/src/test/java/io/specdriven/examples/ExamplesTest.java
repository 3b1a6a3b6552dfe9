package io.specdriven.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.CriterionCategory;
import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.Entity;
import io.specdriven.core.FlowKind;
import io.specdriven.core.Id;
import io.specdriven.core.Requirement;
import io.specdriven.core.RequirementKind;
import io.specdriven.core.Spec;
import io.specdriven.core.Step;
import io.specdriven.core.UseCase;
import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.SpecRule;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.validation.Violation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The promises issue 5 makes about the examples' content, checked on the model itself. */
class ExamplesTest {
    private static final SpecValidator STRICT = SpecValidator.of(Profile.STRICT);

    @Test
    void the_good_examples_are_csv_export_webshop_and_specdriven_in_that_order() {
        // when
        List<Spec> good = Examples.good();
        // then
        assertThat(good).extracting(s -> s.id().value()).containsExactly("csv-export", "webshop", "specdriven");
        assertThat(good).doesNotContain(Examples.flawed());
    }

    @Test
    void building_an_example_twice_gives_equal_specs() {
        assertThat(Examples.csvExport()).isEqualTo(Examples.csvExport());
        assertThat(Examples.flawed()).isEqualTo(Examples.flawed());
    }

    @Test
    void csv_export_considers_every_standard_edge_case_kind_and_has_failure_modes() {
        // given
        Spec spec = Examples.csvExport();
        // when
        Set<EdgeCaseKind> kinds = criteria(spec).map(AcceptanceCriterion::edgeCase)
                .flatMap(java.util.Optional::stream).collect(Collectors.toCollection(() -> EnumSet.noneOf(EdgeCaseKind.class)));
        long failures = criteria(spec).filter(c -> c.category() == CriterionCategory.FAILURE).count();
        // then
        assertThat(kinds).containsAll(EnumSet.complementOf(EnumSet.of(EdgeCaseKind.OTHER)));
        assertThat(failures).isGreaterThanOrEqualTo(2);
        assertThat(criteria(spec).filter(c -> c.category() == CriterionCategory.FAILURE))
                .allSatisfy(c -> assertThat(c.then()).isPresent());
    }

    @Test
    void webshop_is_a_whole_system_spec() {
        // given
        Spec spec = Examples.webshop();
        // then: a requirements catalog of functional, quality and constraint requirements
        assertThat(spec.requirements()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(spec.requirements()).extracting(Requirement::kind)
                .contains(RequirementKind.FUNCTIONAL, RequirementKind.QUALITY, RequirementKind.CONSTRAINT);
        // and use cases with alternative and exception flows and business rules
        assertThat(spec.useCases()).hasSizeGreaterThanOrEqualTo(5).allSatisfy(u -> {
            assertThat(u.flows()).extracting(f -> f.kind()).contains(FlowKind.ALTERNATIVE, FlowKind.EXCEPTION);
            assertThat(u.businessRules()).isNotEmpty();
        });
        // and an entity model with typed attributes and relationships
        assertThat(spec.entities()).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(e -> assertThat(e.attributes()).isNotEmpty());
        assertThat(spec.entities()).filteredOn(e -> !e.relationships().isEmpty()).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void the_good_examples_pass_the_strict_profile_with_score_100() {
        for (Spec spec : Examples.good()) {
            // when
            ValidationReport report = STRICT.validate(spec);
            // then: waivers are allowed, each with its reason; open findings are not
            assertThat(report.violations()).as(spec.id().value()).isEmpty();
            assertThat(report.score().total()).as(spec.id().value()).isEqualTo(100);
        }
        assertThat(STRICT.validate(Examples.csvExport()).waived()).as("csv-export needs no waiver").isEmpty();
    }

    @Test
    void the_flawed_example_fires_every_rule_that_can_fire_alongside_the_others() {
        // given: every rule but those that cannot fire here: rule.failed (only a throwing rule fires it),
        // ids.prefix (only with a configured convention) and spec.no-* (the spec has requirements, use
        // cases and entities, or the other rules would have nothing to check)
        Set<String> rules = STRICT.rules().stream().map(SpecRule::id)
                .filter(id -> !id.equals(SpecValidator.RULE_FAILED) && !id.equals("ids.prefix") && !id.startsWith("spec.no-"))
                .collect(Collectors.toSet());
        // when
        ValidationReport report = STRICT.validate(Examples.flawed());
        Set<String> fired = report.violations().stream().map(Violation::ruleId).collect(Collectors.toSet());
        // then: the Bean Validation rule reports as constraint.<Constraint>
        assertThat(rules).hasSizeGreaterThan(40).allSatisfy(rule -> assertThat(fired)
                .as("fired rules").anyMatch(id -> id.equals(rule) || id.startsWith(rule + ".")));
        assertThat(fired).contains("waiver.unmatched");
        assertThat(report.score().total()).isZero();
    }

    private static Stream<AcceptanceCriterion> criteria(Spec spec) {
        return spec.requirements().stream().flatMap(r -> r.criteria().stream());
    }

}
