package io.specdriven.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.specdriven.core.Spec;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.json.SpecJson;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the packaged server, {@code target/spec-mcp.jar}, as an MCP client configuration would, and talks
 * to it with the official SDK's client over stdio.
 */
class SpecMcpServerIT {
    static final Path JAR = Path.of("target", "spec-mcp.jar").toAbsolutePath();
    static final Path EXAMPLES = Path.of("..", "spec-examples", "src", "main", "resources", "io", "specdriven", "examples");
    static final Path DOCS = Path.of("..", "docs", "examples");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir static Path root;
    @TempDir static Path outside;
    static McpSyncClient client;

    @BeforeAll
    static void start() throws Exception {
        for (String name : List.of("csv-export", "flawed", "webshop")) {
            Files.copy(EXAMPLES.resolve(name + ".spec.json"), root.resolve(name + ".spec.json"));
        }
        Files.copy(DOCS.resolve("password-reset.spec.json"), root.resolve("password-reset.spec.json"));
        Files.copy(DOCS.resolve("password-reset-v2.spec.json"), root.resolve("password-reset-v2.spec.json"));
        Files.copy(DOCS.resolve("csv-export-verify.spec.json"), root.resolve("csv-export-verify.spec.json"));
        Files.createDirectory(root.resolve("spec-results"));
        try (var runs = Files.list(DOCS.resolve("spec-results"))) {
            for (Path run : (Iterable<Path>) runs::iterator) Files.copy(run, root.resolve("spec-results").resolve(run.getFileName()));
        }
        Files.createDirectory(root.resolve("leaky-results"));
        Files.writeString(outside.resolve("run.json"), Files.readString(DOCS.resolve("spec-results").resolve("run-20261202T091500.000Z-5f3a.json")));
        Files.createSymbolicLink(root.resolve("leaky-results").resolve("run.json"), outside.resolve("run.json"));
        Files.writeString(root.resolve("broken.spec.json"), "{\n  \"specFormat\": 1,\n  \"id\": \"broken\",\n  \"title\": 7\n}\n");
        Files.createDirectory(root.resolve("folder"));
        Files.writeString(outside.resolve("secret.spec.json"), Files.readString(root.resolve("csv-export.spec.json")));
        Files.createSymbolicLink(root.resolve("link.spec.json"), outside.resolve("secret.spec.json"));
        client = client(ServerParameters.builder(java()).args("-jar", JAR.toString(), "--root", root.toString()).build());
        client.initialize();
    }

    @AfterAll
    static void stop() {
        if (client != null) client.closeGracefully();
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static McpSyncClient client(ServerParameters parameters) {
        StdioClientTransport transport = new StdioClientTransport(parameters, new JacksonMcpJsonMapper(JSON));
        return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).initializationTimeout(Duration.ofSeconds(60)).build();
    }

    static McpSchema.CallToolResult call(String tool, Map<String, Object> args) {
        return client.callTool(new McpSchema.CallToolRequest(tool, args));
    }

    static JsonNode answer(McpSchema.CallToolResult result) {
        assertThat(result.isError()).as("error result: %s", result.content()).isFalse();
        JsonNode structured = JSON.valueToTree(result.structuredContent());
        JsonNode text = JSON.readTree(((McpSchema.TextContent) result.content().get(0)).text());
        assertThat(text).as("text and structured content agree").isEqualTo(structured);
        return structured;
    }

    static String error(McpSchema.CallToolResult result) {
        assertThat(result.isError()).as("an error result").isTrue();
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }

    @Test
    void lists_seven_read_only_tools_each_with_a_description_and_input_and_output_schemas() {
        // when
        List<McpSchema.Tool> tools = client.listTools().tools();
        // then
        assertThat(tools).extracting(McpSchema.Tool::name)
                .containsExactly("check", "explain_rule", "get_element", "trace", "impact", "verify", "render");
        for (McpSchema.Tool tool : tools) {
            assertThat(tool.description()).as(tool.name()).endsWith(".");
            assertThat(tool.inputSchema()).as(tool.name()).isNotNull();
            assertThat(tool.outputSchema()).as(tool.name()).containsEntry("type", "object");
            assertThat(tool.annotations().readOnlyHint()).as(tool.name()).isTrue();
        }
        assertThat(client.listResources().resources()).extracting(McpSchema.Resource::uri)
                .containsExactly("specdriven://rules", "specdriven://schema/spec-1.json");
    }

