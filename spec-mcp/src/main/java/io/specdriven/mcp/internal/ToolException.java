package io.specdriven.mcp.internal;

/** A tool call the server cannot answer: its message goes back to the agent as the tool's error result. */
public final class ToolException extends Exception {
    private static final long serialVersionUID = 1L;

    public ToolException(String message) {
        super(message);
    }
}
