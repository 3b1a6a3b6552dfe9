package io.specdriven.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Id;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.diff.Change;
import io.specdriven.core.diff.ChangeKind;
import io.specdriven.core.diff.ElementKind;
import io.specdriven.core.diff.FieldChange;
import io.specdriven.core.diff.SpecDiff;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a diff with its impact (diffFormat 1). After a deliberate format change, regenerate
 * the golden file with {@code -Dspecdriven.golden.update=true} and review the diff.
 */
class SpecDiffJsonTest {
    static final Path GOLDEN = Path.of("src/test/resources/io/specdriven/json/golden/diff.json");

    private static SpecDiff shopDiff() {
        return SpecDiff.between(Fixtures.shop(), Fixtures.shopV2());
    }

    @Test
    void writes_exactly_the_checked_in_diff() throws IOException {
        // given
        String written = SpecJson.toJson(shopDiff());
        if (Boolean.getBoolean("specdriven.golden.update")) Files.writeString(GOLDEN, written, StandardCharsets.UTF_8);
        // then
        assertThat(written).isEqualTo(TraceabilityJsonTest.golden("diff.json"));
    }

    @Test
    void writes_byte_identical_documents_on_every_run_and_through_every_overload(@TempDir Path dir) {
        // given: two diffs computed independently from equal specs
        String first = SpecJson.toJson(shopDiff());
        SpecDiff second = shopDiff();
        // when
        StringWriter writer = new StringWriter();
        SpecJson.write(second, writer);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        SpecJson.write(second, stream);
        Path file = dir.resolve("diff.json");
        SpecJson.write(second, file);
        // then
        byte[] expected = first.getBytes(StandardCharsets.UTF_8);
        assertThat(writer.toString()).isEqualTo(first);
        assertThat(stream.toByteArray()).isEqualTo(expected);
        assertThat(file).hasBinaryContent(expected);
    }

    @Test
    void writes_every_change_and_suspect_of_the_diff_in_its_order() {
        // given
        SpecDiff diff = shopDiff();
        // when
        JsonNode json = JsonMapper.shared().readTree(SpecJson.toJson(diff));
        // then
        assertThat(json.get("equal").asBoolean()).isFalse();
        assertThat(json.get("counts").get("changed").asInt()).isEqualTo(diff.changes(ChangeKind.CHANGED).size());
        assertThat(json.get("counts").get("suspect").asInt()).isEqualTo(diff.impact().size());
        assertThat(json.get("changes").valueStream().map(c -> c.get("change").asString() + " " + c.get("kind").asString()
                        + " " + c.get("id").asString()))
                .containsExactlyElementsOf(diff.changes().stream()
                        .map(c -> c.kind().name() + " " + c.element().kind().name() + " " + c.element().id()).toList());
        assertThat(json.get("impact").valueStream().map(s -> s.get("kind").asString() + " " + s.get("id").asString()))
                .containsExactlyElementsOf(diff.impact().stream()
                        .map(s -> s.element().kind().name() + " " + s.element().id()).toList());
        JsonNode renamed = json.get("changes").valueStream()
                .filter(c -> c.get("change").asString().equals("RENAMED")).findFirst().orElseThrow();
        assertThat(renamed.get("id").asString()).isEqualTo("REQ-LOG");
        assertThat(renamed.get("previousId").asString()).isEqualTo("REQ-AUDIT");
        JsonNode moved = json.get("changes").valueStream()
                .filter(c -> c.get("change").asString().equals("MOVED")).findFirst().orElseThrow();
        assertThat(moved.get("fields").get(0).get("field").asString()).isEqualTo("position");
    }

    @Test
    void escapes_special_characters_in_values_and_reads_back_the_exact_text() {
        // given: the new statement holds quotes, backslashes, a line break, a tab, € and an emoji
        SpecDiff diff = shopDiff();
        FieldChange statement = change(diff, "REQ-PAY").fields().stream()
                .filter(f -> f.field().equals("statement")).findFirst().orElseThrow();
        // when
        String json = SpecJson.toJson(diff);
        // then
        JsonNode written = JsonMapper.shared().readTree(json).get("changes").valueStream()
                .filter(c -> c.get("id").asString().equals("REQ-PAY")).findFirst().orElseThrow()
                .get("fields").valueStream().filter(f -> f.get("field").asString().equals("statement"))
                .findFirst().orElseThrow();
        assertThat(written.get("newValue").asString()).isEqualTo(statement.newValue().orElseThrow());
        assertThat(written.get("oldValue").asString()).isEqualTo(statement.oldValue().orElseThrow());
        assertThat(json).contains("\\\"3-D Secure\\\";\\nsee C:\\\\docs\\\\pay.md\\tand the € rules 💳.");
        assertThat(json.lines()).allSatisfy(line -> assertThat(line).doesNotContainPattern("[\\x00-\\x1f]"));
    }

    @Test
    void writes_an_unpaired_surrogate_as_a_replacement_character_rather_than_fail() {
        // given
        Spec v1 = Spec.builder("s", "Title").build();
        Spec v2 = Spec.builder("s", "Broken \uD83D title").build();
        // when
        JsonNode json = JsonMapper.shared().readTree(SpecJson.toJson(SpecDiff.between(v1, v2)));
        // then
        assertThat(json.get("changes").get(0).get("fields").get(0).get("newValue").asString())
                .isEqualTo("Broken \uFFFD title");
    }

    @Test
    void an_equal_diff_says_so_with_zero_counts_and_no_lists() {
        assertThat(SpecJson.toJson(SpecDiff.between(Fixtures.shop(), Fixtures.shop()))).isEqualTo("""
                {
                  "diffFormat": 1,
                  "equal": true,
                  "counts": {
                    "added": 0,
                    "removed": 0,
                    "changed": 0,
                    "moved": 0,
                    "renamed": 0,
                    "suspect": 0
                  }
                }
                """);
    }

    @Test
    void a_users_mapper_with_the_module_writes_the_same_diff() {
        // given
        JsonMapper mapper = JsonMapper.builder().addModule(new SpecJsonModule()).build();
        SpecDiff diff = shopDiff();
        // then
        assertThat(mapper.readTree(mapper.writeValueAsString(diff))).isEqualTo(mapper.readTree(SpecJson.toJson(diff)));
    }

    @Test
    void the_format_page_shows_the_diff_of_its_complete_document_exactly() {
        // given: the documented spec, with one criterion's outcome reworded
        Spec v1 = SpecJson.read(FormatDocs.completeDocument());
        Requirement export = v1.requirement(Id.of("REQ-EXPORT")).orElseThrow();
        AcceptanceCriterion empty = export.criteria().get(0);
        Spec v2 = v1.withRequirement(export.toBuilder()
                .criteria(List.of(empty.toBuilder().then("an empty file with only the header row is downloaded").build()))
                .build());
        // then
        assertThat(SpecJson.toJson(SpecDiff.between(v1, v2))).isEqualTo(FormatDocs.outputExample("diff"));
    }

    private static Change change(SpecDiff diff, String id) {
        return diff.changes().stream().filter(c -> c.kind() == ChangeKind.CHANGED
                && c.element().kind() == ElementKind.REQUIREMENT && c.element().id().value().equals(id))
                .findFirst().orElseThrow();
    }
}
