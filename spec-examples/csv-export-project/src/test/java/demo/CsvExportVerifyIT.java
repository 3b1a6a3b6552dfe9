package demo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.cli.SpecTool;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * After {@code mvn test} ran this project's tests, {@code spec verify} on the csv-export spec and the results
 * spec-junit wrote: the exact report a user sees, and exit code 1.
 */
class CsvExportVerifyIT {

    @Test
    void spec_verify_reports_one_passed_one_failed_one_untested_criterion_and_the_misspelt_id() {
        // given the results of this build's test run
        String spec = System.getProperty("csv-export.spec");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // when
        int exit = SpecTool.run(new String[] {"verify", spec, "--results", "target/spec-results"},
                new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), Map.of());
        // then
        assertThat(out.toString(UTF_8)).isEqualTo("""
                REQ-EXPORT  Export the visible report as CSV  1/3 criteria pass
                  AC-EXPORT-1   passed    CsvExportTest.exports_header_and_rows
                  AC-EMPTY      FAILED    CsvExportTest.empty_report_shows_message: expected: <Nothing to export> but was: <>
                  AC-TIMEOUT    untested
                unknown ids in tests: AC-EXPROT-1 (CsvExportTest.java:29, did you mean AC-EXPORT-1?)
                acceptance 1/3 criteria (33%) · 1 failed · 1 untested
                """);
        assertThat(err.toString(UTF_8)).isEmpty();
        assertThat(exit).isEqualTo(1);
    }
}
