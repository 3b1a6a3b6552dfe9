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
                        io.specdriven.engine.OutputFormat.MARKDOWN, VerificationStatus.SKIPPED, Optional.empty(), false, false));
        assertThat(Arguments.parse(List.of("verify", "s.json"))).isEqualTo(
                new UsageError("verify needs --results PATH (a results file or directory, such as target/spec-results)"));
        assertThat(Arguments.parse(List.of("verify", "s.json", "--results", "r", "--fail-on", "passed"))).isEqualTo(
                new UsageError("option '--fail-on': 'passed' is not one of failed, suspect, skipped or untested"));
        assertThat(Arguments.parse(List.of("verfy"))).isEqualTo(new UsageError("unknown command 'verfy' — did you mean 'verify'?"));
    }

    @Test
    void given_two_recorded_runs_when_metrics_are_asked_then_first_pass_cycles_and_trend_match_the_hand_computed_values()
            throws IOException {
        String history = dir.resolve("acceptance.jsonl").toString();
        ToolRun first = ToolRun.run("verify", spec, "--results", results, "--record", history);
        Path second = dir.resolve("second/run-2.json");
        Files.createDirectories(second.getParent());
        Files.writeString(second, TestResults.toJson("test", Instant.EPOCH, Optional.empty(), Optional.empty(), List.of(
                TestResult.builder("u1", "CsvExportTest.exports_header_and_rows").verifies("AC-EXPORT-1")
                        .verdict(TestVerdict.PASSED).build(),
                TestResult.builder("u2", "CsvExportTest.empty_report_shows_message").verifies("AC-EMPTY")
                        .verdict(TestVerdict.PASSED).build(),
                TestResult.builder("u4", "CsvExportTest.times_out").verifies("AC-TIMEOUT")
                        .verdict(TestVerdict.PASSED).build())), UTF_8);
        ToolRun secondRun = ToolRun.run("verify", spec, "--results", second.toString(), "--record", history);
        int score = io.specdriven.core.validation.SpecValidator.standard().validate(SpecJson.read(Path.of(spec))).score().total();

        ToolRun metrics = ToolRun.run("metrics", history);

        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(secondRun.exitCode()).isZero();
        assertThat(Files.readAllLines(Path.of(history))).hasSize(2);
        // AC-EXPORT-1 passed at once (1 cycle), AC-EMPTY failed then passed (2), AC-TIMEOUT untested then passed
        // (2, and its first verification passed): first pass 2 of 3, median 2, max 2
        assertThat(metrics.out()).isEqualTo("csv-export: 2 runs\n"
                + "version 1.0.0  2 runs · first-pass acceptance 2/3 (66%) · iteration cycles median 2, max 2 · acceptance 100% · coverage 100% · score " + score + "\n"
                + "overall        2 runs · first-pass acceptance 2/3 (66%) · iteration cycles median 2, max 2 · acceptance 100% · coverage 100% · score " + score + "\n"
                + "trend (acceptance / coverage per run): 33%/66% 100%/100%\n");
        assertThat(metrics.exitCode()).isZero();
        ToolRun json = ToolRun.run("metrics", history, "--format", "json");
        assertThat(json.out()).contains("\"firstPassRate\": 0.6666666666666666").contains("\"medianCycles\": 2.0");
    }

    @Test
    void given_a_broken_history_when_metrics_are_asked_or_a_run_recorded_then_one_located_line_and_exit_2()
            throws IOException {
        Path history = dir.resolve("acceptance.jsonl");
        Files.writeString(history, "{\"historyFormat\": 1, \"time\": \"2026-12-02T09:15:00Z\", \"spec\": {\"id\": \"csv-export\"}, \"criteria\": []}\n"
                + "{\"historyFormat\": 1, \"time\": \"yesterday\"}\n", UTF_8);

        ToolRun metrics = ToolRun.run("metrics", history.toString());
        ToolRun verify = ToolRun.run("verify", spec, "--results", results, "--record", history.toString());

        assertThat(metrics.errLines()).containsExactly(history + ":2:30: time: 'yesterday' is not a UTC time such as 2026-12-02T09:15:00Z");
        assertThat(metrics.exitCode()).isEqualTo(2);
        assertThat(verify.out()).isEmpty();
        assertThat(verify.errLines()).containsExactly(history + ":2:30: time: 'yesterday' is not a UTC time such as 2026-12-02T09:15:00Z");
        assertThat(verify.exitCode()).isEqualTo(2);
        assertThat(Files.readAllLines(history)).hasSize(2);
    }
}