    @Test
    void check_returns_the_same_findings_and_score_as_the_library_paged() {
        // given
        Spec flawed = SpecJson.read(root.resolve("flawed.spec.json"));
        ValidationReport expected = SpecValidator.standard().validate(flawed);
        // when
        JsonNode clean = answer(call("check", Map.of("path", "csv-export.spec.json")));
        JsonNode page = answer(call("check", Map.of("path", "flawed.spec.json", "limit", 5, "offset", 2)));
        // then
        assertThat(clean.path("score").asInt()).isEqualTo(100);
        assertThat(clean.path("total").asInt()).isZero();
        assertThat(page.path("valid").asBoolean()).isFalse();
        assertThat(page.path("score").asInt()).isEqualTo(expected.score().total());
        assertThat(page.path("total").asInt()).isEqualTo(expected.violations().size());
        assertThat(page.path("counts").path("error").asInt()).isEqualTo(expected.errors().size());
        assertThat(page.path("truncated").asBoolean()).isTrue();
        assertThat(page.path("findings")).hasSize(5);
        JsonNode first = page.path("findings").get(0);
        var third = expected.bySeverity().get(2);
        assertThat(first.path("rule").asString()).isEqualTo(third.ruleId());
        assertThat(first.path("message").asString()).isEqualTo(third.message());
        assertThat(first.path("path").asString()).isEqualTo(third.path().toString());
        assertThat(first.path("severity").asString()).isEqualTo("error");
    }

    @Test
    void check_takes_an_inline_spec_and_a_profile() throws Exception {
        // when
        JsonNode strict = answer(call("check", Map.of("spec", Files.readString(DOCS.resolve("unsubscribe.spec.json")), "profile", "strict")));
        // then
        assertThat(strict.path("profile").asString()).isEqualTo("strict");
        assertThat(strict.path("counts").path("warning").asInt()).isZero();
        assertThat(strict.path("counts").path("error").asInt()).isPositive();
    }

    @Test
    void get_element_trace_and_render_answer_by_ids_as_real_tools_write_them_issue_9() {
        // given: an inline spec with an OpenFastTrace id and a header used as the id
        String spec = "{\"specFormat\": 1, \"id\": \"s\", \"title\": \"t\", \"requirements\": ["
                + "{\"id\": \"Validate all specs in one run\", \"title\": \"t\", \"statement\": \"The tool shall validate.\","
                + " \"criteria\": [{\"id\": \"All specs are valid\", \"then\": \"0 errors are shown\"}]},"
                + "{\"id\": \"dsn~cli-option-parsing~2\", \"title\": \"t\", \"statement\": \"s\","
                + " \"dependsOn\": [\"Validate all specs in one run\"]}]}";
        // when
        JsonNode element = answer(call("get_element", Map.of("spec", spec, "id", "dsn~cli-option-parsing~2")));
        JsonNode trace = answer(call("trace", Map.of("spec", spec, "id", "Validate all specs in one run")));
        String missing = error(call("trace", Map.of("spec", spec, "id", "Validate all specs in one run ")));
        // then
        assertThat(element.path("kind").asString()).isEqualTo("requirement");
        assertThat(element.path("trace").path("dependsOn").toString()).isEqualTo("[\"Validate all specs in one run\"]");
        assertThat(trace.path("criteria").toString()).isEqualTo("[\"All specs are valid\"]");
        assertThat(missing).startsWith("the spec has no element 'Validate all specs in one run '");
    }

    @Test
    void explain_rule_answers_from_the_rule_catalogue_and_suggests_a_near_rule() {
        // when
        JsonNode known = answer(call("explain_rule", Map.of("rule", "ref.unresolved")));
        String unknown = error(call("explain_rule", Map.of("rule", "ref.unresolvd")));
        // then
        assertThat(known.path("explanation").asString()).contains("**Severity:**", "**Fix:**");
        assertThat(unknown).isEqualTo("no rule 'ref.unresolvd'; did you mean ref.unresolved, ref.unknown-step? The resource specdriven://rules lists every rule.");
    }

