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
    private static final SpecValidator VALIDATOR = SpecValidator.standard();

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
    void every_quality_requirement_and_success_criterion_of_the_good_examples_states_a_number() {
        for (Spec spec : Examples.good()) {
            assertThat(spec.requirements()).filteredOn(r -> r.kind() == RequirementKind.QUALITY)
                    .as(spec.id() + " quality requirements").allSatisfy(r -> assertThat(r.statement()).containsPattern("\\d"));
            assertThat(criteria(spec).filter(c -> c.category() == CriterionCategory.SUCCESS))
                    .as(spec.id() + " success criteria")
                    .allSatisfy(c -> assertThat(c.then().orElseThrow()).containsPattern("\\d"));
        }
    }

    @Test
    void every_use_case_of_the_good_examples_lists_exactly_the_entities_its_steps_mention() {
        for (Spec spec : Examples.good()) {
            for (UseCase useCase : spec.useCases()) {
                // given
                String steps = stepText(useCase);
                // when
                Set<Id> mentioned = spec.entities().stream().map(Entity::name)
                        .filter(name -> mentions(steps, name.value())).collect(Collectors.toSet());
                // then
                assertThat(new HashSet<>(useCase.uses())).as(spec.id() + " " + useCase.id()).isEqualTo(mentioned);
            }
        }
    }

    @Test
    void the_good_examples_have_no_finding_at_all() {
        for (Spec spec : Examples.good()) {
            // when
            ValidationReport report = VALIDATOR.validate(spec);
            // then
            assertThat(report.violations()).as(spec.id().value()).isEmpty();
            assertThat(report.waived()).as(spec.id().value()).isEmpty();
        }
    }

    @Test
    void the_flawed_example_fires_every_rule_that_data_can_fire() {
        // given: every rule id except rule.failed, which only a throwing rule can fire
        Set<String> rules = VALIDATOR.rules().stream().map(SpecRule::id)
                .filter(id -> !id.equals(SpecValidator.RULE_FAILED)).collect(Collectors.toSet());
        // when
        ValidationReport report = VALIDATOR.validate(Examples.flawed());
        Set<String> fired = report.violations().stream().map(Violation::ruleId).collect(Collectors.toSet());
        // then: the Bean Validation rule reports as constraint.<Constraint>
        assertThat(rules).allSatisfy(rule -> assertThat(fired)
                .as("fired rules").anyMatch(id -> id.equals(rule) || id.startsWith(rule + ".")));
        assertThat(fired).contains("waiver.unmatched");
    }

    private static Stream<AcceptanceCriterion> criteria(Spec spec) {
        return spec.requirements().stream().flatMap(r -> r.criteria().stream());
    }

    private static String stepText(UseCase useCase) {
        List<String> text = new ArrayList<>();
        useCase.mainFlow().stream().map(Step::action).forEach(text::add);
        useCase.flows().forEach(f -> f.steps().stream().map(Step::action).forEach(text::add));
        return String.join("\n", text);
    }

    /** The name or its plural as a whole word, in any case: the same reading as the completeness rule. */
    private static boolean mentions(String text, String name) {
        String word = Pattern.quote(name.toLowerCase(Locale.ROOT));
        return Pattern.compile("\\b" + word + "(s|es)?\\b").matcher(text.toLowerCase(Locale.ROOT)).find()
                || (name.endsWith("y") && text.toLowerCase(Locale.ROOT)
                        .contains(name.substring(0, name.length() - 1).toLowerCase(Locale.ROOT) + "ies"));
    }
}
