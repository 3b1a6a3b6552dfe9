package io.specdriven.mcp.internal;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.specdriven.json.SpecJson;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import tools.jackson.databind.json.JsonMapper;

/** The MCP server: the tools over stdio, read-only, answering from {@link Tools}. */
public final class Server {
    /** The version the server reports in its handshake. */
    public static final String VERSION = "0.1.0";

    private Server() {}

    /** A tool's answer: the value, or the reason it has none. */
    @FunctionalInterface
    interface Handler {
        Map<String, Object> answer(Map<String, Object> args) throws ToolException;
    }

    /**
     * Serves until the input ends, then closes and returns.
     *
     * @param tools what the tools answer
     * @param in the client's requests
     * @param out where the answers go: nothing else may be written there
     */
    public static void serve(Tools tools, InputStream in, OutputStream out) throws InterruptedException {
        CountDownLatch ended = new CountDownLatch(1);
        InputStream watched = new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b < 0) ended.countDown();
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n < 0) ended.countDown();
                return n;
            }
        };
        McpJsonMapper json = new JacksonMcpJsonMapper(JsonMapper.builder().build());
        McpSyncServer server = McpServer.sync(new StdioServerTransportProvider(json, watched, out))
                .serverInfo("specdriven", VERSION)
                .instructions("Deterministic answers about specification files: check a spec, explain a rule, look up an"
                        + " element and its trace, see what a change touches, verify the spec against test results, render"
                        + " a view. Paths are relative to the directory the server was started in.")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).build())
                .jsonMapper(json)
                .tools(tools(tools, json))
                .resources(resources(tools))
                .build();
        ended.await();
        server.closeGracefully();
    }

    private static List<SyncToolSpecification> tools(Tools tools, McpJsonMapper json) {
        return List.of(
                tool(json, "check", "Validates a spec and returns its findings (paged) and its 0-100 score.",
                        Schemas.CHECK_IN, Schemas.CHECK_OUT, tools::check),
                tool(json, "explain_rule", "Explains a rule: what it checks, its severity per profile, an example and the fix.",
                        Schemas.EXPLAIN_IN, Schemas.EXPLAIN_OUT, tools::explainRule),
                tool(json, "get_element", "Returns one element of a spec as JSON, with what covers it and what it covers.",
                        Schemas.ELEMENT_IN, Schemas.ELEMENT_OUT, tools::getElement),
                tool(json, "trace", "Returns what covers an element of a spec and what it covers.",
                        Schemas.ELEMENT_IN, Schemas.TRACE_OUT, tools::trace),
                tool(json, "impact", "Compares two versions of a spec: what changed, and which unchanged elements to review.",
                        Schemas.IMPACT_IN, Schemas.IMPACT_OUT, tools::impact),
                tool(json, "verify", "Verifies a spec against test results: the status of each criterion (paged), and the ids tests name in vain.",
                        Schemas.VERIFY_IN, Schemas.VERIFY_OUT, tools::verify),
                tool(json, "render", "Renders a spec, or one requirement, as Markdown, a diagram or Gherkin.",
                        Schemas.RENDER_IN, Schemas.RENDER_OUT, tools::render));
    }

    private static SyncToolSpecification tool(McpJsonMapper json, String name, String description, String in, String out, Handler handler) {
        McpSchema.Tool tool = McpSchema.Tool.builder(name, json, in).description(description)
                .outputSchema(json, out)
                .annotations(new McpSchema.ToolAnnotations(null, true, false, true, false, false))
                .build();
        return SyncToolSpecification.builder().tool(tool).callHandler((exchange, request) -> {
            Map<String, Object> args = request.arguments() == null ? Map.of() : request.arguments();
            try {
                Map<String, Object> answer = handler.answer(args);
                return McpSchema.CallToolResult.builder().structuredContent(answer)
                        .addTextContent(text(json, answer)).isError(false).build();
            } catch (ToolException e) {
                return McpSchema.CallToolResult.builder().addTextContent(e.getMessage()).isError(true).build();
            }
        }).build();
    }

    private static String text(McpJsonMapper json, Map<String, Object> answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (IOException e) {
            // maps of strings, numbers, booleans and lists always serialize
            throw new IllegalStateException("cannot write a tool result as JSON", e);
        }
    }

    private static List<SyncResourceSpecification> resources(Tools tools) {
        McpSchema.Resource rules = McpSchema.Resource.builder("specdriven://rules", "rules")
                .description("The rule catalogue: every rule id, its severity in each profile, an example and the fix.")
                .mimeType("text/markdown").build();
        McpSchema.Resource schema = McpSchema.Resource.builder("specdriven://schema/spec-1.json", "spec-schema")
                .description("The JSON Schema of the specdriven spec format, specFormat 1.")
                .mimeType("application/schema+json").build();
        return List.of(
                new SyncResourceSpecification(rules, (exchange, request) -> contents(rules, tools.rules().text())),
                new SyncResourceSpecification(schema, (exchange, request) -> contents(schema, SpecJson.schema())));
    }

    private static McpSchema.ReadResourceResult contents(McpSchema.Resource resource, String text) {
        return McpSchema.ReadResourceResult.builder(List.of(
                McpSchema.TextResourceContents.builder(resource.uri(), text).mimeType(resource.mimeType()).build())).build();
    }
}
