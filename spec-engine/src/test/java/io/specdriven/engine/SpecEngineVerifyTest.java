package io.specdriven.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.specdriven.core.Spec;
import io.specdriven.core.source.SpecReadException;
import io.specdriven.core.verify.TestLocation;
import io.specdriven.core.verify.TestResult;
import io.specdriven.core.verify.TestVerdict;
import io.specdriven.core.verify.Verification;
import io.specdriven.core.verify.VerificationStatus;
import io.specdriven.json.SpecJson;
import io.specdriven.json.results.ResultsFormatException;
import io.specdriven.json.results.TestResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SpecEngine#verify} driven directly: the spec and results read from files, the library's verification. */
class SpecEngineVerifyTest {
    @TempDir
    Path dir;

    private final SpecEngine engine = SpecEngine.standard();

    /** The spec of issue 11's example: one requirement, three criteria. */
    static Spec csvExport() {
        return Spec.builder("csv-export", "CSV export").version("1.0.0")
                .summary("Analysts export the report they are looking at as a CSV file.")
                .actor("ANALYST", a -> a.name("Analyst").description("Reads reports and exports them"))
                .requirement("REQ-EXPORT", r -> r.title("Export the visible report as CSV")
                        .statement("When the analyst selects 'Export CSV', the dashboard shall download the visible"
                                + " report as a CSV file within 5 seconds.")
                        .criterion("AC-EXPORT-1", c -> c.given("a report with 3 rows").when("the analyst exports it")
                                .then("the file has a header row and 3 data rows"))
                        .criterion("AC-EMPTY", c -> c.given("a report with 0 rows").when("the analyst exports it")
                                .then("the message 'Nothing to export' is shown and no file is written"))
                        .criterion("AC-TIMEOUT", c -> c.given("an export that takes more than 30 seconds")
                                .when("30 seconds have passed").then("the export stops with the message 'Export timed out'")))
                .build();
    }

    /** The results of issue 11's example, as the spec-junit listener writes them. */
    static List<TestResult> issueResults() {
        return List.of(
                TestResult.builder("u1", "CsvExportTest.exports_header_and_rows").verifies("AC-EXPORT-1")
                        .verdict(TestVerdict.PASSED).source(TestLocation.of("CsvExportTest.java", 20)).build(),
                TestResult.builder("u2", "CsvExportTest.empty_report_shows_message").verifies("AC-EMPTY", "REQ-EXPORT")
                        .verdict(TestVerdict.FAILED).message("expected 'Nothing to export' but the page showed an empty"
                                + " table with one header row\n\tat CsvExportTest.java:33")
                        .source(TestLocation.of("CsvExportTest.java", 33)).build(),
                TestResult.builder("u3", "CsvExportTest.export_twice").verifies("AC-EXPROT-1")
                        .verdict(TestVerdict.PASSED).source(TestLocation.of("CsvExportTest.java", 41)).build());
    }

    private String specFile(Spec spec) throws IOException {
        Path file = dir.resolve(spec.id().value() + ".spec.json");
        SpecJson.write(spec, file);
        return file.toString();
    }

