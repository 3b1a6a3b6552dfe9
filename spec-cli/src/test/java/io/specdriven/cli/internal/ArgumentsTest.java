package io.specdriven.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.cli.internal.Invocation.Check;
import io.specdriven.cli.internal.Invocation.Diff;
import io.specdriven.cli.internal.Invocation.Help;
import io.specdriven.cli.internal.Invocation.Mcp;
import io.specdriven.cli.internal.Invocation.Render;
import io.specdriven.cli.internal.Invocation.Trace;
import io.specdriven.cli.internal.Invocation.UsageError;
import io.specdriven.cli.internal.Invocation.Version;
import io.specdriven.core.validation.Severity;
import io.specdriven.engine.OutputFormat;
import io.specdriven.engine.RenderView;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    private static Invocation parse(String... args) {
        return Arguments.parse(List.of(args));
    }

    @Test
    void check_without_options_uses_the_defaults() {
        // when
        Invocation invocation = parse("check", "a.spec.json");
        // then
        assertThat(invocation).isEqualTo(new Check(Invocation.Options.defaults(), List.of("a.spec.json")));
    }

    @Test
    void options_may_come_before_or_after_files_and_with_an_equals_sign() {
        // when
        Invocation invocation = parse("check", "a.json", "--profile=strict", "b.json", "--format", "json",
                "--fail-on", "warning", "--verbose", "--debug");
        // then
        assertThat(invocation).isEqualTo(new Check(
                new Invocation.Options(Optional.of("strict"), OutputFormat.JSON, Optional.of(Severity.WARNING), true, true,
                        Optional.empty()), List.of("a.json", "b.json")));
    }

    @Test
    void a_double_dash_makes_every_following_argument_a_file() {
        // when
        Invocation invocation = parse("check", "--", "--profile", "-x.json");
        // then
        assertThat(((Check) invocation).files()).containsExactly("--profile", "-x.json");
    }

    @Test
    void help_and_version_have_their_long_and_short_forms() {
        assertThat(parse("--help")).isEqualTo(new Help(Optional.empty()));
        assertThat(parse("-h")).isEqualTo(new Help(Optional.empty()));
        assertThat(parse("help")).isEqualTo(new Help(Optional.empty()));
        assertThat(parse("help", "check")).isEqualTo(new Help(Optional.of("check")));
        assertThat(parse("check", "x.json", "-h")).isEqualTo(new Help(Optional.of("check")));
        assertThat(parse("--version")).isEqualTo(new Version());
        assertThat(parse("-V")).isEqualTo(new Version());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "''                         | no command given — try 'spec check' or 'spec --help'",
        "chek                       | unknown command 'chek' — did you mean 'check'?",
        "deploy                     | unknown command 'deploy'",
        "--verison                  | unknown option '--verison' — did you mean '--version'?",
        "--versoin                  | unknown option '--versoin' — did you mean '--version'?",
        "--profile strict           | unknown option '--profile': options follow the command, as in 'spec check --profile'",
        "check --profle strict      | unknown option '--profle' for check — did you mean '--profile'?",
        "check --profile lax        | option '--profile': 'lax' is not one of basic, standard or strict",
        "check --format xml         | option '--format': 'xml' is not one of text, json, sarif, github or junit",
        "check --fail-on info       | option '--fail-on': 'info' is not one of error or warning",
        "check --format             | option '--format' needs a value: text, json, sarif, github or junit",
        "check --verbose=yes        | option '--verbose' takes no value",
        "help chekc                 | no help for 'chekc' — did you mean 'check'?",
        "help chek                  | no help for 'chek' — did you mean 'check'?",
        "render a.json --to junit   | render --to junit needs --out DIR (a test source root, such as src/test/java): it writes one test class per requirement",
        "render a.json --to junit --out t | render --to junit needs --package P, the package of the test classes, such as com.acme.orders",
        "render a.json --package p  | option '--package' is only for --to junit",
        "render a.json --to html    | render --to html needs --out DIR: it writes the page as DIR/<spec id>.html",
        "render a.json --results r  | options '--results' and '--history' are only for --to html",
        "render a.json --to html --out s --history h | option '--history' draws acceptance beside test results: give --results PATH too",
        "render a.json --to pdf     | option '--to': 'pdf' is not one of markdown, mermaid, plantuml, gherkin, junit or html",
        "mcp specs                  | unexpected argument 'specs': mcp takes no FILE; the tools name files under --root",
        "mcp --rot x                | unknown option '--rot' for mcp — did you mean '--root'?",
        "mcp --root                 | option '--root' needs a value: a directory",
        "help deploy                | no help for 'deploy': the commands are check, render, trace, diff, verify, metrics, rules, mcp and help",
        "rendr a.json               | unknown command 'rendr' — did you mean 'render'?",
        "dif a.json b.json          | unknown command 'dif' — did you mean 'diff'?",
        "trcae a.json               | unknown command 'trcae' — did you mean 'trace'?",
        "render                     | render needs a FILE, as in 'spec render orders.spec.json --to markdown'",
        "render a.json b.json       | unexpected argument 'b.json': render takes one FILE",
        "render a.json --to         | option '--to' needs a value: markdown, mermaid, plantuml, gherkin, junit or html",
        "render a.json --to gherkin | render --to gherkin needs --out DIR: it writes one .feature file per requirement",
        "render a.json --out x      | option '--out' is only for --to gherkin, junit or html; the other views go to stdout",
        "render a.json --out=       | option '--out' is only for --to gherkin, junit or html; the other views go to stdout",
        "render a.json --to gherkin --out= | option '--out': '' is not a valid path",
        "render a.json --to mermaid --findings | option '--findings' is only for --to markdown",
        "render a.json --profile strict | option '--profile' is only for --findings",
        "render a.json --findings --profile lax | option '--profile': 'lax' is not one of basic, standard or strict",
        "render a.json --findings=yes | option '--findings' takes no value",
        "render a.json --too html   | unknown option '--too' for render — did you mean '--to'?",
        "trace                      | trace needs a FILE, as in 'spec trace orders.spec.json'",
        "trace a.json b.json        | unexpected argument 'b.json': trace takes one FILE",
        "trace a.json --format xml  | option '--format': 'xml' is not one of text, markdown or json",
        "trace a.json --fromat json | unknown option '--fromat' for trace — did you mean '--format'?",
        "diff a.json                | diff needs two files, OLD and NEW, as in 'spec diff v1.spec.json v2.spec.json'",
        "diff a.json b.json c.json  | unexpected argument 'c.json': diff takes two files, OLD and NEW",
        "diff a.json b.json --format | option '--format' needs a value: text, markdown or json",
        "diff a.json b.json --verbose=yes | option '--verbose' takes no value",
        "trace a.json --verbos      | unknown option '--verbos' for trace — did you mean '--verbose'?",
        "--help check               | unexpected argument 'check' after '--help'",
    })
    void usage_errors_say_what_is_wrong_and_suggest_a_fix(String line, String message) {
        // when
        Invocation invocation = Arguments.parse(line.isEmpty() ? List.of() : List.of(line.split(" ")));
        // then
        assertThat(invocation).isEqualTo(new UsageError(message));
    }

    @Test
    void render_defaults_to_markdown_on_stdout_without_findings() {
        assertThat(parse("render", "a.json")).isEqualTo(
                new Render("a.json", RenderView.MARKDOWN, Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), false, false));
    }

    @Test
    void render_takes_its_view_output_directory_findings_and_profile() {
        assertThat(parse("render", "--to=gherkin", "a.json", "--out", "features", "--debug")).isEqualTo(
                new Render("a.json", RenderView.GHERKIN, Optional.of("features"), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), true, false));
        assertThat(parse("render", "a.json", "--to", "plantuml")).isEqualTo(
                new Render("a.json", RenderView.PLANTUML, Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), false, false));
        assertThat(parse("render", "a.json", "--findings")).isEqualTo(
                new Render("a.json", RenderView.MARKDOWN, Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.of("standard"), false, false));
        assertThat(parse("render", "a.json", "--to", "markdown", "--profile", "strict", "--findings")).isEqualTo(
                new Render("a.json", RenderView.MARKDOWN, Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.of("strict"), false, false));
    }

    @Test
    void trace_and_diff_take_files_and_a_format_in_any_order() {
        assertThat(parse("trace", "a.json")).isEqualTo(new Trace("a.json", OutputFormat.TEXT, false, false));
        assertThat(parse("trace", "--format", "markdown", "a.json")).isEqualTo(new Trace("a.json", OutputFormat.MARKDOWN, false, false));
        assertThat(parse("diff", "old.json", "--format=json", "new.json", "--debug"))
                .isEqualTo(new Diff("old.json", "new.json", OutputFormat.JSON, true, false));
        assertThat(parse("diff", "--", "-old.json", "--format")).isEqualTo(new Diff("-old.json", "--format", OutputFormat.TEXT, false, false));
    }

    @Test
    void render_trace_and_diff_take_verbose_like_check() {
        // Found in review: the README presents --verbose as the way to see log lines, but only check took it.
        assertThat(parse("render", "a.json", "--verbose")).isEqualTo(
                new Render("a.json", RenderView.MARKDOWN, Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), false, true));
        assertThat(parse("trace", "--verbose", "a.json")).isEqualTo(new Trace("a.json", OutputFormat.TEXT, false, true));
        assertThat(parse("diff", "a.json", "b.json", "--verbose", "--debug"))
                .isEqualTo(new Diff("a.json", "b.json", OutputFormat.TEXT, true, true));
    }

    @Test
    void every_help_page_keeps_each_option_apart_from_its_description_and_its_examples_parse() {
        for (String command : Arguments.COMMANDS) {
            String page = HelpPages.page(command);
            for (String line : page.split("\n")) {
                // then: an option line is the option alone, or the option and its description at column 30
                if (line.startsWith("  -")) {
                    String option = line.strip().split("  ")[0];
                    assertThat(option).as("spec help %s: %s", command, line)
                            .matches("(-[a-z], )?--?[a-z-]*( [A-Za-z|]+)?");
                    if (line.strip().length() > option.length()) {
                        assertThat(line.substring(2 + option.length(), 30)).as("spec help %s: %s", command, line).isBlank();
                        assertThat(line.charAt(30)).as("spec help %s: %s", command, line).isNotEqualTo(' ');
                    }
                }
                // and every example is a command line the tool accepts
                int example = line.indexOf("e.g. spec ");
                if (example >= 0) {
                    String args = line.substring(example + "e.g. spec ".length()).split(" >")[0];
                    assertThat(Arguments.parse(List.of(args.split(" ")))).as("spec help %s: %s", command, line)
                            .isNotInstanceOf(UsageError.class);
                }
            }
        }
    }

    @Test
    void every_command_has_its_help_page() {
        assertThat(parse("help", "render")).isEqualTo(new Help(Optional.of("render")));
        assertThat(parse("render", "--help")).isEqualTo(new Help(Optional.of("render")));
        assertThat(parse("trace", "a.json", "-h")).isEqualTo(new Help(Optional.of("trace")));
        assertThat(parse("diff", "--help", "--to", "x")).isEqualTo(new Help(Optional.of("diff")));
        assertThat(Arguments.COMMANDS).allSatisfy(c -> assertThat(HelpPages.page(c)).startsWith("Usage: spec " + c));
    }

    @Test
    void render_to_junit_takes_the_source_root_and_the_package() {
        assertThat(parse("render", "a.json", "--to", "junit", "--out", "src/test/java", "--package", "com.acme")).isEqualTo(
                new Render("a.json", RenderView.JUNIT, Optional.of("src/test/java"), Optional.of("com.acme"), List.of(), Optional.empty(), Optional.empty(), false, false));
    }

    @Test
    void render_to_html_takes_the_directory_results_and_history() {
        assertThat(parse("render", "a.json", "--to", "html", "--out", "site", "--results", "r1", "--results", "r2", "--history", "h.jsonl"))
                .isEqualTo(new Render("a.json", RenderView.HTML, Optional.of("site"), Optional.empty(), List.of("r1", "r2"),
                        Optional.of("h.jsonl"), Optional.empty(), false, false));
    }

    @Test
    void mcp_serves_the_working_directory_or_the_root_given() {
        assertThat(parse("mcp")).isEqualTo(new Mcp(Optional.empty()));
        assertThat(parse("mcp", "--root", "specs")).isEqualTo(new Mcp(Optional.of("specs")));
        assertThat(parse("mcp", "--root=specs")).isEqualTo(new Mcp(Optional.of("specs")));
        assertThat(parse("mcp", "--root=")).isEqualTo(new UsageError("option '--root': '' is not a valid path"));
    }

    @Test
    void a_typed_control_character_is_escaped_in_the_error() {
        assertThat(parse("\u001B[2Jchek")).isEqualTo(new UsageError("unknown command '\\u001B[2Jchek'"));
    }
}
