package io.specdriven.examples.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool's behaviour on a fake library: exit codes, what goes to stdout and stderr, and how. */
class ToolTest {
    @TempDir
    Path dir;

    private final FakeLibrary library = new FakeLibrary();

    private String file(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines), UTF_8);
        return file.toString();
    }

    @Test
    void a_clean_file_exits_0_and_prints_its_score() throws IOException {
        // given
        String clean = file("clean.spec.json", "spec clean A clean spec");
        // when
        ToolRun run = ToolRun.run(library, "check", clean);
        // then
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).isEqualTo(clean + "  clean — A clean spec\n  score 100/100 · 0 errors, 0 warnings, 0 info\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void findings_are_grouped_by_top_level_element_with_the_rest_of_the_path_before_the_message() throws IOException {
        // given
        String spec = file("x.spec.json", "spec x X",
                "finding ERROR ref.unresolved useCases[UC-1].realizes[REQ-9] requirement 'REQ-9' is not defined.",
                "finding WARNING lang.vague-term requirements[REQ-1].statement 'fast' is not measurable.",
                "finding INFO lang.passive requirements[REQ-1].title Prefer the active voice.");
        // when
        ToolRun run = ToolRun.run(library, "check", spec);
        // then
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(
                spec + "  x — X",
                "  useCases[UC-1]",
                "    error    ref.unresolved  realizes[REQ-9]: requirement 'REQ-9' is not defined.",
                "  requirements[REQ-1]",
                "    warning  lang.vague-term  statement: 'fast' is not measurable.",
                "    info     lang.passive  title: Prefer the active voice.",
                "  score 70/100 · 1 error, 1 warning, 1 info",
                "    fake area 70/100");
    }

    @Test
    void warnings_pass_by_default_and_fail_with_fail_on_warning() throws IOException {
        // given
        String spec = file("w.spec.json", "spec w W", "finding WARNING lang.vague-term requirements[R].statement vague");
        // when
        ToolRun byDefault = ToolRun.run(library, "check", spec);
        ToolRun strict = ToolRun.run(library, "check", "--fail-on", "warning", spec);
        ToolRun infoOnly = ToolRun.run(library, "check", "--fail-on=warning",
                file("i.spec.json", "spec i I", "finding INFO a.b requirements[R] note"));
        // then
        assertThat(byDefault.exitCode()).isEqualTo(0);
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(infoOnly.exitCode()).isEqualTo(0);
    }

    @Test
    void waived_findings_are_listed_apart_and_do_not_fail_the_run() throws IOException {
        // given
        String spec = file("w.spec.json", "spec w W", "waived ERROR lang.vague-term requirements[R].statement agreed with QA");
        // when
        ToolRun run = ToolRun.run(library, "check", spec);
        // then
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("  waived\n    error    lang.vague-term  requirements[R].statement: waived\n"
                + "      waived: agreed with QA\n");
        assertThat(run.out()).contains("0 errors, 0 warnings, 0 info, 1 waived");
    }

    @Test
    void a_missing_file_says_no_such_file_and_exits_2() {
        // when
        ToolRun run = ToolRun.run(library, "check", "missing.json");
        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("missing.json: no such file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_directory_is_refused_with_exit_2() {
        // when
        ToolRun run = ToolRun.run(library, "check", dir.toString());
        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(dir + ": is a directory, not a spec file");
    }

    @Test
    void a_malformed_file_is_one_line_with_file_line_and_column_and_no_stack_trace() throws IOException {
        // given
        String bad = file("bad.spec.json", "malformed 14 9 requirements[2].priority: 'MUSTT' is not one of MUST, SHOULD");
        // when
        ToolRun run = ToolRun.run(library, "check", bad);
        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(bad + ":14:9: requirements[2].priority: 'MUSTT' is not one of MUST, SHOULD");
    }

    @Test
    void debug_adds_the_stack_trace_of_a_read_error() throws IOException {
        // given
        String bad = file("bad.spec.json", "malformed 1 1 broken");
        // when
        ToolRun run = ToolRun.run(library, "check", "--debug", bad);
        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo(bad + ":1:1: broken");
        assertThat(run.err()).contains("java.lang.IllegalStateException: parser detail", "\tat ");
    }

    @Test
    void an_empty_file_is_refused_with_exit_2() throws IOException {
        // given
        String empty = file("empty.spec.json");
        // when
        ToolRun run = ToolRun.run(library, "check", empty);
        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(empty + ":1:1: the file is empty");
    }

    @Test
    void every_file_is_checked_and_the_highest_exit_code_wins() throws IOException {
        // given
        String clean = file("a.spec.json", "spec a A");
        String failing = file("b.spec.json", "spec b B", "finding ERROR x.y requirements[R] broken");
        // when
        ToolRun findingsThenMissing = ToolRun.run(library, "check", failing, "missing.json", clean);
        ToolRun cleanThenFailing = ToolRun.run(library, "check", clean, failing);
        // then
        assertThat(findingsThenMissing.exitCode()).isEqualTo(2);
        assertThat(findingsThenMissing.out()).contains("b — B", "a — A",
                "3 files: 1 error, 0 warnings, 0 info; 1 could not be read");
        assertThat(cleanThenFailing.exitCode()).isEqualTo(1);
    }

    @Test
    void a_file_given_twice_is_checked_once() throws IOException {
        // given
        String spec = file("twice.spec.json", "spec twice Twice");
        String sameFileOtherName = dir.resolve(".").resolve("twice.spec.json").toString();
        // when
        ToolRun run = ToolRun.run(library, "check", spec, sameFileOtherName, spec);
        // then
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(library.specsChecked).containsExactly("twice");
        assertThat(run.out().lines().filter(l -> l.contains("Twice"))).hasSize(1);
    }

    @Test
    void paths_with_spaces_and_non_ascii_characters_are_read_and_named_as_given() throws IOException {
        // given
        Files.createDirectories(dir.resolve("my specs"));
        String spec = file("my specs/Größe 要件 🚀.spec.json", "spec groesse Größe");
        // when
        ToolRun run = ToolRun.run(library, "check", spec);
        // then
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).startsWith(spec + "  groesse — Größe\n");
    }

    @Test
    void one_checker_is_created_for_many_files_and_none_when_no_file_can_be_read() throws IOException {
        // given
        String a = file("a.spec.json", "spec a A");
        String b = file("b.spec.json", "spec b B");
        // when
        ToolRun.run(library, "check", "--profile", "strict", a, b);
        FakeLibrary unused = new FakeLibrary();
        ToolRun.run(unused, "check", "missing.json");
        // then
        assertThat(library.checkersCreated).containsExactly("strict");
        assertThat(library.specsChecked).containsExactly("a", "b");
        assertThat(unused.checkersCreated).isEmpty();
    }

    @Test
    void with_no_file_the_bundled_examples_are_checked() {
        // when
        ToolRun run = ToolRun.run(library, "check");
        // then
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("one.spec.json  one — One", "two.spec.json  two — Two", "2 files:");
    }

    @Test
    void control_characters_and_bidi_overrides_in_names_and_findings_are_escaped() throws IOException {
        // given
        String spec = file("evil\u001B[31m\u202Efdp.spec.json",
                "spec evil Title\u0007 with bell",
                "finding ERROR x.y requirements[R] line one\u001B[2J\u000Bline two");
        // when
        ToolRun run = ToolRun.run(library, "check", spec);
        // then
        assertThat(run.out()).doesNotContain("\u001B", "\u202E", "\u0007", "\u000B")
                .contains("evil\\u001B[31m\\u202Efdp.spec.json", "Title\\u0007 with bell",
                        "line one\\u001B[2J\\u000Bline two");
    }

    @Test
    void colours_are_used_only_on_a_terminal_without_no_color() throws IOException {
        // given
        String spec = file("c.spec.json", "spec c C", "finding ERROR x.y requirements[R] broken");
        // when
        ToolRun pipe = ToolRun.run(library, Map.of(), false, "check", spec);
        ToolRun terminal = ToolRun.run(library, Map.of(), true, "check", spec);
        ToolRun noColor = ToolRun.run(library, Map.of("NO_COLOR", "1"), true, "check", spec);
        ToolRun dumb = ToolRun.run(library, Map.of("TERM", "dumb"), true, "check", spec);
        // then
        assertThat(pipe.out()).doesNotContain("\u001B");
        assertThat(terminal.out()).contains("\u001B[1;31merror  \u001B[0m");
        assertThat(noColor.out()).isEqualTo(pipe.out());
        assertThat(dumb.out()).isEqualTo(pipe.out());
    }

    @Test
    void verbose_prints_timings_on_stderr_and_leaves_stdout_unchanged() throws IOException {
        // given
        String spec = file("v.spec.json", "spec v V");
        // when
        ToolRun quiet = ToolRun.run(library, "check", spec);
        ToolRun verbose = ToolRun.run(library, "check", "--verbose", spec);
        // then
        assertThat(quiet.err()).isEmpty();
        assertThat(verbose.out()).isEqualTo(quiet.out());
        assertThat(verbose.errLines()).anyMatch(l -> l.matches("spec: read .*v\\.spec\\.json in \\d+ ms"))
                .anyMatch(l -> l.matches("spec: standard validator ready \\d+ ms after the run began"))
                .anyMatch(l -> l.matches("spec: run took \\d+ ms after the JVM started the tool"));
    }

    @Test
    void an_internal_error_is_one_line_without_debug_and_a_stack_trace_with_it() throws IOException {
        // given
        Library broken = new FakeLibrary() {
            @Override
            public Checker checker(String profile) {
                throw new IllegalStateException("validator exploded");
            }
        };
        String spec = file("s.spec.json", "spec s S");
        // when
        ToolRun plain = ToolRun.run(broken, "check", spec);
        ToolRun debug = ToolRun.run(broken, "check", "--debug", spec);
        // then
        assertThat(plain.exitCode()).isEqualTo(2);
        assertThat(plain.errLines()).containsExactly(
                "spec: internal error: validator exploded (run with --debug for the stack trace)");
        assertThat(debug.err()).contains("java.lang.IllegalStateException: validator exploded", "\tat ");
    }

    @Test
    void a_usage_error_exits_64_with_a_suggestion_on_stderr() {
        // when
        ToolRun run = ToolRun.run(library, "chek");
        // then
        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.errLines()).containsExactly("spec: unknown command 'chek' — did you mean 'check'?",
                "Run 'spec --help' for usage.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void help_and_version_go_to_stdout_and_exit_0() {
        // when
        ToolRun help = ToolRun.run(library, "--help");
        ToolRun checkHelp = ToolRun.run(library, "help", "check");
        ToolRun checkDashHelp = ToolRun.run(library, "check", "--help");
        ToolRun version = ToolRun.run(library, "--version");
        // then
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).isEqualTo(HelpPages.OVERVIEW);
        assertThat(checkHelp.out()).isEqualTo(HelpPages.CHECK).isEqualTo(checkDashHelp.out());
        assertThat(version.out()).isEqualTo("spec 9.9.9-test\n");
        assertThat(help.err() + checkHelp.err() + version.err()).isEmpty();
    }
}
