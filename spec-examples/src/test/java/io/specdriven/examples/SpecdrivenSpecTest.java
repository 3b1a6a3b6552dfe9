package io.specdriven.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.source.SpecReadException;
import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.SpecRule;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.validation.Violation;
import io.specdriven.json.SpecJson;
import io.specdriven.junit.Verifies;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The acceptance tests of specdriven's own spec (the {@code specdriven} example): one test per criterion the
 * library's API can show, each named by {@code @Verifies}, so {@code spec verify} on that spec and these
 * results says which criteria pass. The command-line criteria are verified in spec-cli
 * ({@code SpecdrivenToolAcceptanceTest}); the speed and the two-JDK criteria by the benchmarks and CI, not here.
 */
class SpecdrivenSpecTest {

    @Test
    @Verifies("AC-MODEL-1")
    void a_spec_s_requirements_cannot_be_added_to() {
        Spec spec = Spec.builder("s", "S").requirement("REQ-1", r -> r.title("a").statement("The system shall a."))
                .requirement("REQ-2", r -> r.title("b").statement("The system shall b."))
                .requirement("REQ-3", r -> r.title("c").statement("The system shall c.")).build();
        assertThatThrownBy(() -> spec.requirements().add(spec.requirements().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(spec.requirements()).hasSize(3);
    }

    @Test
    @Verifies("AC-MODEL-SCRIPTS")
    void a_title_in_japanese_arabic_and_emoji_with_combining_marks_survives_write_and_read_code_point_for_code_point() {
        String title = "\u8f38\u51fa \u0627\u0644\u062a\u0635\u062f\u064a\u0631 \ud83d\udce4 e\u0301\u0308";
        Spec spec = Spec.builder("s", "S").requirement("REQ-1", r -> r.title(title).statement("The system shall export.")).build();
        Spec read = SpecJson.read(SpecJson.toJson(spec));
        assertThat(read.requirements().get(0).title().codePoints().toArray()).isEqualTo(title.codePoints().toArray());
    }

    @Test
    @Verifies("AC-BUILDER-1")
    void a_requirement_without_title_and_statement_cannot_be_built_and_says_what_is_missing() {
        assertThatThrownBy(() -> Requirement.builder("REQ-1").build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot build Requirement REQ-1: missing title, statement");
    }

    @Test
    @Verifies("AC-BUILDER-REUSE")
    void a_builder_changed_after_building_leaves_the_first_spec_unchanged() {
        Spec.Builder builder = Spec.builder("s", "S").requirement("REQ-1", r -> r.title("a").statement("The system shall a."));
        Spec first = builder.build();
        Spec second = builder.requirement("REQ-2", r -> r.title("b").statement("The system shall b.")).build();
        assertThat(first.requirements()).hasSize(1);
        assertThat(second.requirements()).hasSize(2);
    }

    @Test
    @Verifies("AC-VALIDATE-1")
    void every_violation_is_reported_at_once_at_its_path() {
        Spec spec = Spec.builder("s", "S").requirement("REQ-1", r -> r.title(" ").statement("The system shall a."))
                .useCase("UC-1", u -> u.title("Do it").realizes("REQ-404")).build();
        ValidationReport report = SpecValidator.of(Profile.BASIC).validate(spec);
        assertThat(report.errors()).extracting(v -> v.path().toString())
                .containsExactlyInAnyOrder("requirements[REQ-1].title", "useCases[UC-1].realizes[REQ-404]");
    }

    @Test
    @Verifies("AC-VALIDATE-EMPTY")
    void a_spec_with_only_an_id_and_a_title_has_no_errors() {
        assertThat(SpecValidator.standard().validate(Spec.builder("s", "S").build()).errors()).isEmpty();
    }

    @Test
    @Verifies("AC-VALIDATE-RULE-THROWS")
    void a_custom_rule_that_throws_becomes_one_finding_and_the_other_rules_still_report() {
        SpecRule broken = new SpecRule() {
            @Override
            public String id() {
                return "custom.broken";
            }

            @Override
            public String description() {
                return "throws";
            }

            @Override
            public void check(Spec spec, io.specdriven.core.validation.ViolationSink sink) {
                throw new IllegalStateException("boom");
            }
        };
        Spec spec = Spec.builder("s", "S").requirement("REQ-1", r -> r.title(" ").statement("The system shall a.")).build();
        ValidationReport report = SpecValidator.builder().profile(Profile.BASIC).rule(broken).build().validate(spec);
        List<Violation> failed = report.violations().stream().filter(v -> v.ruleId().equals("rule.failed")).toList();
        assertThat(failed).singleElement().satisfies(v -> assertThat(v.message()).contains("custom.broken", "boom"));
        assertThat(report.errors()).anyMatch(v -> v.path().toString().equals("requirements[REQ-1].title"));
    }

    @Test
    @Verifies("AC-COMPLETENESS-1")
    void a_vague_term_in_a_statement_is_found_quoted_and_given_a_measurable_fix() {
        Spec spec = Spec.builder("s", "S").requirement("REQ-1", r -> r.title("Export")
                .statement("The system shall export the report fast.")).build();
        List<Violation> vague = SpecValidator.standard().validate(spec).violations().stream()
                .filter(v -> v.ruleId().equals("lang.vague-term")).toList();
        assertThat(vague).singleElement().satisfies(v -> {
            assertThat(v.path().toString()).isEqualTo("requirements[REQ-1].statement");
            assertThat(v.message()).contains("'fast'");
            assertThat(v.hint()).hasValueSatisfying(h -> assertThat(h).containsIgnoringCase("number"));
        });
    }

    @Test
    @Verifies("AC-COMPLETENESS-PROFILE")
    void a_functional_requirement_without_a_success_criterion_is_an_error_under_strict_and_costs_points() {
        Spec spec = Spec.builder("s", "S").requirement("REQ-1", r -> r.title("Export")
                .statement("The system shall export the report within 5 seconds.")).build();
        ValidationReport report = SpecValidator.of(Profile.STRICT).validate(spec);
        assertThat(report.errors()).anyMatch(v -> v.path().toString().startsWith("requirements[REQ-1]"));
        assertThat(report.score().total()).isLessThan(100);
    }

    @Test
    @Verifies("AC-WAIVER-1")
    void a_waived_finding_is_listed_with_its_reason_and_no_longer_open() {
        Spec spec = Spec.builder("s", "S").requirement("REQ-1", r -> r.title("Export")
                .statement("The system shall export the report fast.")
                .waive("lang.vague-term", "the team agreed 'fast' means under 5 s")).build();
        ValidationReport report = SpecValidator.standard().validate(spec);
        assertThat(report.waived()).anySatisfy(w -> {
            assertThat(w.violation().ruleId()).isEqualTo("lang.vague-term");
            assertThat(w.waiver().reason()).isEqualTo("the team agreed 'fast' means under 5 s");
        });
        assertThat(report.violations()).noneMatch(v -> v.ruleId().equals("lang.vague-term"));
    }

    @Test
    @Verifies("AC-FORMAT-1")
    void each_example_written_read_back_and_written_again_is_byte_identical_and_equal() {
        for (Spec example : List.of(Examples.csvExport(), Examples.webshop(), Examples.specdriven(), Examples.flawed())) {
            String written = SpecJson.toJson(example);
            Spec read = SpecJson.read(written);
            assertThat(SpecJson.toJson(read)).as(example.id().value()).isEqualTo(written);
            assertThat(read).as(example.id().value()).isEqualTo(example);
        }
    }

    @Test
    @Verifies("AC-FORMAT-ERROR")
    void a_wrong_priority_is_one_located_line_with_the_path_and_the_allowed_values() {
        String document = """
                {
                  "specFormat": 1, "id": "s", "title": "S",
                  "requirements": [
                    { "id": "REQ-1", "title": "a", "statement": "The system shall a." },
                    { "id": "REQ-2", "title": "b", "statement": "The system shall b." },
                    { "id": "REQ-3", "title": "c", "statement": "The system shall c.", "priority": "MUSTT" }
                  ]
                }
                """;
        assertThatThrownBy(() -> SpecJson.read(document)).isInstanceOfSatisfying(SpecReadException.class, e -> {
            assertThat(e.getMessage()).doesNotContain("\n");
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.column()).isPositive();
            assertThat(e.path()).isEqualTo("requirements[2].priority");
            assertThat(e.problem()).contains("MUST", "SHOULD", "COULD", "WONT");
        });
    }

    @Test
    @Verifies("AC-DETERMINISM-1")
    void the_flawed_example_validated_twice_gives_equal_reports() {
        assertThat(SpecValidator.standard().validate(Examples.flawed()))
                .isEqualTo(SpecValidator.standard().validate(Examples.flawed()));
    }

    @Test
    @Verifies("AC-HOSTILE-1")
    void a_document_of_100000_nested_arrays_is_refused_where_it_stops_being_a_spec() {
        // the reader checks each value's shape as it streams, so it stops at the second '[', long before its
        // nesting limit (64), which guards what the shape checks cannot
        String hostile = "{\"specFormat\": 1, \"id\": \"s\", \"title\": \"S\", \"requirements\": "
                + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThatThrownBy(() -> SpecJson.read(hostile)).isInstanceOf(SpecReadException.class)
                .hasMessage("1:61: requirements[0]: expected an object describing a requirement, found an array");
    }
}
