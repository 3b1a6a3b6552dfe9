package io.specdriven.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.specdriven.core.Spec;
import io.specdriven.core.diff.SpecDiff;
import io.specdriven.core.trace.Traceability;
import io.specdriven.testkit.SyntheticSpecs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The agent contract's schemas for the tool JSON of traces and diffs (issue 15): what the library and
 * {@code spec trace|diff --format json} write validates, checked by an independent validator (networknt), and
 * the schemas are strict enough to refuse a field they do not know or another format version.
 */
class ToolJsonSchemaTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema TRACE = schema(SpecJson.traceSchema());
    private static final Schema DIFF = schema(SpecJson.diffSchema());

    @Test
    void the_golden_trace_and_diff_documents_validate() throws IOException {
        assertThat(errors(TRACE, golden("trace.json"))).isEmpty();
        assertThat(errors(DIFF, golden("diff.json"))).isEmpty();
    }

    @Test
    void traces_of_small_rich_and_synthetic_specs_validate() {
        Spec synthetic = SyntheticSpecs.builder(200).defects(2).build().spec();
        for (Spec spec : List.of(Fixtures.minimal(), Fixtures.rich(), Fixtures.shop(), synthetic)) {
            assertThat(errors(TRACE, SpecJson.toJson(Traceability.of(spec)))).as(spec.id().value()).isEmpty();
        }
    }

    @Test
    void diffs_equal_changed_and_synthetic_validate() {
        Spec synthetic = SyntheticSpecs.builder(600).defects(1).build().spec();
        List<SpecDiff> diffs = List.of(SpecDiff.between(Fixtures.shop(), Fixtures.shop()),
                SpecDiff.between(Fixtures.shop(), Fixtures.shopV2()),
                SpecDiff.between(Fixtures.minimal(), Fixtures.rich()),
                SpecDiff.between(synthetic, SyntheticSpecs.nextVersion(synthetic)));
        for (SpecDiff diff : diffs) assertThat(errors(DIFF, SpecJson.toJson(diff))).isEmpty();
        assertThat(diffs.get(3).changes()).as("the synthetic diff has changes to check").isNotEmpty();
    }

    @Test
    void a_field_the_schema_does_not_know_and_another_format_version_are_refused() {
        ObjectNode trace = (ObjectNode) JSON.readTree(SpecJson.toJson(Traceability.of(Fixtures.shop())));
        ObjectNode diff = (ObjectNode) JSON.readTree(SpecJson.toJson(SpecDiff.between(Fixtures.shop(), Fixtures.shopV2())));
        assertThat(errors(TRACE, trace.deepCopy().put("extra", 1).toString())).isNotEmpty();
        assertThat(errors(TRACE, trace.deepCopy().put("traceFormat", 2).toString())).isNotEmpty();
        assertThat(errors(DIFF, diff.deepCopy().put("diffFormat", 2).toString())).isNotEmpty();
        ((ObjectNode) diff.get("changes").get(0)).put("change", "TOUCHED");
        assertThat(errors(DIFF, diff.toString())).isNotEmpty();
    }

    private static Schema schema(String text) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JSON.readTree(text));
    }

    private static List<String> errors(Schema schema, String json) {
        JsonNode tree = JSON.readTree(json);
        return schema.validate(tree).stream().map(Error::toString).toList();
    }

    private static String golden(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/io/specdriven/json/golden", name), StandardCharsets.UTF_8);
    }
}
