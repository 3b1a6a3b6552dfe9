/**
 * specdriven MCP: a Model Context Protocol server over stdio for AI agents, built on the official MCP
 * Java SDK. Entry point: {@link io.specdriven.mcp.SpecMcpServer}.
 */
// The MCP SDK's jars name automatic modules in their manifests and carry no descriptor.
@SuppressWarnings("requires-automatic")
module io.specdriven.mcp {
    requires io.specdriven.core;
    requires io.specdriven.json;
    requires io.specdriven.engine;
    requires io.modelcontextprotocol.sdk.mcp.core;
    requires io.modelcontextprotocol.sdk.mcp.json.jackson3;
    requires reactor.core;

    exports io.specdriven.mcp;
}