    @Test
    void get_element_and_trace_answer_by_id() {
        // when
        JsonNode requirement = answer(call("get_element", Map.of("path", "password-reset.spec.json", "id", "REQ-RESET")));
        JsonNode criterion = answer(call("trace", Map.of("path", "password-reset.spec.json", "id", "AC-RESET-2")));
        JsonNode entity = answer(call("trace", Map.of("path", "password-reset.spec.json", "id", "Account")));
        String missing = error(call("trace", Map.of("path", "password-reset.spec.json", "id", "req-reset")));
        // then
        assertThat(requirement.path("kind").asString()).isEqualTo("requirement");
        assertThat(requirement.path("element").path("title").asString()).isEqualTo("Reset a forgotten password");
        assertThat(requirement.path("trace").path("criteria").toString()).isEqualTo("[\"AC-RESET-1\",\"AC-RESET-2\"]");
        assertThat(requirement.path("trace").path("useCases").toString()).isEqualTo("[\"UC-RESET\"]");
        assertThat(criterion.path("requirement").asString()).isEqualTo("REQ-RESET");
        assertThat(entity.path("usedByUseCases").toString()).isEqualTo("[\"UC-RESET\"]");
        assertThat(missing).isEqualTo("the spec has no element 'req-reset'; did you mean REQ-RESET?");
    }

    @Test
    void impact_lists_the_changes_and_the_suspects_of_a_new_version() {
        // when
        JsonNode impact = answer(call("impact", Map.of("old_path", "password-reset.spec.json", "new_path", "password-reset-v2.spec.json")));
        // then
        assertThat(impact.path("equal").asBoolean()).isFalse();
        assertThat(impact.path("totalChanges").asInt()).isEqualTo(2);
        assertThat(impact.path("totalSuspects").asInt()).isEqualTo(3);
        assertThat(impact.path("suspects").findValuesAsString("id")).contains("AC-RESET-1", "UC-RESET", "Account");
    }

    @Test
    void verify_gives_each_criterion_its_status_with_the_tests_and_the_ids_tests_name_in_vain() {
        // when
        JsonNode all = answer(call("verify", Map.of("path", "csv-export-verify.spec.json", "results", List.of("spec-results"))));
        // then the same statuses as `spec verify` prints for this run (README, "Verify the spec with your tests")
        assertThat(all.path("spec").asString()).isEqualTo("csv-export");
        assertThat(all.path("accepted").asBoolean()).isFalse();
        assertThat(all.path("failOn").asString()).isEqualTo("untested");
        assertThat(all.path("resultsRead").asInt()).isEqualTo(3);
        assertThat(all.path("summary").toString())
                .isEqualTo("{\"criteria\":3,\"failed\":1,\"suspect\":0,\"skipped\":0,\"untested\":1,\"passed\":1}");
        assertThat(all.path("criteria").findValuesAsString("id")).containsExactly("AC-EXPORT-1", "AC-EMPTY", "AC-TIMEOUT");
        assertThat(all.path("criteria").findValuesAsString("status")).containsExactly("passed", "failed", "untested");
        JsonNode failed = all.path("criteria").get(1);
        assertThat(failed.path("requirement").asString()).isEqualTo("REQ-EXPORT");
        assertThat(failed.path("tests").get(0).path("name").asString()).isEqualTo("CsvExportTest.empty_report_shows_message");
        assertThat(failed.path("tests").get(0).path("message").asString()).isEqualTo("expected: <Nothing to export> but was: <>");
        assertThat(all.path("unresolved").get(0).path("id").asString()).isEqualTo("AC-EXPROT-1");
        assertThat(all.path("unresolved").get(0).path("suggestion").asString()).isEqualTo("AC-EXPORT-1");
        assertThat(all.path("unresolved").get(0).path("source").asString()).isEqualTo("CsvExportTest.java:41");
        assertThat(all.path("total").asInt()).isEqualTo(3);
        assertThat(all.path("truncated").asBoolean()).isFalse();
    }

