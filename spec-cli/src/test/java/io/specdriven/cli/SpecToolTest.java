package io.specdriven.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.Severity;
import io.specdriven.engine.CheckSettings;
import io.specdriven.engine.OutputFormat;
import io.specdriven.engine.Source;
import io.specdriven.engine.SpecEngine;
import io.specdriven.engine.SpecOutput;
import io.specdriven.examples.Examples;
import io.specdriven.json.SpecJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool through its public entry point, on the real library and the bundled examples. */
class SpecToolTest {

    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SpecTool.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), Map.of());
        return new Run(code, out.toString(UTF_8), err.toString(UTF_8));
    }

    @Test
    void check_without_files_reports_the_bundled_good_examples_clean_and_exits_0() {
        // when
        Run run = run("check");
        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().filter(l -> !l.startsWith(" ")))
                .containsExactly("csv-export.spec.json  csv-export — CSV export for the reporting dashboard",
                        "webshop.spec.json  webshop — Online shop of a tea merchant",
                        "specdriven.spec.json  specdriven — specdriven: specifications as checkable data",
                        "3 files: 0 errors, 0 warnings, 0 info");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void the_two_failures_the_issue_names_look_as_it_says() {
        // when
        Run missing = run("check", "missing.json");
        Run typo = run("chek");
        // then
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("missing.json: no such file\n");
        assertThat(typo.exitCode()).isEqualTo(64);
        assertThat(typo.err()).startsWith("spec: unknown command 'chek' — did you mean 'check'?\n");
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sarif", "github", "junit"})
    void check_in_a_ci_format_prints_what_spec_output_writes_for_the_engine_s_run_and_exits_1_on_findings(String format)
            throws IOException {
        // given
        Path flawed = dir.resolve("flawed.spec.json");
        Files.writeString(flawed, SpecJson.toJson(Examples.flawed()), UTF_8);
        // when
        Run run = run("check", "--format", format, "--profile", "strict", flawed.toString());
        // then: the CLI adds nothing of its own
        String expected = SpecOutput.of(OutputFormat.parse(format)).toString(SpecEngine.standard().check(
                List.of(Source.file(flawed.toString())), CheckSettings.of(Profile.STRICT, Severity.ERROR)));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(expected).isNotEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void sarif_of_a_file_that_cannot_be_read_has_a_result_at_the_file_and_exits_2() throws IOException {
        // given
        Path broken = dir.resolve("broken.spec.json");
        Files.writeString(broken, "{\n  \"id\": 1\n}\n", UTF_8);
        // when
        Run run = run("check", "--format", "sarif", broken.toString());
        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("\"ruleId\": \"source.unreadable\"", "\"uri\": \"" + broken.toUri().toASCIIString() + "\"",
                "\"startLine\": 2");
        assertThat(run.err()).startsWith(broken + ":2:");
    }

    @Test
    void a_configuration_file_with_an_unknown_key_stops_the_check_with_exit_64_and_its_place() throws IOException {
        // given
        Path config = dir.resolve("specdriven.yaml");
        Files.writeString(config, "profile: strict\nrulez:\n  lang.vague-term: off\n", UTF_8);
        // when
        Run run = run("check", "--config", config.toString());
        // then
        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).isEqualTo(config + ":2:1: unknown key 'rulez' — did you mean 'rules'?\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void the_configuration_file_sets_the_check_and_a_command_line_option_wins_over_it() throws IOException {
        // given: a spec with a vague term, and a file that turns the rule into an error
        Path spec = dir.resolve("demo.spec.json");
        Files.writeString(spec, SpecJson.toJson(Examples.csvExport()).replaceFirst("shall ", "shall quickly "), UTF_8);
        Path config = dir.resolve("specdriven.yaml");
        Files.writeString(config, "fail-on: warning\nrules:\n  lang.vague-term: error\n", UTF_8);
        // when
        Run plain = run("check", spec.toString());
        Run configured = run("check", "--config", config.toString(), spec.toString());
        Run basic = run("check", "--config", config.toString(), "--profile", "basic", spec.toString());
        Run verbose = run("check", "--verbose", "--config", config.toString(), "--profile", "basic", spec.toString());
        // then
        assertThat(plain.exitCode()).isZero();
        assertThat(plain.out()).contains("warning  lang.vague-term");
        assertThat(configured.exitCode()).isEqualTo(1);
        assertThat(configured.out()).contains("error    lang.vague-term");
        assertThat(basic.out()).doesNotContain("lang.vague-term");
        assertThat(verbose.err()).contains("spec: configuration " + config + "\n",
                "spec:   fail-on: warning\n", "spec:   rules: {lang.vague-term: error}\n");
    }

    @Test
    void version_names_the_build() {
        // when
        Run run = run("--version");
        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("spec \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    }
}
