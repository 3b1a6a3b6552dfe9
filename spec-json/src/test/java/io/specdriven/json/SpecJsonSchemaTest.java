package io.specdriven.json;

import io.specdriven.core.source.SpecReadException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.specdriven.json.internal.Shape;
import io.specdriven.json.internal.Shapes;
import io.specdriven.testkit.SpecGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks the shipped JSON Schema against the reader with an independent validator (networknt): every
 * document the writer produces is schema-valid, and every malformed document is refused by both.
 */
class SpecJsonSchemaTest {
    /**
     * A standard JSON parser for the schema side: RFC 8259 only, nothing lenient. Duplicate names are legal
     * RFC 8259 JSON, so it keeps the last, as most JSON tools do; refusing them is the reader's own rule.
     */
    private static final JsonMapper STRICT = JsonMapper.builder(JsonFactory.builder()
                    // Generous bounds: the reader's limits are what the corpus tests, not Jackson's.
                    .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(1_000_000)
                            .maxNameLength(1_000_000).build())
                    .build())
            // Exact decimals, as the reader keeps them: 1e999999 is a number, not a double overflow.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static Schema schema;
    private static JsonNode schemaTree;

    @BeforeAll
    static void load_the_schema_through_the_public_api() {
        schemaTree = STRICT.readTree(SpecJson.schema());
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaTree);
    }

    @Test
    void the_schema_declares_draft_2020_12_and_the_url_documents_name() {
        assertThat(schemaTree.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schemaTree.get("$id").asString()).isEqualTo(SpecJson.SCHEMA_URL);
    }

    @Test
    void the_schema_and_the_reader_know_the_same_fields_in_the_same_order_and_require_the_same() {
        for (Map.Entry<String, Shape> e : Shapes.BY_SCHEMA_NAME.entrySet()) {
            JsonNode def = e.getKey().equals("spec") ? schemaTree : schemaTree.get("$defs").get(e.getKey());
            assertThat(def).as(e.getKey()).isNotNull();
            assertThat(def.get("properties").propertyNames()).as(e.getKey())
                    .containsExactlyElementsOf(e.getValue().fields());
            assertThat(texts(def.get("required"))).as(e.getKey())
                    .containsExactlyInAnyOrderElementsOf(e.getValue().required());
            assertThat(def.get("additionalProperties").asBoolean()).as(e.getKey()).isFalse();
        }
    }

    /** Example specs kept in the repository; surefire runs in the module's directory. */
    static final List<Path> EXAMPLE_DIRS = List.of(
            Path.of("../spec-examples/src/main/resources/io/specdriven/examples"), Path.of("../docs/examples"));

    static List<Path> exampleFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : EXAMPLE_DIRS) {
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(p -> p.getFileName().toString().endsWith(".spec.json")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    static Stream<Arguments> validDocuments() throws IOException {
        List<Arguments> docs = new ArrayList<>();
        docs.add(Arguments.of("golden minimal", SpecJsonGoldenTest.golden("minimal")));
        docs.add(Arguments.of("golden rich", SpecJsonGoldenTest.golden("rich")));
        for (long seed = 1; seed <= 40; seed++) {
            docs.add(Arguments.of("generated, seed " + seed, SpecJson.toJson(new SpecGenerator(seed).spec())));
        }
        List<String> pageExamples = FormatDocs.examples();
        for (int i = 0; i < pageExamples.size(); i++) {
            docs.add(Arguments.of("docs/format.md, document " + (i + 1), pageExamples.get(i)));
        }
        for (Path file : exampleFiles()) {
            docs.add(Arguments.of(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
        // Ids count code points on both sides: 101 astral letters are 202 UTF-16 units, and still valid.
        docs.add(Arguments.of("id of 101 astral letters", MalformedCorpus.DOC.replace("\"s\"",
                "\"" + "\uD835\uDC00".repeat(101) + "\"")));
        docs.add(Arguments.of("id of 200 astral letters", MalformedCorpus.DOC.replace("\"s\"",
                "\"" + "\uD835\uDC00".repeat(200) + "\"")));
        docs.add(Arguments.of("id of 200 CJK characters, issue 9", MalformedCorpus.DOC.replace("\"s\"",
                "\"" + "中".repeat(200) + "\"")));
        for (String fixture : List.of("openfasttrace-system-requirements", "openspec-cli-validate")) {
            docs.add(Arguments.of("real ids fixture " + fixture + ", issue 9", RealIdsJsonTest.fixture(fixture)));
        }
        for (String fixture : List.of("kiro-user-authentication", "speckit-user-directory")) {
            docs.add(Arguments.of("real spec fixture " + fixture + ", issue 9", RealSpecsJsonTest.fixture(fixture)));
        }
        for (String id : MalformedCorpus.REAL_IDS) {
            docs.add(Arguments.of("id as real tools write it: " + id + ", issue 9", MalformedCorpus.DOC.replace("\"s\"",
                    "\"" + id + "\"")));
        }
        return docs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validDocuments")
    void every_written_documented_or_example_document_is_valid_against_the_schema_and_readable(
            String name, String json) {
        assertThat(messages(schema.validate(STRICT.readTree(json)))).isEmpty();
        assertThat(SpecJson.reader().read(json, name)).isNotNull();
    }

    @Test
    void the_repositorys_example_specs_are_all_checked() throws IOException {
        assertThat(exampleFiles()).extracting(p -> p.getFileName().toString())
                .contains("csv-export.spec.json", "specdriven.spec.json", "webshop.spec.json", "flawed.spec.json",
                        "password-reset.spec.json", "password-reset-v2.spec.json", "unsubscribe.spec.json");
    }

    @Test
    void the_format_page_shows_an_example_of_every_element_and_each_is_valid_against_its_definition() {
        Map<String, String> examples = FormatDocs.elementExamples();
        List<String> elements = new ArrayList<>(Shapes.BY_SCHEMA_NAME.keySet());
        elements.remove("spec");
        assertThat(examples.keySet()).containsExactlyInAnyOrderElementsOf(elements);
        for (Map.Entry<String, String> e : examples.entrySet()) {
            ObjectNode definition = STRICT.createObjectNode();
            definition.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            definition.put("$ref", "#/$defs/" + e.getKey());
            definition.set("$defs", schemaTree.get("$defs"));
            Schema element = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(definition);
            assertThat(messages(element.validate(STRICT.readTree(e.getValue())))).as(e.getKey()).isEmpty();
        }
    }

    @Test
    void the_format_page_shows_complete_documents_in_canonical_form() {
        assertThat(FormatDocs.examples()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(json -> assertThat(SpecJson.toJson(SpecJson.read(json))).isEqualTo(json));
    }

    static Stream<MalformedCorpus.Case> corpus() {
        // The largest documents only test reader limits; parsing 40 MB into a tree proves nothing more.
        return MalformedCorpus.all().stream().filter(c -> c.bytes().length < 5_000_000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void the_schema_side_agrees_with_the_reader_on_every_malformed_document(MalformedCorpus.Case c) {
        // given: the reader refuses every corpus document (SpecJsonMalformedTest pins how)
        assertThatThrownBy(() -> SpecJson.reader().read(new ByteArrayInputStream(c.bytes())))
                .isInstanceOf(SpecReadException.class);
        // then
        switch (c.schema()) {
            case NOT_JSON -> assertThat(isJson(strictUtf8(c.bytes()))).isFalse();
            case REJECTS -> {
                // The schema must see the same fault, not another: it rejects at the reader's pointer or at an
                // ancestor (an unknown field is the object's additionalProperties error).
                List<Error> errors = schema.validate(tree(c.bytes()));
                List<Object> at = pointerSegments(c.pointer());
                assertThat(errors).as("schema errors").isNotEmpty();
                assertThat(errors).as("a schema error at %s or an ancestor: %s", c.pointer(), messages(errors))
                        .anyMatch(e -> isPrefix(locationSegments(e.getInstanceLocation()), at));
            }
            case READER_ONLY -> assertThat(messages(schema.validate(tree(c.bytes()))))
                    .as("a reader-only bound the schema cannot express").isEmpty();
        }
    }

    /** The segments of an RFC 6901 pointer; array indexes stay strings, as a pointer cannot tell them apart. */
    private static List<Object> pointerSegments(String pointer) {
        List<Object> out = new ArrayList<>();
        if (pointer.isEmpty()) return out;
        for (String s : pointer.substring(1).split("/", -1)) out.add(s.replace("~1", "/").replace("~0", "~"));
        return out;
    }

    private static List<Object> locationSegments(NodePath path) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) out.add(String.valueOf(path.getElement(i)));
        return out;
    }

    private static boolean isPrefix(List<Object> prefix, List<Object> of) {
        return prefix.size() <= of.size() && of.subList(0, prefix.size()).equals(prefix);
    }

    private static JsonNode tree(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            return STRICT.readTree(text);
        } catch (NumberFormatException e) {
            // An exponent BigDecimal cannot hold (1e9999999999) is still a JSON number, and the schema puts no
            // bound on numbers: validate the document with a stand-in exponent of the same sign.
            return STRICT.readTree(text.replaceAll("([eE][+-]?)[0-9]{10,}", "$19"));
        }
    }

    private static boolean isJson(String text) {
        try {
            JsonNode tree = STRICT.readTree(text);
            return tree != null && !tree.isMissingNode();
        } catch (JacksonException e) {
            return false;
        }
    }

    /** Decodes like a strict tool would: bytes that are not UTF-8 are not JSON text at all (RFC 8259 §8.1). */
    private static String strictUtf8(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF) s = s.substring(1);
            return s;
        } catch (java.nio.charset.CharacterCodingException e) {
            return "\u0000 not UTF-8";
        }
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(Error::toString).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