    @Test
    void verify_lists_only_the_statuses_asked_for_and_accepts_with_a_looser_threshold() {
        // when
        JsonNode open = answer(call("verify", Map.of("path", "csv-export-verify.spec.json", "results", List.of("spec-results"),
                "status", List.of("untested"), "fail_on", "failed")));
        // then
        assertThat(open.path("criteria").findValuesAsString("id")).containsExactly("AC-TIMEOUT");
        assertThat(open.path("total").asInt()).isEqualTo(1);
        assertThat(open.path("failOn").asString()).isEqualTo("failed");
        assertThat(open.path("accepted").asBoolean()).as("one criterion failed").isFalse();
    }

    @Test
    void verify_refuses_results_outside_the_root_and_names_an_unreadable_results_file() throws Exception {
        // given
        Files.writeString(root.resolve("not-results.json"), "{\"hello\": 1}");
        // then
        assertThat(error(call("verify", Map.of("path", "csv-export-verify.spec.json", "results", List.of("../")))))
                .contains("is outside the root");
        assertThat(error(call("verify", Map.of("path", "csv-export-verify.spec.json", "results", List.of("leaky-results")))))
                .isEqualTo("'leaky-results' holds run.json, which leads outside the root " + root.toRealPath() + " through a link");
        assertThat(error(call("verify", Map.of("path", "csv-export-verify.spec.json", "results", List.of("not-results.json")))))
                .startsWith(root.toRealPath().resolve("not-results.json") + ":1:1: ");
        assertThat(error(call("verify", Map.of("path", "csv-export-verify.spec.json", "results", List.of()))))
                .contains("/results: must have at least 1 items"); // the SDK checks the input schema first
    }

    @Test
    void render_shows_one_requirement_or_the_spec() {
        // when
        JsonNode one = answer(call("render", Map.of("path", "password-reset.spec.json", "id", "REQ-RESET")));
        JsonNode gherkin = answer(call("render", Map.of("path", "password-reset.spec.json", "view", "gherkin")));
        // then
        assertThat(one.path("text").asString()).contains("### REQ-RESET — Reset a forgotten password").doesNotContain("UC-RESET —");
        assertThat(one.path("truncated").asBoolean()).isFalse();
        assertThat(gherkin.path("text").asString()).contains("@REQ-RESET", "Scenario:");
    }

    @Test
    void bad_arguments_paths_outside_the_root_and_malformed_specs_are_error_results_that_name_the_problem() {
        assertThat(error(call("check", Map.of("path", "csv-export.spec.json", "profile", "lax"))))
                .contains("/profile: does not have a value in the enumeration"); // the SDK checks the input schema first
        assertThat(error(call("check", Map.of()))).startsWith("give exactly one of 'path'");
        assertThat(error(call("check", Map.of("path", "../" + outside.getFileName() + "/secret.spec.json")))).contains("is outside the root");
        assertThat(error(call("check", Map.of("path", outside.resolve("secret.spec.json").toString())))).contains("is outside the root");
        assertThat(error(call("check", Map.of("path", "link.spec.json")))).contains("leads outside the root");
        assertThat(error(call("check", Map.of("path", "folder")))).isEqualTo("'folder' is a directory: name a spec file");
        assertThat(error(call("check", Map.of("path", "missing.spec.json")))).startsWith("'missing.spec.json': no such file");
        assertThat(error(call("check", Map.of("path", "broken.spec.json")))).isEqualTo("broken.spec.json:4:12: title: expected a string, found a number");
        assertThat(error(call("check", Map.of("path", "csv-export.spec.json", "limit", 1000)))).contains("/limit: must have a maximum value of 200");
        assertThat(error(call("render", Map.of("path", "csv-export.spec.json", "view", "pdf")))).contains("/view: does not have a value in the enumeration");
    }

    @Test
    void a_huge_inline_spec_is_refused_before_it_is_read() {
        // given
        String huge = "{\"id\":\"" + "x".repeat(5_000_001) + "\"}";
        // when
        String message = error(call("check", Map.of("spec", huge)));
        // then
        assertThat(message).startsWith("'spec' has 5000010 characters, more than 5000000");
    }

