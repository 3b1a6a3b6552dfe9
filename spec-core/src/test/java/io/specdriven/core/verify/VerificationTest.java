package io.specdriven.core.verify;

import static io.specdriven.core.verify.TestVerdict.ABORTED;
import static io.specdriven.core.verify.TestVerdict.FAILED;
import static io.specdriven.core.verify.TestVerdict.PASSED;
import static io.specdriven.core.verify.TestVerdict.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.specdriven.core.RequirementStatus;
import io.specdriven.core.Spec;
import io.specdriven.core.diff.Fingerprint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerificationTest {
    private static final Spec SPEC = Spec.builder("csv", "CSV export")
            .version("1.0")
            .requirement("REQ-EXPORT", r -> r.title("Export the visible report as CSV").statement("The system shall export")
                    .criterion("AC-EXPORT-1", c -> c.when("the analyst clicks Export").then("a CSV file is downloaded"))
                    .criterion("AC-EMPTY", c -> c.given("an empty report").then("'Nothing to export' is shown"))
                    .criterion("AC-TIMEOUT", c -> c.then("the export stops after 30 s")))
            .requirement("REQ-OLD", r -> r.title("Old export").statement("The system shall export XLS")
                    .status(RequirementStatus.SUPERSEDED).supersededBy("REQ-EXPORT")
                    .criterion("AC-OLD-1", c -> c.then("an XLS file is downloaded")))
            .useCase("UC-EXPORT", u -> u.title("Export a report").step("ANALYST", "clicks Export")
                    .step("SYSTEM", "downloads the file")
                    .alternative("A1", "The report is empty", 2, a -> a.step("SYSTEM", "shows a message").ends())
                    .businessRule("BR-1", "Only visible columns are exported"))
            .build();

    private static TestResult test(String name, TestVerdict verdict, String... ids) {
        return TestResult.builder("id:" + name, name).verdict(verdict).verifies(ids).build();
    }

    @Test
    void gives_each_live_criterion_a_status_and_rolls_it_up_per_requirement() {
        // given
        List<TestResult> results = List.of(
                test("CsvExportTest.exports_header_and_rows", PASSED, "AC-EXPORT-1"),
                test("CsvExportTest.empty_report_shows_message", FAILED, "AC-EMPTY", "REQ-EXPORT"));
        // when
        Verification v = Verification.of(SPEC, results);
        // then
        assertThat(v.criteria()).extracting(ElementVerification::name, ElementVerification::status).containsExactly(
                tuple("AC-EXPORT-1", VerificationStatus.PASSED),
                tuple("AC-EMPTY", VerificationStatus.FAILED),
                tuple("AC-TIMEOUT", VerificationStatus.UNTESTED));
        assertThat(v.requirements()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(VerificationStatus.FAILED);
            assertThat(r.passedCriteria()).isEqualTo(1);
            assertThat(r.requirement().tests()).extracting(TestResult::name)
                    .containsExactly("CsvExportTest.empty_report_shows_message");
        });
        assertThat(v.count(VerificationStatus.PASSED)).isEqualTo(1);
        assertThat(v.count(VerificationStatus.UNTESTED)).isEqualTo(1);
        assertThat(v.isAccepted()).isFalse();
        assertThat(v.isAccepted(VerificationStatus.FAILED)).isFalse();
    }

    @Test
    void a_test_of_the_requirement_as_a_whole_does_not_stand_in_for_its_criteria() {
        // when
        Verification v = Verification.of(SPEC, List.of(test("T.whole", PASSED, "REQ-EXPORT")));
        // then
        assertThat(v.status("REQ-EXPORT")).contains(VerificationStatus.UNTESTED);
        assertThat(v.criteria()).extracting(ElementVerification::status).containsOnly(VerificationStatus.UNTESTED);
        assertThat(v.requirements().get(0).requirement().status()).isEqualTo(VerificationStatus.PASSED);
    }

    @Test
    void every_test_on_a_criterion_must_pass_and_one_failure_fails_it() {
        // when
        Verification v = Verification.of(SPEC, List.of(
                test("T.a", PASSED, "AC-EXPORT-1"), test("T.b", FAILED, "AC-EXPORT-1"), test("T.c", PASSED, "AC-EXPORT-1"),
                test("T.d", PASSED, "AC-EMPTY"), test("T.e", SKIPPED, "AC-EMPTY"),
                test("T.f", ABORTED, "AC-TIMEOUT")));
        // then
        assertThat(v.criteria()).extracting(ElementVerification::status).containsExactly(
                VerificationStatus.FAILED, VerificationStatus.SKIPPED, VerificationStatus.SKIPPED);
        assertThat(v.criteria().get(0).tests()).extracting(TestResult::name).containsExactly("T.a", "T.b", "T.c");
    }

    @Test
    void each_invocation_of_a_parameterized_test_counts() {
        // given: two invocations of one template, one failing
        List<TestResult> results = List.of(
                TestResult.builder("m()#1", "T.m[1]").verdict(PASSED).verifies("AC-EXPORT-1").build(),
                TestResult.builder("m()#2", "T.m[2]").verdict(FAILED).verifies("AC-EXPORT-1").build());
        // when
        Verification v = Verification.of(SPEC, results);
        // then
        assertThat(v.status("AC-EXPORT-1")).contains(VerificationStatus.FAILED);
        assertThat(v.reruns()).isEmpty();
    }

    @Test
    void the_last_run_of_a_rerun_test_wins_and_the_rerun_is_reported() {
        // given: surefire's rerun of a flaky test
        List<TestResult> results = List.of(
                test("T.flaky", FAILED, "AC-EXPORT-1"), test("T.other", PASSED, "AC-EMPTY"), test("T.flaky", PASSED, "AC-EXPORT-1"));
        // when
        Verification v = Verification.of(SPEC, results);
        // then
        assertThat(v.status("AC-EXPORT-1")).contains(VerificationStatus.PASSED);
        assertThat(v.reruns()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("T.flaky");
            assertThat(r.verdicts()).containsExactly(FAILED, PASSED);
            assertThat(r.last()).isEqualTo(PASSED);
        });
        assertThat(v.tests()).extracting(TestResult::name).containsExactly("T.flaky", "T.other");
    }

    @Test
    void a_test_that_passed_against_an_older_criterion_is_suspect() {
        // given: the test recorded the criterion's fingerprint before its text changed
        Spec old = SPEC.withRequirement(SPEC.requirement(io.specdriven.core.Id.of("REQ-EXPORT")).orElseThrow().toBuilder()
                .criteria(List.of(io.specdriven.core.AcceptanceCriterion.builder("AC-EXPORT-1").then("a file is downloaded").build()))
                .build());
        Fingerprint then = VerificationTargets.of(old).fingerprint("AC-EXPORT-1").orElseThrow();
        Fingerprint now = VerificationTargets.of(SPEC).fingerprint("AC-EXPORT-1").orElseThrow();
        TestResult stale = TestResult.builder("t1", "T.stale").verdict(PASSED).verifies("AC-EXPORT-1")
                .fingerprint("AC-EXPORT-1", then).build();
        TestResult fresh = TestResult.builder("t2", "T.fresh").verdict(PASSED).verifies("AC-EMPTY")
                .fingerprint("AC-EMPTY", VerificationTargets.of(SPEC).fingerprint("AC-EMPTY").orElseThrow()).build();
        // when
        Verification v = Verification.of(SPEC, List.of(stale, fresh));
        // then
        assertThat(then).isNotEqualTo(now);
        assertThat(v.status("AC-EXPORT-1")).contains(VerificationStatus.SUSPECT);
        assertThat(v.status("AC-EMPTY")).contains(VerificationStatus.PASSED);
        assertThat(v.isAccepted(VerificationStatus.FAILED)).isTrue();
        assertThat(v.isAccepted(VerificationStatus.SUSPECT)).isFalse();
    }

    @Test
    void reports_unknown_ids_with_a_did_you_mean_and_a_bare_flow_id_with_its_use_case() {
        // given
        TestResult typo = TestResult.builder("t1", "T.typo").verdict(PASSED).verifies("AC-EXPROT-1", "A1")
                .source(TestLocation.of("CsvExportTest.java", 41)).build();
        // when
        Verification v = Verification.of(SPEC, List.of(typo));
        // then
        assertThat(v.unresolved()).extracting(UnresolvedId::id, UnresolvedId::reason, UnresolvedId::suggestion)
                .containsExactly(
                        tuple("AC-EXPROT-1", UnresolvedId.Reason.UNKNOWN, java.util.Optional.of("AC-EXPORT-1")),
                        tuple("A1", UnresolvedId.Reason.UNKNOWN, java.util.Optional.of("UC-EXPORT/A1")));
        assertThat(v.unresolved().get(0).test().source()).map(Object::toString).contains("CsvExportTest.java:41");
        assertThat(v.orphans()).extracting(TestResult::name).containsExactly("T.typo");
    }

    @Test
    void a_test_of_a_superseded_requirement_is_told_what_supersedes_it_and_does_not_count() {
        // when
        Verification v = Verification.of(SPEC, List.of(test("T.old", PASSED, "AC-OLD-1"), test("T.mixed", PASSED, "AC-OLD-1", "AC-EMPTY")));
        // then
        assertThat(v.criteria()).extracting(ElementVerification::name).doesNotContain("AC-OLD-1");
        assertThat(v.requirements()).extracting(r -> r.id().value()).containsExactly("REQ-EXPORT");
        assertThat(v.unresolved()).extracting(UnresolvedId::reason, UnresolvedId::suggestion).containsOnly(
                tuple(UnresolvedId.Reason.RETIRED, java.util.Optional.of("REQ-EXPORT")));
        assertThat(v.orphans()).extracting(TestResult::name).containsExactly("T.old");
        assertThat(v.status("AC-OLD-1")).isEmpty();
    }

    @Test
    void with_the_previous_spec_names_the_new_id_of_a_renamed_criterion() {
        // given: AC-EMPTY was called AC-NOTHING before, with the same content
        Spec old = SPEC.withRequirement(SPEC.requirements().get(0).toBuilder().criteria(List.of(
                SPEC.requirements().get(0).criteria().get(0),
                io.specdriven.core.AcceptanceCriterion.builder("AC-NOTHING").given("an empty report").then("'Nothing to export' is shown").build(),
                SPEC.requirements().get(0).criteria().get(2))).build());
        // when
        Verification v = Verification.of(SPEC, List.of(test("T.renamed", PASSED, "AC-NOTHING")), old);
        // then
        assertThat(v.unresolved()).extracting(UnresolvedId::id, UnresolvedId::reason, UnresolvedId::suggestion)
                .containsExactly(tuple("AC-NOTHING", UnresolvedId.Reason.RENAMED, java.util.Optional.of("AC-EMPTY")));
    }

    @Test
    void rolls_a_use_case_up_over_its_main_flow_flows_and_business_rules() {
        // when
        Verification v = Verification.of(SPEC, List.of(
                test("T.main", PASSED, "UC-EXPORT"), test("T.alt", PASSED, "UC-EXPORT/A1")));
        // then
        UseCaseVerification uc = v.useCases().get(0);
        assertThat(uc.mainFlow().status()).isEqualTo(VerificationStatus.PASSED);
        assertThat(uc.flows()).extracting(ElementVerification::name, ElementVerification::status)
                .containsExactly(tuple("UC-EXPORT/A1", VerificationStatus.PASSED));
        assertThat(uc.businessRules()).extracting(ElementVerification::name, ElementVerification::status)
                .containsExactly(tuple("UC-EXPORT/BR-1", VerificationStatus.UNTESTED));
        assertThat(uc.status()).isEqualTo(VerificationStatus.UNTESTED);
        assertThat(v.status("UC-EXPORT/A1")).contains(VerificationStatus.PASSED);
    }

    @Test
    void accepts_when_every_live_criterion_passed_and_no_direct_test_failed() {
        // given
        List<TestResult> all = new ArrayList<>(List.of(test("T.1", PASSED, "AC-EXPORT-1"), test("T.2", PASSED, "AC-EMPTY"),
                test("T.3", PASSED, "AC-TIMEOUT")));
        // then
        assertThat(Verification.of(SPEC, all).isAccepted()).isTrue();
        all.add(test("T.rule", FAILED, "UC-EXPORT/BR-1"));
        assertThat(Verification.of(SPEC, all).isAccepted()).isFalse();
        assertThatThrownBy(() -> Verification.of(SPEC, all).isAccepted(VerificationStatus.PASSED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not passed");
    }

    @Test
    void counts_tests_naming_nothing_as_unlinked_not_orphans_and_counts_an_id_named_twice_once() {
        // when
        Verification v = Verification.of(SPEC, List.of(test("T.plain", PASSED), test("T.twice", PASSED, "AC-EMPTY", "AC-EMPTY")));
        // then
        assertThat(v.unlinkedTests()).isEqualTo(1);
        assertThat(v.orphans()).isEmpty();
        assertThat(v.criteria().get(1).tests()).hasSize(1);
    }

    @Test
    void is_null_hostile() {
        assertThatThrownBy(() -> Verification.of(null, List.of())).hasMessage("spec");
        assertThatThrownBy(() -> TestResult.builder("a", "b").build()).hasMessage("cannot build TestResult a: missing verdict");
        assertThatThrownBy(() -> TestLocation.of("F.java", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
