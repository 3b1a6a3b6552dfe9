package io.specdriven.cli.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.core.AttributeType;
import io.specdriven.core.Spec;
import io.specdriven.core.diff.SpecDiff;
import io.specdriven.core.trace.Traceability;
import io.specdriven.core.view.FeatureFile;
import io.specdriven.core.view.SpecViews;
import io.specdriven.json.SpecJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render}, {@code trace} and {@code diff} in-process, on the real JSON reader: each prints what the
 * library's view gives, with the exit codes and one-line errors of {@code check}.
 */
class ToolViewsTest {
    @TempDir
    Path dir;

    /** One requirement realized by one use case, one requirement no use case realizes, one unused entity. */
    private static final Spec ORDERS = Spec.builder("orders", "Orders")
            .actor("CUSTOMER", a -> a.name("Customer"))
            .requirement("REQ-1", r -> r.title("Place an order")
                    .statement("The system shall create an order from the cart.")
                    .criterion("AC-1", c -> c.given("a cart with 2 items").when("the customer confirms")
                            .then("an order with 2 items exists")))
            .requirement("REQ-2", r -> r.title("Cancel an order").statement("The system shall cancel an order."))
            .useCase("UC-1", u -> u.title("Place an order").primaryActor("CUSTOMER").realizes("REQ-1")
                    .uses("Order").step("CUSTOMER", "confirms the cart"))
            .entity("Order", e -> e.attribute("number", AttributeType.STRING))
            .entity("Audit", e -> e.attribute("at", AttributeType.DATETIME))
            .build();