    @Test
    void two_concurrent_calls_are_both_answered() throws Exception {
        // when
        CompletableFuture<McpSchema.CallToolResult> a = CompletableFuture.supplyAsync(() -> call("check", Map.of("path", "webshop.spec.json")));
        CompletableFuture<McpSchema.CallToolResult> b = CompletableFuture.supplyAsync(() -> call("check", Map.of("path", "flawed.spec.json")));
        // then
        assertThat(answer(a.get(60, TimeUnit.SECONDS)).path("spec").asString()).isEqualTo("webshop");
        assertThat(answer(b.get(60, TimeUnit.SECONDS)).path("spec").asString()).isEqualTo("flawed");
    }

    /** The packaged server as a raw process, no SDK client: JSON-RPC lines in, lines out. */
    static final class RawServer implements AutoCloseable {
        final long started = System.nanoTime();
        final Process process;
        final java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        final OutputStream in;

        RawServer() throws java.io.IOException {
            process = new ProcessBuilder(java(), "-jar", JAR.toString(), "--root", root.toString()).start();
            in = process.getOutputStream();
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = out.readLine()) != null; ) lines.add(line);
                } catch (java.io.IOException e) {
                    // the process ended: no more lines
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        RawServer send(String message) throws java.io.IOException {
            in.write((message + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            return this;
        }

        RawServer initialize(int id) throws java.io.IOException {
            return send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                    + "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}");
        }

        /** The next message the server writes, within 60 s. */
        JsonNode next() throws InterruptedException {
            String line = lines.poll(60, TimeUnit.SECONDS);
            assertThat(line).as("a message from the server").isNotNull();
            return JSON.readTree(line);
        }

        /** Closes the server's input and tells whether it exited, cleanly, within 15 s. */
        int closeInput() throws Exception {
            in.close();
            assertThat(process.waitFor(15, TimeUnit.SECONDS)).as("the server exits when its input closes").isTrue();
            return process.exitValue();
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }

    @Test
    void the_server_answers_initialize_quickly_and_exits_when_its_input_closes() throws Exception {
        try (RawServer server = new RawServer()) {
            // when
            JsonNode answer = server.initialize(2).next();
            System.out.printf("spec-mcp answered initialize %d ms after the process started%n",
                    (System.nanoTime() - server.started) / 1_000_000);
            // then
            assertThat(answer.path("id").asInt()).isEqualTo(2);
            assertThat(answer.path("result").path("serverInfo").path("name").asString()).isEqualTo("specdriven");
            assertThat(server.closeInput()).isZero();
        }
    }

    @Test
    void a_request_before_initialize_waits_for_it_and_an_unknown_tool_is_a_protocol_error() throws Exception {
        try (RawServer server = new RawServer()) {
            // when a client lists the tools before it initializes, then calls a tool that does not exist
            server.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{}}");
            server.initialize(2).send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
            JsonNode initialized = server.next();
            JsonNode early = server.next();
            server.send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"deploy\",\"arguments\":{}}}");
            JsonNode unknown = server.next();
            // then the early request is answered once the session is initialized (the SDK holds it), in order
            assertThat(initialized.path("id").asInt()).isEqualTo(2);
            assertThat(early.path("id").asInt()).isEqualTo(1);
            assertThat(early.path("result").path("tools").findValuesAsString("name")).hasSize(7);
            assertThat(unknown.toString()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":3,\"error\":{\"code\":-32602,"
                    + "\"message\":\"Unknown tool: invalid_tool_name\",\"data\":\"Tool not found: deploy\"}}");
            assertThat(server.closeInput()).isZero();
        }
    }

    @Test
    void a_client_that_closes_its_end_in_the_middle_of_a_call_leaves_a_server_that_exits_cleanly() throws Exception {
        try (RawServer server = new RawServer()) {
            // given an initialized session
            server.initialize(1).send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
            server.next();
            // when a call is sent and the input closed at once, before any answer
            server.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"render\","
                    + "\"arguments\":{\"path\":\"webshop.spec.json\",\"view\":\"markdown\"}}}");
            // then
            assertThat(server.closeInput()).isZero();
        }
    }
}
