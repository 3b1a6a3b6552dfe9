package io.specdriven.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.specdriven.core.Id;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.diff.SpecDiff;
import io.specdriven.core.source.SpecReadException;
import io.specdriven.core.trace.Traceability;
import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.validation.Violation;
import io.specdriven.core.view.FeatureFile;
import io.specdriven.core.view.SpecViews;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ids as real tools write them (issue 9), read from JSON: the OpenFastTrace and OpenSpec fixtures (sources
 * in realids/README.md) and each id of the issue as every kind of element and reference.
 */
class RealIdsJsonTest {

    static String fixture(String name) throws IOException {
        try (InputStream in = RealIdsJsonTest.class.getResourceAsStream("realids/" + name + ".spec.json")) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"openfasttrace-system-requirements", "openspec-cli-validate"})
    void real_fixtures_read_round_trip_and_validate_without_reference_findings_issue_9(String name) throws IOException {
        // when
        Spec spec = SpecJson.read(fixture(name));
        // then: canonical JSON reads back to the same spec, with the ids exactly as written
        assertThat(SpecJson.read(SpecJson.toJson(spec))).isEqualTo(spec);
        for (Profile profile : Profile.values()) {
            ValidationReport report = SpecValidator.of(profile).validate(spec);
            assertThat(report.violations()).as("%s in %s", name, profile).extracting(Violation::ruleId)
                    .noneMatch(r -> r.startsWith("ref.") || r.startsWith("structure."));
        }
        // every view renders; the Gherkin features carry one tag per requirement and criterion
        assertThat(SpecViews.markdown(spec)).contains(spec.requirements().get(0).id().value().replace("~", "\\~"));
        assertThat(SpecViews.mermaidErDiagram(spec)).startsWith("erDiagram");
        assertThat(SpecViews.plantUmlUseCaseDiagram(spec)).startsWith("@startuml");
        List<FeatureFile> features = SpecViews.gherkin(spec);
        assertThat(features).hasSameSizeAs(spec.requirements());
        assertThat(SpecJson.toJson(Traceability.of(spec))).contains(jsonString(spec.requirements().get(0).id().value()));
    }

    private static String jsonString(String text) {
        return "\"" + text + "\"";
    }

    @Test
    void openfasttrace_ids_and_their_links_are_kept_exactly_issue_9() throws IOException {
        // when
        Spec spec = SpecJson.read(fixture("openfasttrace-system-requirements"));
        // then
        assertThat(spec.requirements()).extracting(r -> r.id().value()).contains("feat~requirement-tracing~1",
                "req~specification-item~2", "req~tracing.defect-items~2", "dsn~cli.command-selection~1");
        Requirement dsn = spec.requirement("dsn~cli.command-selection~1").orElseThrow();
        assertThat(dsn.dependsOn()).containsExactly(Id.of("req~cli.tracing.command~1"));
        // an OpenFastTrace revision bump is a rename the diff reports, and what depended on the old id is suspect
        Spec bumped = SpecJson.read(fixture("openfasttrace-system-requirements")
                .replace("req~cli.tracing.command~1\",\n      \"title\"", "req~cli.tracing.command~2\",\n      \"title\"")
                .replace("\"dependsOn\": [\"req~cli.tracing.command~1\"]", "\"dependsOn\": [\"req~cli.tracing.command~2\"]"));
        SpecDiff diff = SpecDiff.between(spec, bumped);
        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.toText()).contains("req~cli.tracing.command~2");
        assertThat(SpecJson.toJson(diff)).contains("req~cli.tracing.command~2");
    }

    @Test
    void openspec_header_ids_become_tags_that_verify_reads_back_issue_9() throws IOException {
        // when
        Spec spec = SpecJson.read(fixture("openspec-cli-validate"));
        List<FeatureFile> features = SpecViews.gherkin(spec);
        // then
        assertThat(features).extracting(FeatureFile::fileName).containsExactly("Top-level validate command.feature",
                "Bulk and filtered validation.feature", "Item type detection and ambiguity handling.feature");
        assertThat(features.get(1).content()).startsWith("@Bulk_and_filtered_validation\nFeature: Bulk and filtered validation ")
                .contains("  @Validate_all_specs\n  Scenario: Validate all specs\n");
        assertThat(spec.useCases().get(0).realizes()).containsExactly(Id.of("Bulk and filtered validation"));
    }

    @Test
    void every_issue_id_reads_as_every_kind_of_element_and_reference_issue_9() {
        for (String id : MalformedCorpus.REAL_IDS) {
            // given: the id as a requirement, criterion (suffixed), use case, actor and entity, each referenced
            String json = "{\"specFormat\": 1, \"id\": " + q(id) + ", \"title\": \"t\","
                    + " \"actors\": [{\"id\": " + q(id + " actor") + ", \"name\": \"n\"}],"
                    + " \"requirements\": [{\"id\": " + q(id) + ", \"title\": \"t\", \"statement\": \"The system shall work.\","
                    + " \"criteria\": [{\"id\": " + q(id + ".1") + ", \"then\": \"x\"}]},"
                    + " {\"id\": " + q(id + " 2") + ", \"title\": \"t\", \"statement\": \"s\", \"dependsOn\": [" + q(id) + "]}],"
                    + " \"useCases\": [{\"id\": " + q("UC " + id) + ", \"title\": \"t\", \"primaryActor\": " + q(id + " actor") + ","
                    + " \"mainFlow\": [{\"number\": 1, \"actor\": " + q(id + " actor") + ", \"action\": \"a\"}],"
                    + " \"realizes\": [" + q(id) + "], \"uses\": [" + q("E " + id) + "]}],"
                    + " \"entities\": [{\"name\": " + q("E " + id) + ", \"relationships\": [{\"name\": \"self\", \"target\": "
                    + q("E " + id) + "}]}]}";
            // when
            Spec spec = SpecJson.read(json);
            // then
            assertThat(spec.id().value()).isEqualTo(id);
            assertThat(spec.requirements().get(1).dependsOn()).containsExactly(Id.of(id));
            assertThat(SpecValidator.of(Profile.BASIC).validate(spec).violations()).as(id).extracting(Violation::ruleId)
                    .noneMatch(r -> r.startsWith("ref."));
            assertThat(SpecJson.read(SpecJson.toJson(spec))).isEqualTo(spec);
        }
    }

    private static String q(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void an_error_inside_an_element_with_a_real_id_is_located_by_position_issue_9() throws IOException {
        // given: a wrong kind on the requirement dsn~cli.command-selection~1 (the ninth)
        String json = fixture("openfasttrace-system-requirements").replace("\"kind\": \"FUNCTIONAL\",\n      \"dependsOn\": [\"req~cli.tracing.command~1\"]",
                "\"kind\": \"FUNKTIONAL\",\n      \"dependsOn\": [\"req~cli.tracing.command~1\"]");
        // then: JSON Pointers name array elements by index, so no id text (with its ~ and /) is in them
        assertThatThrownBy(() -> SpecJson.read(json)).isInstanceOfSatisfying(SpecReadException.class, e -> {
            assertThat(e.pointer()).isEqualTo("/requirements/8/kind");
            assertThat(e.getMessage()).contains("requirements[8].kind");
        });
    }
}
