package io.specdriven.examples.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code --format json}: one report per run that an independent validator accepts against the schema. */
class JsonReportTest {
    private static Schema schema;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @BeforeAll
    static void load_the_documented_schema() throws IOException {
        try (InputStream in = JsonReportTest.class.getResourceAsStream("/io/specdriven/examples/check-report.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), UTF_8), InputFormat.JSON);
        }
    }

    private String file(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines), UTF_8);
        return file.toString();
    }

    @Test
    void a_run_with_checked_waived_and_unreadable_files_is_one_valid_report() throws IOException {
        // given
        String findings = file("f.spec.json", "spec f F \"quoted\" \u0007",
                "finding ERROR ref.unresolved useCases[UC-1].realizes[REQ-9] requirement 'REQ-9' is not defined.",
                "waived WARNING lang.vague-term requirements[REQ-1].statement agreed \u202E with QA");
        String clean = file("c.spec.json", "spec c C");
        String malformed = file("m.spec.json", "malformed 3 7 unexpected ']'");
        // when
        ToolRun run = ToolRun.run(new FakeLibrary(), "check", "--format", "json", "--profile", "strict", findings,
                clean, "missing.json", malformed);
        // then: one document, valid against the schema
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(schema.validate(run.out(), InputFormat.JSON)).isEmpty();
        JsonNode report = MAPPER.readTree(run.out());
        assertThat(report.get("exitCode").asInt()).isEqualTo(2);
        assertThat(report.get("profile").asString()).isEqualTo("strict");
        assertThat(report.get("files")).hasSize(4);
        // and each file says what happened to it
        JsonNode first = report.get("files").get(0);
        assertThat(first.get("title").asString()).isEqualTo("F \"quoted\" \u0007");
        assertThat(first.get("exitCode").asInt()).isEqualTo(1);
        assertThat(first.get("findings").get(0).get("path").asString()).isEqualTo("useCases[UC-1].realizes[REQ-9]");
        assertThat(first.get("waived").get(0).get("waiverReason").asString()).isEqualTo("agreed \u202E with QA");
        assertThat(report.get("files").get(2).get("error").get("message").asString()).isEqualTo("no such file");
        assertThat(report.get("files").get(3).get("error").get("line").asInt()).isEqualTo(3);
        // and no raw control or bidi character reaches the output
        assertThat(run.out()).doesNotContain("\u0007", "\u202E").contains("\\u0007", "\\u202e");
        // and humans still get the errors on stderr
        assertThat(run.errLines()).containsExactly("missing.json: no such file", malformed + ":3:7: unexpected ']'");
    }

    @Test
    void the_bundled_examples_report_on_the_real_library_is_valid() {
        // when
        ToolRun run = ToolRun.run(new DefaultLibrary(), "check", "--format=json");
        // then
        assertThat(run.exitCode()).isZero();
        assertThat(schema.validate(run.out(), InputFormat.JSON)).isEmpty();
    }

    @Test
    void the_schema_refuses_a_report_that_breaks_it() {
        // given: a checked file without its findings, and an unknown severity
        String broken = "{\"reportFormat\":1,\"tool\":\"spec\",\"version\":\"1\",\"profile\":\"standard\",\"failOn\":\"error\","
                + "\"exitCode\":1,\"files\":[{\"file\":\"a\",\"exitCode\":1,\"status\":\"checked\",\"specId\":\"a\","
                + "\"title\":\"A\",\"score\":null,\"counts\":{\"error\":0,\"warning\":0,\"info\":0,\"waived\":0},"
                + "\"findings\":[{\"ruleId\":\"x\",\"severity\":\"FATAL\",\"path\":\"\",\"message\":\"m\"}],\"waived\":[]}]}";
        // then
        assertThat(schema.validate(broken, InputFormat.JSON)).isNotEmpty();
    }
}
