/** The MCP server over the specdriven library: {@link io.specdriven.mcp.SpecMcpServer}. */
package io.specdriven.mcp;
