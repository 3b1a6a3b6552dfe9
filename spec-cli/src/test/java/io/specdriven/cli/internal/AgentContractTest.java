package io.specdriven.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.specdriven.json.SpecJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agent contract of docs/agents.md (issue 15), held by the real command: every {@code --format json}
 * output is exactly one JSON document on stdout (stderr is for people: empty unless a file is unreadable), it validates against the versioned
 * schema of its command, every finding carries rule, severity, message, path, fix and file (line where the
 * reader knows it), and the exit codes are the documented ones.
 */
class AgentContractTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EXAMPLES = "../spec-examples/src/main/resources/io/specdriven/examples/";

    @Test
    void check_writes_one_report_document_whose_findings_all_carry_rule_severity_message_path_fix_and_file() {
        // when
        ToolRun run = ToolRun.run("check", "--format", "json", EXAMPLES + "flawed.spec.json", EXAMPLES + "csv-export.spec.json");
        // then
        JsonNode report = oneDocument(run);
        assertThat(run.err()).as("stderr").isEmpty();
        assertThat(run.exitCode()).isEqualTo(1).isEqualTo(report.get("exitCode").asInt());
        assertThat(errors(schema(SpecJson.reportSchema()), report)).isEmpty();
        List<JsonNode> findings = report.get("files").valueStream()
                .flatMap(f -> f.get("report").path("findings").valueStream()).toList();
        assertThat(findings).hasSizeGreaterThan(50);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.has("rule") && f.has("severity") && f.has("message") && f.has("path") && f.has("file"))
                    .as("%s", f).isTrue();
            assertThat(f.path("fix").asString()).as("fix of %s", f.get("rule")).isNotBlank();
        });
        // the reader knows where each element stands: every finding on an element has its line
        assertThat(findings).filteredOn(f -> f.has("element")).allSatisfy(f ->
                assertThat(f.path("line").asInt()).as("line of %s", f).isPositive());
    }

    @Test
    void an_unreadable_file_is_still_one_document_with_exit_code_2() {
        ToolRun run = ToolRun.run("check", "--format", "json", "missing.spec.json");
        JsonNode report = oneDocument(run);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(report.get("files").get(0).get("status").asString()).isEqualTo("unreadable");
        // stdout stays one document; the person at the terminal still reads why on stderr
        assertThat(run.err()).isEqualTo("missing.spec.json: no such file\n");
        assertThat(errors(schema(SpecJson.reportSchema()), report)).isEmpty();
    }

    @Test
    void trace_diff_and_rules_write_one_document_each_that_validates_against_its_schema() throws IOException {
        String csv = EXAMPLES + "csv-export.spec.json";
        String webshop = EXAMPLES + "webshop.spec.json";
        ToolRun trace = ToolRun.run("trace", "--format", "json", csv);
        ToolRun diff = ToolRun.run("diff", "--format", "json", csv, webshop);
        ToolRun same = ToolRun.run("diff", "--format", "json", csv, csv);
        ToolRun rules = ToolRun.run("rules", "--format", "json");

        assertThat(errors(schema(SpecJson.traceSchema()), oneDocument(trace))).isEmpty();
        assertThat(errors(schema(SpecJson.diffSchema()), oneDocument(diff))).isEmpty();
        assertThat(errors(schema(SpecJson.diffSchema()), oneDocument(same))).isEmpty();
        assertThat(errors(schema(rulesSchema()), oneDocument(rules))).isEmpty();
        assertThat(List.of(trace.exitCode(), diff.exitCode(), same.exitCode(), rules.exitCode())).containsExactly(0, 1, 0, 0);
        assertThat(List.of(trace.err(), diff.err(), same.err(), rules.err())).containsOnly("");
    }

    /** Parses stdout as exactly one JSON document. */
    private static JsonNode oneDocument(ToolRun run) {
        try (JsonParser p = JSON.createParser(run.out())) {
            JsonNode tree = JSON.readTree(p);
            assertThat(tree).as("a JSON document on stdout").isNotNull();
            assertThat(p.nextToken()).as("anything after the document").isNull();
            return tree;
        }
    }

    private static Schema schema(String text) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JSON.readTree(text));
    }

    private static List<String> errors(Schema schema, JsonNode document) {
        return schema.validate(document).stream().map(Error::toString).toList();
    }

    private static String rulesSchema() throws IOException {
        return Files.readString(Path.of("../spec-engine/src/main/resources/io/specdriven/engine/rules-1.schema.json"),
                StandardCharsets.UTF_8);
    }
}
