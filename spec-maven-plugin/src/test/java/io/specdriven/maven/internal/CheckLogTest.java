package io.specdriven.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.Severity;
import io.specdriven.engine.CheckRun;
import io.specdriven.engine.CheckSettings;
import io.specdriven.engine.Source;
import io.specdriven.engine.SpecEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckLogTest {
    /** A requirement whose criterion has no outcome (an error) and an entity nothing uses. */
    private static final String SPEC = """
            {
              "specFormat": 1,
              "id": "orders",
              "title": "Orders",
              "requirements": [
                {
                  "id": "REQ-1",
                  "title": "Place an order",
                  "statement": "The system shall accept an order.",
                  "criteria": [
                    { "id": "AC-1", "given": "a cart with 1 item", "when": "the buyer orders" }
                  ]
                }
              ]
            }
            """;

    @Test
    void given_a_spec_with_an_error_when_checked_then_its_line_has_file_line_column_rule_path_message_and_hint(
            @TempDir Path dir) throws IOException {
        // given
        CheckRun run = check(dir, CheckSettings.of(Profile.BASIC, Severity.ERROR));
        RecordingLog log = new RecordingLog();
        // when
        CheckLog.log(run, settings(run), log);
        // then
        String file = dir.resolve("orders.spec.json").toString();
        assertThat(log.lines).containsExactly(
                "error " + file + ":11:9: structure.criterion-outcome requirements[REQ-1].criteria[AC-1]: the"
                        + " criterion has neither a 'then' nor a statement: say what is observed when it is met (hint:"
                        + " write the outcome in \"then\", or the whole criterion in \"statement\")",
                "info " + file + ": orders — Orders: score " + run.checked().get(0).report().score().total()
                        + "/100 · 1 error, 0 warnings, 0 info",
                "info spec check: 1 spec file, 1 error, 0 warnings, 0 info (profile basic, fail-on error)");
        assertThat(CheckLog.failure(run, settings(run))).contains("spec check failed (profile basic, fail-on error): "
                + file + " has 1 error; the findings are logged above");
    }

    @Test
    void given_fail_on_warning_when_a_spec_has_errors_and_warnings_then_the_failure_counts_both(@TempDir Path dir)
            throws IOException {
        // given the standard profile, which also warns
        CheckRun run = check(dir, CheckSettings.of(Profile.STANDARD, Severity.WARNING));
        int warnings = run.checked().get(0).report().findings(Severity.WARNING).size();
        // when
        Optional<String> failure = CheckLog.failure(run, settings(run));
        // then
        assertThat(warnings).isPositive();
        assertThat(failure).hasValueSatisfying(f -> assertThat(f).endsWith(" has 1 error and " + warnings
                + " warning" + (warnings == 1 ? "" : "s") + "; the findings are logged above"));
    }

    @Test
    void given_no_finding_at_the_level_when_judged_then_the_build_does_not_fail(@TempDir Path dir) throws IOException {
        // given a spec whose criterion says what is observed, checked for errors only
        Files.writeString(dir.resolve("orders.spec.json"), SPEC.replace("\"when\": \"the buyer orders\"",
                "\"when\": \"the buyer orders\", \"then\": \"1 order is saved\""));
        CheckRun run = SpecEngine.standard().check(List.of(Source.file(dir.resolve("orders.spec.json").toString())),
                CheckSettings.of(Profile.BASIC, Severity.ERROR));
        // when / then
        assertThat(CheckLog.failure(run, settings(run))).isEmpty();
    }

    private static CheckRun check(Path dir, CheckSettings settings) throws IOException {
        Path file = dir.resolve("orders.spec.json");
        Files.writeString(file, SPEC);
        return SpecEngine.standard().check(List.of(Source.file(file.toString())), settings);
    }

    private static Settings settings(CheckRun run) {
        return new Settings(run.settings(), Optional.empty());
    }

    /** Maven's log, recorded as "level text" lines. */
    static final class RecordingLog implements Log {
        final List<String> lines = new ArrayList<>();

        @Override public boolean isDebugEnabled() { return false; }
        @Override public void debug(CharSequence content) { lines.add("debug " + content); }
        @Override public void debug(CharSequence content, Throwable error) { lines.add("debug " + content); }
        @Override public void debug(Throwable error) { lines.add("debug " + error); }
        @Override public boolean isInfoEnabled() { return true; }
        @Override public void info(CharSequence content) { lines.add("info " + content); }
        @Override public void info(CharSequence content, Throwable error) { lines.add("info " + content); }
        @Override public void info(Throwable error) { lines.add("info " + error); }
        @Override public boolean isWarnEnabled() { return true; }
        @Override public void warn(CharSequence content) { lines.add("warning " + content); }
        @Override public void warn(CharSequence content, Throwable error) { lines.add("warning " + content); }
        @Override public void warn(Throwable error) { lines.add("warning " + error); }
        @Override public boolean isErrorEnabled() { return true; }
        @Override public void error(CharSequence content) { lines.add("error " + content); }
        @Override public void error(CharSequence content, Throwable error) { lines.add("error " + content); }
        @Override public void error(Throwable error) { lines.add("error " + error); }
    }
}
