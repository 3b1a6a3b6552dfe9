package io.specdriven.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.core.source.SpecReadException;
import io.specdriven.engine.RenderView;
import io.specdriven.engine.Source;
import io.specdriven.engine.SpecEngine;
import io.specdriven.engine.TerminalText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads the build logs of the small projects under {@code src/it}, which maven-invoker-plugin built with the
 * plugin for real, once on the Maven running this build (3.8.7 here and in CI) and once on the Maven the
 * build unpacked from Maven Central ({@code it.maven.version}): each build's result, its exact log lines,
 * and the files it wrote.
 */
class SpecMavenPluginIT {
    private static final Path RUNS = Path.of(System.getProperty("it.dir", "target/it"));
    private static final String VERSION = System.getProperty("plugin.version", "0.1.0-SNAPSHOT");
    private static final String GOAL = "io.specdriven:spec-maven-plugin:" + VERSION;

    /** One run of the projects: its folder and the Maven version it must have used. */
    record Run(String folder, String mavenVersion) {
        Path project(String name) {
            return RUNS.resolve(folder).resolve(name);
        }

        List<String> log(String name) throws IOException {
            // Maven 3.8.7 writes an ANSI reset into the log even in batch mode: the lines are compared without it.
            List<String> lines = Files.readAllLines(project(name).resolve("build.log"), StandardCharsets.UTF_8).stream()
                    .map(l -> l.replaceAll("\u001B\\[[0-9;]*m", "")).toList();
            // -V names the Maven that ran it: "Apache Maven 3.9.12 (848fbb4…)"; Debian's 3.8.7 gives no commit. On
            // JDK 24 and later the JVM's warnings about Maven's own libraries (sun.misc.Unsafe) come first.
            assertThat(lines.stream().filter(l -> l.startsWith("Apache Maven ")).findFirst())
                    .as("%s on %s: the Maven that ran it", name, folder)
                    .hasValueSatisfying(l -> assertThat(l).matches("Apache Maven "
                            + java.util.regex.Pattern.quote(mavenVersion) + "( .*)?"));
            return lines;
        }

        @Override
        public String toString() {
            return "Maven " + mavenVersion;
        }
    }

