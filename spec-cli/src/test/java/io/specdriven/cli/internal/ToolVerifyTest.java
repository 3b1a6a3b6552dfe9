package io.specdriven.cli.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.cli.internal.Invocation.UsageError;
import io.specdriven.cli.internal.Invocation.Verify;
import io.specdriven.core.Spec;
import io.specdriven.core.verify.TestLocation;
import io.specdriven.core.verify.TestResult;
import io.specdriven.core.verify.TestVerdict;
import io.specdriven.core.verify.VerificationStatus;
import io.specdriven.json.SpecJson;
import io.specdriven.json.results.TestResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spec verify} through the command line: what it prints, where, and its exit code. */
class ToolVerifyTest {
    @TempDir
    Path dir;

    private String spec;
    private String results;

    @BeforeEach
    void write_the_spec_and_a_run() throws IOException {
        Spec csv = Spec.builder("csv-export", "CSV export").version("1.0.0")
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
        Path specFile = dir.resolve("csv-export.spec.json");
        SpecJson.write(csv, specFile);
        spec = specFile.toString();
        Path run = dir.resolve("spec-results/run-1.json");
        Files.createDirectories(run.getParent());
        Files.writeString(run, TestResults.toJson("test", Instant.EPOCH, Optional.empty(), Optional.empty(), List.of(
                TestResult.builder("u1", "CsvExportTest.exports_header_and_rows").verifies("AC-EXPORT-1")
                        .verdict(TestVerdict.PASSED).source(TestLocation.of("CsvExportTest.java", 20)).build(),
                TestResult.builder("u2", "CsvExportTest.empty_report_shows_message").verifies("AC-EMPTY", "REQ-EXPORT")
                        .verdict(TestVerdict.FAILED).message("expected 'Nothing to export'")
                        .source(TestLocation.of("CsvExportTest.java", 33)).build(),
                TestResult.builder("u3", "CsvExportTest.export_twice").verifies("AC-EXPROT-1")
                        .verdict(TestVerdict.PASSED).source(TestLocation.of("CsvExportTest.java", 41)).build())), UTF_8);
        results = run.getParent().toString();
    }

    @Test
    void given_a_failed_and_an_untested_criterion_when_verified_then_it_prints_the_layout_and_exits_1() {
        ToolRun run = ToolRun.run("verify", spec, "--results", results);

        assertThat(run.out()).isEqualTo("""
                REQ-EXPORT  Export the visible report as CSV  1/3 criteria pass
                  AC-EXPORT-1   passed    CsvExportTest.exports_header_and_rows
                  AC-EMPTY      FAILED    CsvExportTest.empty_report_shows_message: expected 'Nothing to export'
                  AC-TIMEOUT    untested
                unknown ids in tests: AC-EXPROT-1 (CsvExportTest.java:41, did you mean AC-EXPORT-1?)
                acceptance 1/3 criteria (33%) · 1 failed · 1 untested
                """);
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void given_fail_on_failed_when_a_criterion_failed_then_it_still_exits_1_and_json_says_not_accepted() {
        ToolRun json = ToolRun.run("verify", spec, "--results", results, "--format", "json", "--fail-on", "failed");

        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.out()).startsWith("{\n  \"verificationFormat\": 1,").contains("\"accepted\": false")
                .contains("\"failOn\": \"failed\"");
    }

    @Test
    void given_a_hostile_results_file_when_verified_then_one_located_line_on_stderr_and_exit_2() throws IOException {
        Path xxe = dir.resolve("TEST-xxe.xml");
        Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<testsuite>&x;</testsuite>\n", UTF_8);

        ToolRun run = ToolRun.run("verify", spec, "--results", results, "--results", xxe.toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith(xxe + ":2:").contains("a DOCTYPE is not allowed in a test report"));
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void given_a_missing_spec_when_verified_then_exit_2() {
        ToolRun run = ToolRun.run("verify", dir.resolve("none.spec.json").toString(), "--results", results);

        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void given_verify_options_when_parsed_then_repeated_results_keep_their_order_and_bad_values_are_refused() {
        assertThat(Arguments.parse(List.of("verify", "s.json", "--results", "a", "--results=b", "--fail-on", "skipped",
                "--previous", "old.json", "--format", "markdown")))
                .isEqualTo(new Verify("s.json", List.of("a", "b"), Optional.of("old.json"),
                        io.specdriven.engine.OutputFormat.MARKDOWN, VerificationStatus.SKIPPED, false, false));
        assertThat(Arguments.parse(List.of("verify", "s.json"))).isEqualTo(
                new UsageError("verify needs --results PATH (a results file or directory, such as target/spec-results)"));
        assertThat(Arguments.parse(List.of("verify", "s.json", "--results", "r", "--fail-on", "passed"))).isEqualTo(
                new UsageError("option '--fail-on': 'passed' is not one of failed, suspect, skipped or untested"));
        assertThat(Arguments.parse(List.of("verfy"))).isEqualTo(new UsageError("unknown command 'verfy' — did you mean 'verify'?"));
    }
}
