package io.specdriven.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.specdriven.core.Spec;
import io.specdriven.core.diff.SpecDiff;
import io.specdriven.core.trace.Traceability;
import io.specdriven.core.validation.SpecValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Schema portability (issue 12): every JSON Schema we publish compiles in ajv (draft 2020-12, strict mode)
 * and in Python's {@code jsonschema}, every pattern compiles as ECMA-262 (with and without the u flag) and
 * in Python's {@code re}, and both validators accept the documents our reader accepts and refuse the
 * malformed ones the schema is meant to refuse. The build installs the pinned ajv with {@code npm ci}
 * into {@code target/schema-check}; Python's jsonschema cannot be fetched by the build, so that check runs
 * only where it is installed, and is reported as skipped otherwise (docs/build-notes.md).
 */
class SchemaPortabilityTest {
    private static final Path HARNESS = Path.of("target/schema-check");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** Every schema of the project, by name. rules-1 belongs to spec-engine, beside this module. */
    static final Map<String, Path> SCHEMAS = new LinkedHashMap<>();

    static {
        Path json = Path.of("src/main/resources/io/specdriven/json");
        SCHEMAS.put("spec-1", json.resolve("spec-1.schema.json"));
        SCHEMAS.put("report-2", json.resolve("report-2.schema.json"));
        SCHEMAS.put("trace-1", json.resolve("trace-1.schema.json"));
        SCHEMAS.put("diff-1", json.resolve("diff-1.schema.json"));
        SCHEMAS.put("rules-1", Path.of("../spec-engine/src/main/resources/io/specdriven/engine/rules-1.schema.json"));
    }

    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_INTEGER_FOR_INTS).build();
    private static Path manifest;
    private static int valid;
    private static int invalid;

    @BeforeAll
    static void writes_the_manifest() throws IOException {
        List<Map<String, Object>> schemas = new ArrayList<>();
        SCHEMAS.forEach((name, path) -> {
            assertThat(path).as("schema %s", name).isRegularFile();
            schemas.add(Map.of("name", name, "path", path.toAbsolutePath().toString()));
        });
        List<Map<String, Object>> documents = new ArrayList<>();
        // every document our reader accepts: goldens, docs/format.md's examples, the example specs, generated
        // specs and ids as real tools write them
        for (Arguments a : SpecJsonSchemaTest.validDocuments().toList()) {
            if (beyondADouble((String) a.get()[1])) continue;
            documents.add(document("valid: " + a.get()[0], "spec-1", (String) a.get()[1], true));
        }
        // the outputs of the example specs, against their own schemas
        for (Path file : SpecJsonSchemaTest.exampleFiles()) {
            Spec spec = SpecJson.read(file);
            documents.add(document("report of " + file, "report-2", SpecJson.toJson(SpecValidator.standard().validate(spec)), true));
            documents.add(document("trace of " + file, "trace-1", SpecJson.toJson(Traceability.of(spec)), true));
            documents.add(document("diff of " + file, "diff-1", SpecJson.toJson(SpecDiff.between(spec, spec)), true));
        }
        // what the reader refuses and the schema can see, refused by the schema too; what only the reader can
        // refuse (limits, surrogates) is schema-valid, as for our Java validator
        for (MalformedCorpus.Case c : SpecJsonSchemaTest.corpus().toList()) {
            if (c.schema() == MalformedCorpus.Schema.NOT_JSON) continue;
            // JavaScript reads 1e999999 as Infinity and Python refuses integers of more than 4300 digits, before
            // any schema sees them: such reader-only cases stay with the Java validator (SpecJsonSchemaTest)
            if (c.schema() == MalformedCorpus.Schema.READER_ONLY && beyondADouble(utf8(c.bytes()))) continue;
            documents.add(document(c.schema() + ": " + c.name(), "spec-1", utf8(c.bytes()),
                    c.schema() == MalformedCorpus.Schema.READER_ONLY));
        }
        valid = (int) documents.stream().filter(d -> (Boolean) d.get("expectValid")).count();
        invalid = documents.size() - valid;
        Files.createDirectories(HARNESS);
        manifest = HARNESS.resolve("manifest.json");
        MAPPER.writeValue(manifest.toFile(), Map.of("schemas", schemas, "documents", documents));
    }

    /**
     * Whether the document holds a number a JavaScript or Python JSON parser cannot hold before any schema
     * sees it: beyond a double (JavaScript reads Infinity or 0) or an integer of more than 4300 digits (Python
     * refuses it). Such documents stay with the Java validator (SpecJsonSchemaTest).
     */
    private static boolean beyondADouble(String json) {
        JsonNode root;
        try {
            root = EXACT.readTree(json);
        } catch (tools.jackson.core.JacksonException | NumberFormatException e) {
            return true; // beyond even BigDecimal's range, or Jackson's own limits: leave it to the Java side
        }
        return beyondADouble(root);
    }

    private static boolean beyondADouble(JsonNode node) {
        if (node.isNumber()) {
            java.math.BigDecimal value = node.decimalValue();
            double d = value.doubleValue();
            return Double.isInfinite(d) || (d == 0 && value.signum() != 0) || value.precision() > 4000;
        }
        return (node.isArray() || node.isObject()) && node.valueStream().anyMatch(SchemaPortabilityTest::beyondADouble);
    }

    private static Map<String, Object> document(String name, String schema, String text, boolean expectValid) {
        return Map.of("name", name, "schema", schema, "text", text, "expectValid", expectValid);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a corpus document the schema sees is not UTF-8", e);
        }
    }

    @Test
    void every_schema_and_pattern_compiles_in_ajv_strict_and_agrees_with_the_reader_issue_12() {
        // given: the build installed the pinned ajv
        assertThat(HARNESS.resolve("node_modules/ajv/package.json"))
                .as("ajv, installed by the build (npm ci in spec-json's process-test-resources phase); run the"
                        + " test through Maven, or npm ci in %s", HARNESS.toAbsolutePath()).isRegularFile();
        // when
        JsonNode result = run("node", HARNESS.resolve("check-schemas.cjs").toString());
        // then
        assertThat(result.get("ajv").asString()).isEqualTo("8.20.0");
        assertAllCompiled(result, 2);
        assertAgrees(result);
    }

    @Test
    void every_schema_and_pattern_compiles_in_python_jsonschema_and_agrees_with_the_reader_issue_12() {
        // given: PyPI is not reachable from the build, so the check needs a jsonschema already installed
        assumeTrue(pythonHasJsonschema(), "skipped: python3 with the jsonschema package is not installed"
                + " (pip install jsonschema); the ajv check still runs");
        // when
        JsonNode result = run("python3", HARNESS.resolve("check_schemas.py").toString());
        // then
        assertThat(result.get("jsonschema").asString()).isNotBlank();
        assertAllCompiled(result, 1);
        assertAgrees(result);
    }

    @Test
    void the_harness_refuses_a_pattern_that_is_not_portable() throws IOException {
        // given: the former id pattern, with \p{..} classes
        Path old = HARNESS.resolve("old-id.schema.json");
        Files.writeString(old, "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": \"string\","
                + " \"pattern\": \"^[\\\\p{L}\\\\p{Nd}][\\\\p{L}\\\\p{Nd}\\\\p{M}._-]*$\"}");
        Path oneSchema = HARNESS.resolve("manifest-old.json");
        MAPPER.writeValue(oneSchema.toFile(), Map.of("schemas", List.of(Map.of("name", "old", "path",
                old.toAbsolutePath().toString())), "documents", List.of()));
        assumeTrue(Files.isRegularFile(HARNESS.resolve("node_modules/ajv/package.json")), "ajv is not installed");
        // when
        JsonNode ajv = run(oneSchema, "node", HARNESS.resolve("check-schemas.cjs").toString());
        // then: the ajv harness names it even though JavaScript compiles it
        assertThat(ajv.get("patterns").valueStream().filter(p -> !p.get("ok").asBoolean()).toList()).isNotEmpty();
        if (pythonHasJsonschema()) {
            JsonNode python = run(oneSchema, "python3", HARNESS.resolve("check_schemas.py").toString());
            assertThat(python.get("schemas").get(0).get("ok").asBoolean()).isFalse();
            assertThat(python.get("patterns").get(0).get("error").asString()).contains("bad escape \\p");
        }
    }

    private static void assertAllCompiled(JsonNode result, int flagsPerPattern) {
        assertThat(result.get("schemas").valueStream().map(s -> s.get("name").asString() + " "
                + (s.get("ok").asBoolean() ? "ok" : s.get("error").asString())).toList())
                .containsExactlyElementsOf(SCHEMAS.keySet().stream().map(n -> n + " ok").toList());
        List<JsonNode> patterns = result.get("patterns").valueStream().toList();
        assertThat(patterns).as("patterns found in the schemas").hasSizeGreaterThanOrEqualTo(3 * flagsPerPattern);
        assertThat(patterns).filteredOn(p -> !p.get("ok").asBoolean()).as("patterns that do not compile").isEmpty();
    }

    private static void assertAgrees(JsonNode result) {
        List<JsonNode> docs = result.get("documents").valueStream().toList();
        assertThat(docs).hasSize(valid + invalid);
        List<String> disagreements = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        try {
            JsonNode sent = MAPPER.readTree(manifest.toFile()).get("documents");
            for (int i = 0; i < docs.size(); i++) {
                boolean expect = sent.get(i).get("expectValid").asBoolean();
                if (docs.get(i).get("valid").asBoolean() != expect) {
                    disagreements.add(docs.get(i).get("name").asString() + ": " + docs.get(i).get("errors"));
                }
                expected.add(sent.get(i).get("name").asString());
            }
        } catch (tools.jackson.core.JacksonException e) {
            throw new AssertionError(e);
        }
        assertThat(docs).extracting(d -> d.get("name").asString()).containsExactlyElementsOf(expected);
        assertThat(disagreements).as("documents where the validator and our reader disagree").isEmpty();
        assertThat(valid).as("valid documents checked").isGreaterThan(50);
        assertThat(invalid).as("invalid documents checked").isGreaterThan(30);
    }

    private static JsonNode run(String... command) {
        return run(manifest, command);
    }

    private static JsonNode run(Path manifestFile, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.add(manifestFile.toAbsolutePath().toString());
        try {
            Process p = new ProcessBuilder(args).redirectErrorStream(false).start();
            p.getOutputStream().close();
            byte[] out;
            byte[] err;
            try (InputStream stdout = p.getInputStream(); InputStream stderr = p.getErrorStream()) {
                out = stdout.readAllBytes();
                err = stderr.readAllBytes();
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
            }
            assertThat(p.exitValue()).as("%s exit code; stderr: %s", args, new String(err, StandardCharsets.UTF_8))
                    .isZero();
            return MAPPER.readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static boolean pythonHasJsonschema() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import jsonschema").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false; // no python3 at all
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
