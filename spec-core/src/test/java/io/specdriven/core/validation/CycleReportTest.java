package io.specdriven.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.core.Spec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ref.cycle reports each cycle once, however many edges close it, with a message of bounded length, and
 * walks the graph without recursion (issue 14, defect 2).
 */
class CycleReportTest {
    private static final SpecValidator BASIC = SpecValidator.of(Profile.BASIC);

    /** REQ-i depends on REQ-(i+1) and on REQ-0, for i below n: the shape that printed 643 MB. */
    private static Spec fan(int n) {
        Spec.Builder b = Spec.builder("fan", "Fan");
        for (int i = 0; i <= n; i++) {
            int k = i;
            b.requirement("REQ-" + i, r -> {
                r.title("R" + k).statement("The system shall do " + k + ".");
                if (k < n) r.dependsOn("REQ-" + (k + 1), "REQ-0");
            });
        }
        return b.build();
    }

    private static List<Violation> cycles(ValidationReport report) {
        return report.violations().stream().filter(v -> v.ruleId().equals("ref.cycle")).toList();
    }

    @Test
    void requirements_that_all_depend_on_each_other_are_reported_as_one_cycle_with_a_short_message() {
        // given
        Spec spec = fan(2_000);

        // when
        List<Violation> found = cycles(BASIC.validate(spec));

        // then
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.message()).isEqualTo("2000 requirements depend on each other in cycles (REQ-0, REQ-1, REQ-2,"
                    + " REQ-3, REQ-4 and 1995 more), such as REQ-0 → REQ-0; remove dependencies until no cycle is left");
            assertThat(v.message().length()).isLessThan(400);
            assertThat(v.path().toString()).isEqualTo("requirements[REQ-0].dependsOn[REQ-0]");
        });
    }

    @Test
    void a_cycle_through_50000_requirements_is_found_without_overflowing_the_stack_and_cut_in_the_message() {
        // given: REQ-0 → REQ-1 → … → REQ-49999 → REQ-0
        int n = 50_000;
        Spec.Builder b = Spec.builder("ring", "Ring");
        for (int i = 0; i < n; i++) {
            String next = "REQ-" + ((i + 1) % n);
            int k = i;
            b.requirement("REQ-" + i, r -> r.title("R" + k).statement("The system shall do " + k + ".").dependsOn(next));
        }

        // when
        List<Violation> found = cycles(BASIC.validate(b.build()));

        // then
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.message()).startsWith("requirements depend on each other in a cycle: REQ-0 → REQ-1 →")
                    .contains("→ … 49991 more → ").endsWith("REQ-49999 → REQ-0; remove one of the dependencies");
            assertThat(v.path().toString()).isEqualTo("requirements[REQ-49999].dependsOn[REQ-0]");
        });
    }

    @Test
    void two_separate_cycles_are_two_findings_and_a_self_dependency_is_one() {
        // given
        Spec spec = Spec.builder("two", "Two")
                .requirement("REQ-1", r -> r.title("a").statement("x").dependsOn("REQ-2"))
                .requirement("REQ-2", r -> r.title("b").statement("x").dependsOn("REQ-1"))
                .requirement("REQ-3", r -> r.title("c").statement("x").dependsOn("REQ-4"))
                .requirement("REQ-4", r -> r.title("d").statement("x").dependsOn("REQ-3", "REQ-1"))
                .requirement("REQ-5", r -> r.title("e").statement("x").dependsOn("REQ-5"))
                .build();

        // when
        List<Violation> found = cycles(BASIC.validate(spec));

        // then
        assertThat(found).extracting(v -> v.path().toString(), Violation::message).containsExactly(
                org.assertj.core.api.Assertions.tuple("requirements[REQ-2].dependsOn[REQ-1]",
                        "requirements depend on each other in a cycle: REQ-1 → REQ-2 → REQ-1; remove one of the"
                                + " dependencies"),
                org.assertj.core.api.Assertions.tuple("requirements[REQ-4].dependsOn[REQ-3]",
                        "requirements depend on each other in a cycle: REQ-3 → REQ-4 → REQ-3; remove one of the"
                                + " dependencies"),
                org.assertj.core.api.Assertions.tuple("requirements[REQ-5].dependsOn[REQ-5]",
                        "requirements depend on each other in a cycle: REQ-5 → REQ-5; remove one of the"
                                + " dependencies"));
    }

    @Test
    void a_rule_reports_at_most_the_cap_and_counts_the_rest_in_one_finding() {
        // given: 1,500 references to requirements that do not exist
        Spec.Builder b = Spec.builder("refs", "Refs");
        for (int i = 0; i < 1_500; i++) {
            int k = i;
            b.requirement("REQ-" + i, r -> r.title("R" + k).statement("x").dependsOn("GONE-" + k));
        }

        // when
        ValidationReport report = BASIC.validate(b.build());

        // then
        assertThat(report.violations()).filteredOn(v -> v.ruleId().equals("ref.unresolved")).hasSize(1_000);
        assertThat(report.violations()).filteredOn(v -> v.ruleId().equals("rule.findings-capped")).singleElement()
                .satisfies(v -> {
                    assertThat(v.severity()).isEqualTo(Severity.WARNING);
                    assertThat(v.message()).isEqualTo("rule 'ref.unresolved' reported 1500 findings: the first 1000"
                            + " are listed, 500 more are not");
                });
        assertThat(SpecValidator.builder().profile(Profile.BASIC).maxFindingsPerRule(2_000).build()
                .validate(b.build()).violations()).filteredOn(v -> v.ruleId().equals("ref.unresolved")).hasSize(1_500);
    }
}
