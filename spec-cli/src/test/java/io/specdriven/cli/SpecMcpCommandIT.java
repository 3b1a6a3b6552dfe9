package io.specdriven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code spec mcp}, started as an MCP client starts it: the command line of the README's client
 * configuration, run from the repository root, talked to with the official SDK's client over stdio. The
 * tools themselves are tested in spec-mcp's SpecMcpServerIT; here, that the command serves them.
 */
class SpecMcpCommandIT {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    static McpSyncClient client(List<String> args) {
        ServerParameters parameters = ServerParameters.builder(Path.of(System.getProperty("java.home"), "bin", "java").toString())
                .args(args).build();
        StdioClientTransport transport = new StdioClientTransport(parameters, new JacksonMcpJsonMapper(JSON));
        return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).initializationTimeout(Duration.ofSeconds(60)).build();
    }

    /** The README's mcp-config block: its command and arguments, with paths made absolute from the repository root. */
    static List<String> readmeCommandLine() throws Exception {
        String readme = Files.readString(REPOSITORY.resolve("README.md"));
        Matcher block = Pattern.compile("<!-- mcp-config[^>]*-->\\s*```jsonc\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README has the mcp-config block").isTrue();
        JsonNode server = JSON.readTree(block.group(1)).path("mcpServers").path("specdriven");
        assertThat(server.path("command").asString()).isEqualTo("java");
        List<String> args = new ArrayList<>();
        for (JsonNode arg : server.path("args")) {
            String a = arg.asString();
            args.add(a.endsWith(".jar") || a.equals(".") ? REPOSITORY.resolve(a).normalize().toString() : a);
        }
        return args;
    }

    @Test
    void the_readme_configuration_starts_spec_mcp_which_lists_the_seven_tools_and_answers_them() throws Exception {
        // given the command line the README's MCP client configuration gives
        List<String> args = readmeCommandLine();
        assertThat(args).as("the README starts `spec mcp`").contains("mcp");
        long started = System.nanoTime();
        McpSyncClient client = client(args);
        try {
            // when
            client.initialize();
            List<McpSchema.Tool> tools = client.listTools().tools();
            System.out.printf("spec mcp answered tools/list %d ms after the process started%n",
                    (System.nanoTime() - started) / 1_000_000);
            McpSchema.CallToolResult check = client.callTool(new McpSchema.CallToolRequest("check",
                    Map.of("path", "docs/examples/password-reset.spec.json")));
            McpSchema.CallToolResult verify = client.callTool(new McpSchema.CallToolRequest("verify",
                    Map.of("path", "docs/examples/csv-export-verify.spec.json", "results", List.of("docs/examples/spec-results"))));
            // then
            assertThat(tools).extracting(McpSchema.Tool::name)
                    .containsExactly("check", "explain_rule", "get_element", "trace", "impact", "verify", "render");
            assertThat(check.isError()).as("%s", check.content()).isFalse();
            assertThat(JSON.valueToTree(check.structuredContent()).path("spec").asString()).isEqualTo("password-reset");
            assertThat(verify.isError()).as("%s", verify.content()).isFalse();
            assertThat(JSON.valueToTree(verify.structuredContent()).path("summary").path("passed").asInt()).isEqualTo(1);
        } finally {
            client.closeGracefully();
        }
    }

    @Test
    void spec_mcp_on_a_missing_root_exits_2_and_with_an_operand_exits_64() throws Exception {
        // when
        SpecJarIT.JarRun missing = SpecJarIT.runJar(dir, Map.of(), "mcp", "--root", "no-such-dir");
        SpecJarIT.JarRun operand = SpecJarIT.runJar(dir, Map.of(), "mcp", "specs");
        // then
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("spec: cannot serve 'no-such-dir': no such directory\n");
        assertThat(missing.out()).isEmpty();
        assertThat(operand.exitCode()).isEqualTo(64);
        assertThat(operand.err()).startsWith("spec: unexpected argument 'specs'");
    }
}