    static Stream<Run> runs() {
        return Stream.of(new Run("running", System.getProperty("it.running.maven")),
                new Run("maven-" + System.getProperty("it.maven.version"), System.getProperty("it.maven.version")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void given_the_csv_export_example_when_the_build_runs_check_and_render_then_it_passes_and_writes_every_view(Run run)
            throws IOException {
        // given the csv-export example in src/main/spec and a specdriven.yaml (strict, fail-on warning) beside the pom
        Path project = run.project("clean-spec");
        // when
        List<String> log = run.log("clean-spec");
        // then
        assertThat(log).contains(
                "[INFO] src/main/spec/csv-export.spec.json: csv-export — CSV export for the reporting dashboard: score"
                        + " 100/100 · 0 errors, 0 warnings, 0 info",
                "[INFO] spec check: 1 spec file, 0 errors, 0 warnings, 0 info (profile strict, fail-on warning,"
                        + " configuration specdriven.yaml)",
                "[INFO] spec check: wrote target/specdriven/spec-check.sarif",
                "[INFO] spec render: src/main/spec/csv-export.spec.json → target/specdriven/csv-export.md",
                "[INFO] BUILD SUCCESS");
        Path out = project.resolve("target/specdriven");
        SpecEngine engine = SpecEngine.standard();
        Source spec = Source.file(project.resolve("src/main/spec/csv-export.spec.json").toString());
        // the same bytes spec render prints, view by view
        assertThat(Files.readString(out.resolve("csv-export.md")))
                .isEqualTo(TerminalText.safeLines(engine.render(spec, RenderView.MARKDOWN, Optional.empty())));
        assertThat(Files.readString(out.resolve("csv-export.mermaid.md")))
                .isEqualTo(TerminalText.safeLines(engine.render(spec, RenderView.MERMAID, Optional.empty())));
        assertThat(Files.readString(out.resolve("csv-export.puml")))
                .isEqualTo(TerminalText.safeLines(engine.render(spec, RenderView.PLANTUML, Optional.empty())));
        try (Stream<Path> features = Files.list(out.resolve("features/csv-export"))) {
            List<String> names = features.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).hasSize(engine.read(spec).spec().requirements().size()).contains("REQ-BUTTON.feature");
            assertThat(log.stream().filter(l -> l.startsWith("[INFO] spec render: ") && l.endsWith(".feature")))
                    .hasSize(names.size());
        }
        assertThat(Files.readString(out.resolve("spec-check.sarif"))).contains("\"version\": \"2.1.0\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void given_the_flawed_example_when_the_build_checks_it_then_every_finding_is_a_log_line_and_the_build_fails(Run run)
            throws IOException {
        // given the flawed example in src/main/spec, the standard profile, failing on errors
        // when
        List<String> log = run.log("flawed-spec");
        // then each finding at its level, with file:line:column, rule, element, message and hint
        assertThat(log).contains(
                "[ERROR] src/main/spec/flawed.spec.json:45:9: structure.criterion-outcome requirements[REQ-1].criteria[AC-1]:"
                        + " the criterion has neither a 'then' nor a statement: say what is observed when it is met"
                        + " (hint: write the outcome in \"then\", or the whole criterion in \"statement\")",
                "[WARNING] src/main/spec/flawed.spec.json:13:5: ref.case-collision actors[member]: id 'member' differs"
                        + " from 'MEMBER' (actors[MEMBER]) only in letter case: rename one so people cannot mistake them"
                        + " (hint: rename one of the two so they differ by more than letter case or Unicode form)",
                "[INFO] src/main/spec/flawed.spec.json:51:9: criteria.no-then requirements[REQ-1].criteria[AC-2]: the"
                        + " criterion is a plain statement without a 'then': its observable outcome is not stated apart"
                        + " (hint: rewrite it with a \"given\", a \"when\" and a \"then\": what is observed when it is met)",
                "[INFO] src/main/spec/flawed.spec.json: flawed — Team calendar (first draft): score 0/100 · 31 errors,"
                        + " 48 warnings, 11 info",
                "[INFO] BUILD FAILURE",
                failure(run, "flawed-spec", "check", "spec check failed (profile standard, fail-on error):"
                        + " src/main/spec/flawed.spec.json has 31 errors; the findings are logged above"));
        assertThat(log.stream().filter(l -> l.startsWith("[ERROR] src/main/spec/flawed.spec.json"))).hasSize(31);
        assertThat(log.stream().filter(l -> l.startsWith("[WARNING] src/main/spec/flawed.spec.json"))).hasSize(48);
        assertNoStackTrace(log);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void given_a_misspelt_profile_when_the_build_checks_then_it_fails_naming_the_parameter_and_the_closest_value(Run run)
            throws IOException {
        // given <profile>strictt</profile>
        // when
        List<String> log = run.log("bad-parameter");
        // then
        assertThat(log).contains("[INFO] BUILD FAILURE", failure(run, "bad-parameter", "check",
                "parameter 'profile': 'strictt' is not one of basic, standard, strict — did you mean 'strict'?"
                        + " (set <profile> in the plugin's configuration, or -Dspecdriven.profile)"));
        assertNoStackTrace(log);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void given_a_spec_with_a_misspelt_key_when_the_build_checks_then_the_read_error_is_logged_and_names_the_parameter(
            Run run) throws IOException {
        // given src/main/spec/orders.spec.json with "titel"; the engine's own read error, named as the build names it
        String name = "src/main/spec/orders.spec.json";
        Path file = run.project("unreadable-spec").resolve(name);
        String error;
        try {
            SpecEngine.standard().read(Source.of(name, () -> Files.newInputStream(file)));
            throw new AssertionError("the spec was read: the project no longer tests a read error");
        } catch (SpecReadException e) {
            error = e.getMessage();
        }
        // when
        List<String> log = run.log("unreadable-spec");
        // then
        assertThat(error).startsWith(name + ":6:");
        assertThat(log).contains("[ERROR] " + error, "[INFO] BUILD FAILURE",
                failure(run, "unreadable-spec", "check", "parameter 'specs': " + error));
        assertNoStackTrace(log);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void given_the_flawed_example_when_the_build_runs_with_specdriven_skip_then_every_goal_is_skipped(Run run)
            throws IOException {
        // given the flawed example; when: mvn verify -Dspecdriven.skip=true
        List<String> log = run.log("skip");
        // then
        assertThat(log).contains("[INFO] spec:render skipped (skip is true, or -Dspecdriven.skip)",
                "[INFO] spec:check skipped (skip is true, or -Dspecdriven.skip)", "[INFO] BUILD SUCCESS");
        assertThat(run.project("skip").resolve("target/specdriven")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void given_tests_with_verifies_when_the_build_verifies_then_each_criterion_has_its_status_and_the_untested_one_fails(
            Run run) throws IOException {
        // given a passing test of AC-EXPORT-1, a failing one of AC-EMPTY, none of AC-TIMEOUT (spec-junit's listener)
        // when
        List<String> log = run.log("verify-junit");
        // then
        assertThat(log).contains(
                "[INFO] REQ-EXPORT  Export the visible report as CSV  1/3 criteria pass",
                "[INFO]   AC-EXPORT-1   passed    CsvExportTest.exports_header_and_rows",
                "[ERROR]   AC-EMPTY      FAILED    CsvExportTest.empty_report_shows_message: expected: <Nothing to export>"
                        + " but was: <>",
                "[ERROR]   AC-TIMEOUT    untested",
                "[INFO] acceptance 1/3 criteria (33%) · 1 failed · 1 untested",
                failure(run, "verify-junit", "verify", "spec verify failed (fail-on untested):"
                        + " src/main/spec/csv-export-verify.spec.json: acceptance 1/3 criteria (33%) · 1 failed · 1 untested"));
        assertNoStackTrace(log.subList(log.indexOf("[INFO] REQ-EXPORT  Export the visible report as CSV  1/3 criteria pass"),
                log.size()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void given_any_build_with_the_plugin_then_maven_raises_no_plugin_warning_and_the_validator_stays_quiet(Run run)
            throws IOException {
        for (String project : List.of("clean-spec", "flawed-spec", "bad-parameter", "unreadable-spec", "skip",
                "verify-junit")) {
            // Maven 3.9 validates plugins and reports what it finds wrong with them as warnings.
            assertThat(run.log(project)).as(project)
                    .noneMatch(l -> l.contains("Plugin validation") || l.startsWith("[WARNING]") && l.contains(" * " + GOAL))
                    .noneMatch(l -> l.contains("HV000001") || l.contains("SLF4J"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void the_readme_shows_the_failure_a_downstream_build_of_the_flawed_example_logs(Run run) throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("readme", "../README.md")));
        List<String> log = run.log("flawed-spec");
        String failure = failure(run, "flawed-spec", "check", "spec check failed (profile standard, fail-on error):"
                + " src/main/spec/flawed.spec.json has 31 errors; the findings are logged above");
        String finding = log.stream().filter(l -> l.contains("structure.criterion-outcome requirements[REQ-1]"))
                .findFirst().orElseThrow();
        assertThat(readme).contains(failure.replace(VERSION, "0.1.0-SNAPSHOT"), finding);
    }

    private static String failure(Run run, String project, String goal, String message) {
        return "[ERROR] Failed to execute goal " + GOAL + ":" + goal + " (default) on project " + project + ": "
                + message + " -> [Help 1]";
    }

    /** A user error is one message: no Java stack frame, no exception class name. */
    private static void assertNoStackTrace(List<String> log) {
        assertThat(log).noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception:") || l.contains("Caused by"));
    }
}