    private String write(String name, Spec spec) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, SpecJson.toJson(spec), UTF_8);
        return file.toString();
    }

    @Test
    void render_prints_the_markdown_document_by_default() throws IOException {
        // given
        String file = write("orders.spec.json", ORDERS);
        // when
        ToolRun byDefault = ToolRun.run("render", file);
        ToolRun markdown = ToolRun.run("render", file, "--to", "markdown");
        // then
        assertThat(byDefault.exitCode()).isZero();
        assertThat(byDefault.out()).isEqualTo(SpecViews.markdown(ORDERS)).isEqualTo(markdown.out());
        assertThat(byDefault.err()).isEmpty();
    }

    @Test
    void render_with_findings_ends_the_document_with_the_report_of_the_chosen_profile() throws IOException {
        // given
        String file = write("orders.spec.json", ORDERS);
        // when
        ToolRun run = ToolRun.run("render", file, "--findings", "--profile", "strict");
        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(SpecViews.markdown(ORDERS,
                        io.specdriven.core.validation.SpecValidator.of(io.specdriven.core.validation.Profile.STRICT).validate(ORDERS)))
                .isNotEqualTo(SpecViews.markdown(ORDERS)).contains("## Findings");
    }

    @Test
    void render_findings_do_not_change_the_exit_code() throws IOException {
        // given: the real standard profile finds the missing use case of REQ-2, the unused entity, …
        String file = write("orders.spec.json", ORDERS);
        // when
        ToolRun run = ToolRun.run("render", file, "--findings");
        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("## Findings", "coverage.unused-entity");
    }

    @Test
    void render_mermaid_prints_both_diagrams_as_fenced_blocks() throws IOException {
        // when
        ToolRun run = ToolRun.run("render", write("orders.spec.json", ORDERS), "--to", "mermaid");
        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("```mermaid\n" + SpecViews.mermaidErDiagram(ORDERS) + "```\n\n```mermaid\n"
                + SpecViews.mermaidClassDiagram(ORDERS) + "```\n");
    }

    @Test
    void render_plantuml_prints_the_use_case_and_the_class_diagram() throws IOException {
        // when
        ToolRun run = ToolRun.run("render", write("orders.spec.json", ORDERS), "--to", "plantuml");
        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(SpecViews.plantUmlUseCaseDiagram(ORDERS) + "\n"
                + SpecViews.plantUmlClassDiagram(ORDERS));
    }

    @Test
    void render_gherkin_writes_one_feature_file_per_requirement_into_a_new_directory() throws IOException {
        // given
        String file = write("orders.spec.json", ORDERS);
        Path features = dir.resolve("build/features");
        // when
        ToolRun first = ToolRun.run("render", file, "--to", "gherkin", "--out", features.toString());
        Files.writeString(features.resolve("REQ-1.feature"), "stale", UTF_8);
        ToolRun again = ToolRun.run("render", file, "--to", "gherkin", "--out", features.toString());
        // then: each file's path on stdout, and a second run replaces the files
        assertThat(first.exitCode()).isZero();
        assertThat(first.out().lines()).containsExactly(features.resolve("REQ-1.feature").toString(),
                features.resolve("REQ-2.feature").toString());
        assertThat(again).isEqualTo(first);
        for (FeatureFile feature : SpecViews.gherkin(ORDERS)) {
            assertThat(features.resolve(feature.fileName())).content(UTF_8).isEqualTo(feature.content());
        }
    }

    @Test
    void render_gherkin_refuses_an_output_path_that_is_a_file() throws IOException {
        // given
        String file = write("orders.spec.json", ORDERS);
        Path notADirectory = Files.writeString(dir.resolve("features"), "", UTF_8);
        // when
        ToolRun run = ToolRun.run("render", file, "--to", "gherkin", "--out", notADirectory.toString());
        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(notADirectory + ": is not a directory");
        assertThat(run.out()).isEmpty();
        assertThat(notADirectory).isEmptyFile();
    }

    @Test
    void trace_prints_the_matrix_and_the_orphans_and_exits_0() throws IOException {
        // given
        String file = write("orders.spec.json", ORDERS);
        // when
        ToolRun run = ToolRun.run("trace", file);
        // then: orphans do not fail the run; spec check is the gate
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly(
                file + "  orders — Orders",
                "  REQ-1  Place an order",
                "    criteria   AC-1",
                "    use cases  UC-1",
                "    entities   Order",
                "  REQ-2  Cancel an order",
                "    criteria   —",
                "    use cases  —",
                "    entities   —",
                "  orphans",
                "    requirements without acceptance criteria: REQ-2",
                "    requirements no use case realizes: REQ-2",
                "    entities no use case uses: Audit");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void verbose_prints_timings_on_stderr_for_render_trace_and_diff_and_leaves_stdout_unchanged() throws IOException {
        // Found in review: the README presents --verbose as the way to see log lines; render, trace and diff
        // refused it with exit 64.
        // given
        String file = write("orders.spec.json", ORDERS);
        for (List<String> command : List.of(List.of("render", file), List.of("trace", file), List.of("diff", file, file))) {
            // when
            ToolRun quiet = ToolRun.run(command.toArray(String[]::new));
            List<String> verboseCommand = new ArrayList<>(command);
            verboseCommand.add("--verbose");
            ToolRun verbose = ToolRun.run(verboseCommand.toArray(String[]::new));
            // then
            assertThat(verbose.exitCode()).as(command.get(0)).isZero();
            assertThat(verbose.out()).as(command.get(0)).isEqualTo(quiet.out());
            assertThat(verbose.errLines()).as(command.get(0))
                    .anyMatch(l -> l.matches("spec: run took \\d+ ms after the JVM started the tool"));
        }
    }

    @Test
    void trace_says_so_when_nothing_is_orphaned() throws IOException {
        // given
        Spec traced = ORDERS.toBuilder().requirements(ORDERS.requirements().subList(0, 1))
                .entities(ORDERS.entities().subList(0, 1)).build();
        // when
        ToolRun run = ToolRun.run("trace", write("traced.spec.json", traced));
        // then
        assertThat(run.out()).endsWith("    entities   Order\n  no orphans\n");
    }

    @Test
    void trace_as_markdown_and_json_is_the_library_s_rendering() throws IOException {
        // given
        String file = write("orders.spec.json", ORDERS);
        // when
        ToolRun markdown = ToolRun.run("trace", file, "--format", "markdown");
        ToolRun json = ToolRun.run("trace", file, "--format=json");
        // then
        assertThat(markdown.out()).isEqualTo(Traceability.of(ORDERS).toMarkdown());
        assertThat(json.out()).isEqualTo(SpecJson.toJson(Traceability.of(ORDERS)));
        assertThat(markdown.exitCode() + json.exitCode()).isZero();
    }

    @Test
    void diff_exits_0_when_the_versions_are_equal_and_1_when_they_differ() throws IOException {
        // given
        Spec changed = ORDERS.withRequirement(ORDERS.requirements().get(0).toBuilder()
                .statement("The system shall create an order from the cart within 2 s.").build());
        String v1 = write("v1.spec.json", ORDERS);
        String v2 = write("v2.spec.json", changed);
        // when
        ToolRun same = ToolRun.run("diff", v1, v1);
        ToolRun different = ToolRun.run("diff", v1, v2);
        // then
        assertThat(same.exitCode()).isZero();
        assertThat(same.out()).isEqualTo("No changes.\n");
        assertThat(different.exitCode()).isEqualTo(1);
        assertThat(different.out()).isEqualTo(SpecDiff.between(ORDERS, changed).toText())
                .contains("changed  requirement REQ-1", "Suspect, to review:", "use case UC-1");
        assertThat(same.err() + different.err()).isEmpty();
    }

    @Test
    void diff_as_markdown_and_json_is_the_library_s_rendering() throws IOException {
        // given
        Spec smaller = ORDERS.toBuilder().requirements(ORDERS.requirements().subList(0, 1)).build();
        String v1 = write("v1.spec.json", ORDERS);
        String v2 = write("v2.spec.json", smaller);
        // when
        ToolRun markdown = ToolRun.run("diff", "--format", "markdown", v1, v2);
        ToolRun json = ToolRun.run("diff", v1, v2, "--format", "json");
        // then
        assertThat(markdown.out()).isEqualTo(SpecDiff.between(ORDERS, smaller).toMarkdown());
        assertThat(json.out()).isEqualTo(SpecJson.toJson(SpecDiff.between(ORDERS, smaller)));
        assertThat(markdown.exitCode()).isEqualTo(1);
        assertThat(json.exitCode()).isEqualTo(1);
    }

    @Test
    void unreadable_inputs_are_one_line_each_and_exit_2() throws IOException {
        // given
        Path broken = Files.writeString(dir.resolve("broken.spec.json"), "{\"id\": \"x\", \"title\": 3}", UTF_8);
        // when
        ToolRun diff = ToolRun.run("diff", "missing.json", broken.toString());
        ToolRun render = ToolRun.run("render", dir.toString());
        ToolRun trace = ToolRun.run("trace", "missing.json");
        // then: both files of a diff are read, so both errors show at once
        assertThat(diff.exitCode()).isEqualTo(2);
        assertThat(diff.errLines()).containsExactly("missing.json: no such file",
                broken + ":1:22: title: expected a string, found a number");
        assertThat(render.exitCode()).isEqualTo(2);
        assertThat(render.errLines()).containsExactly(dir + ": is a directory, not a spec file");
        assertThat(trace.exitCode()).isEqualTo(2);
        assertThat(trace.errLines()).containsExactly("missing.json: no such file");
        assertThat(diff.out() + render.out() + trace.out()).isEmpty();
    }

    @Test
    void control_characters_from_the_spec_are_escaped_in_every_view() throws IOException {
        // given
        Spec evil = Spec.builder("evil", "Evil\u001B[2J title")
                .requirement("REQ-1", r -> r.title("Clear\u001B[2J the \u202Escreen")
                        .statement("The system shall ring\u0007.")
                        .criterion("AC-1", c -> c.statement("the bell\u0007 rings")))
                .build();
        String file = write("evil.spec.json", evil);
        Path features = dir.resolve("features");
        // when
        List<ToolRun> runs = List.of(ToolRun.run("render", file), ToolRun.run("trace", file),
                ToolRun.run("diff", write("empty.spec.json", Spec.builder("evil", "Evil").build()), file),
                ToolRun.run("render", file, "--to", "gherkin", "--out", features.toString()));
        // then
        assertThat(runs).allSatisfy(run -> assertThat(run.out()).doesNotContain("\u001B", "\u202E", "\u0007"));
        assertThat(runs.get(1).out()).contains("Clear\\u001B[2J the \\u202Escreen");
        assertThat(features.resolve("REQ-1.feature")).content(UTF_8).doesNotContain("\u001B", "\u202E", "\u0007")
                .contains("\\u0007");
    }

    @Test
    void every_command_has_a_help_page_on_stdout() {
        // when
        ToolRun render = ToolRun.run("help", "render");
        ToolRun trace = ToolRun.run("trace", "--help");
        ToolRun diff = ToolRun.run("diff", "-h");
        // then
        assertThat(render.out()).isEqualTo(HelpPages.RENDER);
        assertThat(trace.out()).isEqualTo(HelpPages.TRACE);
        assertThat(diff.out()).isEqualTo(HelpPages.DIFF);
        assertThat(render.exitCode() + trace.exitCode() + diff.exitCode()).isZero();
    }
}