    private String results(String name, List<TestResult> results) throws IOException {
        Path file = dir.resolve("spec-results").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, TestResults.toJson("test", Instant.EPOCH, Optional.empty(), Optional.empty(), results), UTF_8);
        return file.getParent().toString();
    }

    @Test
    void given_a_spec_and_a_results_directory_when_verified_then_the_result_holds_the_library_s_verification() throws IOException {
        String spec = specFile(csvExport());
        String results = results("run-1.json", issueResults());

        VerifyResult result = engine.verify(VerifyRequest.of(Source.file(spec), List.of(results)));

        assertThat(result.verification().criteria()).extracting(e -> e.name() + "=" + e.status()).containsExactly(
                "AC-EXPORT-1=PASSED", "AC-EMPTY=FAILED", "AC-TIMEOUT=UNTESTED");
        assertThat(result.verification().toString()).isEqualTo(Verification.of(csvExport(), issueResults()).toString());
        assertThat(result.verification().unresolved()).singleElement()
                .satisfies(u -> assertThat(u.suggestion()).contains("AC-EXPORT-1"));
        assertThat(result.resultsRead()).isEqualTo(3);
        assertThat(result.specErrors()).isZero();
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void given_the_issue_s_example_when_written_as_text_then_it_prints_the_issue_s_layout() throws IOException {
        String spec = specFile(csvExport());
        String results = results("run-1.json", issueResults());

        String text = SpecOutput.of(OutputFormat.TEXT).toString(engine.verify(VerifyRequest.of(Source.file(spec), List.of(results))));

        assertThat(text).isEqualTo("""
                REQ-EXPORT  Export the visible report as CSV  1/3 criteria pass
                  AC-EXPORT-1   passed    CsvExportTest.exports_header_and_rows
                  AC-EMPTY      FAILED    CsvExportTest.empty_report_shows_message: expected 'Nothing to export' but the page showed an empty ta…
                  AC-TIMEOUT    untested
                unknown ids in tests: AC-EXPROT-1 (CsvExportTest.java:41, did you mean AC-EXPORT-1?)
                acceptance 1/3 criteria (33%) · 1 failed · 1 untested
                """);
    }

    @Test
    void given_fail_on_failed_when_only_untested_criteria_remain_then_the_exit_code_is_zero() throws IOException {
        String spec = specFile(csvExport());
        List<TestResult> noFailure = List.of(issueResults().get(0));
        String results = results("run-1.json", noFailure);

        VerifyRequest request = VerifyRequest.of(Source.file(spec), List.of(results));

        assertThat(engine.verify(request).exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(engine.verify(request.withFailOn(VerificationStatus.FAILED)).exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void given_two_runs_of_the_same_test_when_verified_then_the_last_counts_and_the_output_says_so() throws IOException {
        String spec = specFile(csvExport());
        TestResult failed = issueResults().get(1);
        TestResult passed = failed.toBuilder().build();
        results("run-1.json", List.of(failed));
        String results = results("run-2.json", List.of(new TestResult(passed.id(), passed.name(), passed.verifies(),
                TestVerdict.PASSED, passed.duration(), Optional.empty(), passed.source(), passed.fingerprints())));

        VerifyResult result = engine.verify(VerifyRequest.of(Source.file(spec), List.of(results)));

        assertThat(result.verification().status("AC-EMPTY")).contains(VerificationStatus.PASSED);
        assertThat(SpecOutput.of(OutputFormat.TEXT).toString(result))
                .contains("tests run more than once: CsvExportTest.empty_report_shows_message (failed, passed: the last counts)");
    }

    @Test
    void given_an_invalid_spec_when_verified_then_it_still_reports_and_says_the_spec_has_errors() throws IOException {
        Spec invalid = Spec.builder("csv-export", "CSV export")
                .requirement("REQ-EXPORT", r -> r.title("Export").statement("")
                        .criterion("AC-EXPORT-1", c -> c.statement("The file has a header row.")))
                .build();
        String spec = specFile(invalid);
        String results = results("run-1.json", issueResults());

        VerifyResult result = engine.verify(VerifyRequest.of(Source.file(spec), List.of(results)));

        assertThat(result.specErrors()).isPositive();
        assertThat(result.verification().status("AC-EXPORT-1")).contains(VerificationStatus.PASSED);
        assertThat(SpecOutput.of(OutputFormat.TEXT).toString(result))
                .contains("the spec has " + result.specErrors() + (result.specErrors() == 1 ? " error" : " errors")
                        + ": run 'spec check " + spec + "'\n");
    }

    @Test
    void given_unreadable_inputs_when_verified_then_the_located_error_is_thrown_and_nothing_is_verified() throws IOException {
        String spec = specFile(csvExport());
        Path bad = dir.resolve("TEST-bad.xml");
        Files.writeString(bad, "<testsuite><testcase name=\"x\"", UTF_8);

        assertThatThrownBy(() -> engine.verify(VerifyRequest.of(Source.file(spec), List.of(bad.toString()))))
                .isInstanceOf(ResultsFormatException.class).hasMessageStartingWith(bad + ":1:");
        assertThatThrownBy(() -> engine.verify(VerifyRequest.of(Source.file(dir.resolve("none.json").toString()),
                List.of(bad.toString())))).isInstanceOf(SpecReadException.class);
    }

    @Test
    void given_the_verification_when_written_as_json_and_markdown_then_both_carry_every_status() throws IOException {
        String spec = specFile(csvExport());
        String results = results("run-1.json", issueResults());
        VerifyResult result = engine.verify(VerifyRequest.of(Source.file(spec), List.of(results)));

        String json = SpecOutput.of(OutputFormat.JSON).toString(result);
        String markdown = SpecOutput.of(OutputFormat.MARKDOWN).toString(result);

        var tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
        assertThat(tree.get("verificationFormat").asInt()).isEqualTo(1);
        assertThat(tree.get("accepted").asBoolean()).isFalse();
        assertThat(tree.at("/summary/passed").asInt()).isEqualTo(1);
        assertThat(tree.at("/summary/failed").asInt()).isEqualTo(1);
        assertThat(tree.at("/summary/untested").asInt()).isEqualTo(1);
        assertThat(tree.at("/requirements/0/criteria/1/status").asString()).isEqualTo("failed");
        assertThat(tree.at("/unresolved/0/suggestion").asString()).isEqualTo("AC-EXPORT-1");
        assertThat(tree.at("/unresolved/0/source").asString()).isEqualTo("CsvExportTest.java:41");
        assertThat(markdown).contains("**acceptance 1/3 criteria (33%) · 1 failed · 1 untested**")
                .contains("| AC-EMPTY | FAILED | CsvExportTest.empty_report_shows_message (failed: expected 'Nothing to export'");
    }
}
