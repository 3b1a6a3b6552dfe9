/** The server's tools, schemas and workspace confinement. Not part of the API. */
package io.specdriven.mcp.internal;
