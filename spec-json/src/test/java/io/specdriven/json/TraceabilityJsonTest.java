package io.specdriven.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.core.Spec;
import io.specdriven.core.trace.Traceability;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of the traceability matrix (traceFormat 1). After a deliberate format change, regenerate
 * the golden file with {@code -Dspecdriven.golden.update=true} and review the diff.
 */
class TraceabilityJsonTest {
    static final Path GOLDEN = Path.of("src/test/resources/io/specdriven/json/golden/trace.json");

    @Test
    void writes_exactly_the_checked_in_trace() throws IOException {
        // given
        String written = SpecJson.toJson(Traceability.of(Fixtures.shop()));
        if (Boolean.getBoolean("specdriven.golden.update")) Files.writeString(GOLDEN, written, StandardCharsets.UTF_8);
        // then
        assertThat(written).isEqualTo(golden("trace.json"));
    }

    @Test
    void writes_byte_identical_documents_on_every_run_and_through_every_overload(@TempDir Path dir) {
        // given: two traces computed independently from two equal specs
        String first = SpecJson.toJson(Traceability.of(Fixtures.shop()));
        Traceability second = Traceability.of(Fixtures.shop());
        // when
        StringWriter writer = new StringWriter();
        SpecJson.write(second, writer);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        SpecJson.write(second, stream);
        Path file = dir.resolve("trace.json");
        SpecJson.write(second, file);
        // then
        byte[] expected = first.getBytes(StandardCharsets.UTF_8);
        assertThat(writer.toString()).isEqualTo(first);
        assertThat(stream.toByteArray()).isEqualTo(expected);
        assertThat(file).hasBinaryContent(expected);
    }

    @Test
    void lists_each_requirements_criteria_use_cases_and_entities_and_the_links_backwards() {
        // given
        Traceability trace = Traceability.of(Fixtures.shop());
        // when
        JsonNode json = JsonMapper.shared().readTree(SpecJson.toJson(trace));
        // then
        JsonNode cart = json.get("requirements").get(0);
        assertThat(cart.get("id").asString()).isEqualTo("REQ-CART");
        assertThat(texts(cart.get("criteria"))).containsExactly("AC-ADD", "AC-STOCK");
        assertThat(texts(cart.get("useCases"))).containsExactly("UC-SHOP");
        assertThat(texts(cart.get("entities"))).containsExactly("Product", "Cart");
        assertThat(json.get("entities").valueStream().map(e -> e.get("name").asString()))
                .containsExactly("Product", "Cart", "Order");
        JsonNode product = json.get("entities").get(0);
        assertThat(texts(product.get("useCases"))).containsExactly("UC-SHOP", "UC-STOCK");
        assertThat(texts(product.get("requirements"))).containsExactly("REQ-CART");
        assertThat(json.get("complete").asBoolean()).isFalse();
        assertThat(texts(json.get("orphans").get("useCasesWithoutRequirements"))).containsExactly("UC-STOCK");
        assertThat(texts(json.get("orphans").get("entitiesWithoutUseCases"))).containsExactly("Invoice");
    }

    @Test
    void a_spec_without_anything_to_trace_is_complete_and_lists_nothing() {
        assertThat(SpecJson.toJson(Traceability.of(Spec.builder("empty", "Nothing yet").build())))
                .isEqualTo("{\n  \"traceFormat\": 1,\n  \"complete\": true\n}\n");
    }

    @Test
    void a_users_mapper_with_the_module_writes_the_same_trace() {
        // given
        JsonMapper mapper = JsonMapper.builder().addModule(new SpecJsonModule()).build();
        Traceability trace = Traceability.of(Fixtures.shop());
        // then
        assertThat(mapper.readTree(mapper.writeValueAsString(trace))).isEqualTo(mapper.readTree(SpecJson.toJson(trace)));
    }

    @Test
    void the_format_page_shows_the_trace_of_its_complete_document_exactly() {
        // given
        Spec documented = SpecJson.read(FormatDocs.completeDocument());
        // then
        assertThat(SpecJson.toJson(Traceability.of(documented))).isEqualTo(FormatDocs.outputExample("trace"));
    }

    static java.util.List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    static String golden(String name) throws IOException {
        try (InputStream in = TraceabilityJsonTest.class.getResourceAsStream("golden/" + name)) {
            assertThat(in).as("golden file %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
