package io.specdriven.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.Spec;
import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.Severity;
import io.specdriven.core.verify.VerificationStatus;
import io.specdriven.json.SpecJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ids as real tools write them (issue 9) through the application layer: every output format of a check,
 * every view, trace, diff, feature files on disk, and verify reading the tags of a Cucumber report back.
 */
class RealIdsEngineTest {
    @TempDir
    Path dir;

    private final SpecEngine engine = SpecEngine.standard();

    /** An OpenSpec-like spec: header text as ids, an OpenFastTrace id and an entity with a space. */
    private static Spec spec() {
        return Spec.builder("Validate all specs in one run", "Validation, with ids as real tools write them")
                .actor("Spec Author", a -> a.name("Spec author"))
                .requirement("Bulk and filtered validation", r -> r.title("Bulk and filtered validation")
                        .statement("The validate command SHALL accept --all, --changes and --specs.")
                        .criterion("Validate all specs", c -> c.when("validate --specs runs")
                                .then("every spec is validated and the totals are shown"))
                        .edgeCase("1.1", EdgeCaseKind.EMPTY_DATA, c -> c.given("no spec").when("validate --all runs")
                                .then("the message 'Nothing to validate' is shown")))
                .requirement("dsn~cli-option-parsing~2", r -> r.title("Parse the options").statement("The tool shall"
                        + " read every option before it starts.").dependsOn("Bulk and filtered validation")
                        .failure("FR-001", c -> c.given("the option -z").then("the tool stops with exit code 64")))
                .useCase("UC-003", u -> u.title("Validate a release").primaryActor("Spec Author")
                        .step("Spec Author", "runs validate --all on each Order Line file")
                        .step("SYSTEM", "prints the summary with the Größe of each file")
                        .realizes("Bulk and filtered validation", "dsn~cli-option-parsing~2").uses("Order Line", "Größe"))
                .entity("Order Line", e -> e.relationship("size", "Größe", io.specdriven.core.Cardinality.ONE))
                .entity("Größe", e -> e.attribute("label", io.specdriven.core.AttributeType.STRING))
                .build();
    }

    private String write(String name, Spec spec) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, SpecJson.toJson(spec), UTF_8);
        return file.toString();
    }

    @Test
    void every_output_format_of_a_check_names_real_ids_correctly_issue_9() throws IOException {
        // given: a strict check, so that findings name the elements
        String file = write("real.spec.json", spec());
        CheckRun run = engine.check(List.of(Source.file(file)), CheckSettings.of(Profile.STRICT, Severity.ERROR));
        JsonMapper json = JsonMapper.builder().build();
        // when / then
        for (OutputFormat format : OutputFormat.values()) {
            if (!SpecOutput.of(format).supports(run)) continue; // a check run has no Markdown form
            String out = SpecOutput.of(format).toString(run);
            switch (format) {
                case JSON, SARIF -> {
                    // well-formed JSON, whatever the ids hold
                    assertThat(json.readTree(out).isObject()).as(format.name()).isTrue();
                    assertThat(out).contains("dsn~cli-option-parsing~2");
                }
                case GITHUB -> assertThat(out).contains("dsn~cli-option-parsing~2").doesNotContain("\r");
                case JUNIT -> assertThat(out).startsWith("<?xml").contains("Bulk and filtered validation");
                case TEXT, MARKDOWN -> assertThat(out).contains("Bulk and filtered validation");
            }
        }
    }

    @Test
    void every_view_trace_and_diff_render_real_ids_issue_9() throws IOException {
        // given
        String file = write("real.spec.json", spec());
        // when / then
        for (RenderView view : RenderView.values()) {
            // written to files: feature files below, test classes and the page here
            if (view == RenderView.GHERKIN || view == RenderView.JUNIT || view == RenderView.HTML) continue;
            assertThat(engine.render(Source.file(file), view, Optional.empty())).as(view.name()).isNotBlank();
        }
        assertThat(engine.writeTests(Source.file(file), dir.resolve("tests").toString(), "real").exitCode()).isZero();
        assertThat(engine.writeHtml(Source.file(file), dir.resolve("site").toString(), List.of(), Optional.empty())
                .exitCode()).isZero();
        assertThat(SpecOutput.of(OutputFormat.TEXT).toString(engine.trace(Source.file(file))))
                .contains("Bulk and filtered validation", "dsn~cli-option-parsing~2", "Validate all specs");
        String next = write("next.spec.json", replaceTitle(spec(), "Bulk and filtered validation", "Bulk validation"));
        String diff = SpecOutput.of(OutputFormat.TEXT).toString(engine.diff(Source.file(file), Source.file(next)));
        assertThat(diff).contains("changed  requirement Bulk and filtered validation", "dsn~cli-option-parsing~2");
    }

    private static Spec replaceTitle(Spec spec, String id, String title) {
        Spec.Builder b = spec.toBuilder().requirements(List.of());
        spec.requirements().forEach(r -> b.requirement(r.id().value().equals(id) ? r.toBuilder().title(title).build() : r));
        return b.build();
    }

    @Test
    void feature_files_of_real_ids_are_written_and_verify_reads_their_cucumber_tags_back_issue_9() throws IOException {
        // given: the features written to disk
        String file = write("real.spec.json", spec());
        FeatureRun features = engine.writeFeatures(Source.file(file), dir.resolve("features").toString());
        assertThat(features.exitCode()).isZero();
        assertThat(features.files()).extracting(f -> f.path().getFileName().toString())
                .containsExactly("Bulk and filtered validation.feature", "dsn~cli-option-parsing~2.feature");
        String feature = Files.readString(dir.resolve("features/Bulk and filtered validation.feature"));
        assertThat(feature).startsWith("@Bulk_and_filtered_validation\n").contains("@Validate_all_specs\n", "@1.1\n");
        // and the Cucumber report of a run of them, with the tags as Cucumber writes them
        Path results = dir.resolve("cucumber.json");
        Files.writeString(results, """
                [{"uri": "features/Bulk and filtered validation.feature", "elements": [
                  {"name": "Validate all specs", "type": "scenario", "line": 5,
                   "tags": [{"name": "@Bulk_and_filtered_validation"}, {"name": "@Validate_all_specs"}],
                   "steps": [{"name": "validate --specs runs", "result": {"status": "passed"}}]},
                  {"name": "1.1 (edge case: empty data)", "type": "scenario", "line": 10,
                   "tags": [{"name": "@Bulk_and_filtered_validation"}, {"name": "@1.1"}],
                   "steps": [{"name": "no spec", "result": {"status": "failed", "error_message": "boom"}}]}]}]
                """, UTF_8);
        // when
        VerifyResult verify = engine.verify(VerifyRequest.of(Source.file(file), List.of(results.toString())));
        // then
        assertThat(verify.verification().unresolved()).isEmpty();
        assertThat(verify.verification().status("Validate all specs")).contains(VerificationStatus.PASSED);
        assertThat(verify.verification().status("1.1")).contains(VerificationStatus.FAILED);
        assertThat(verify.verification().status("FR-001")).contains(VerificationStatus.UNTESTED);
    }
}
