package io.specdriven.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

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

    @Test
    void version_names_the_build() {
        // when
        Run run = run("--version");
        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("spec \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    }
}
