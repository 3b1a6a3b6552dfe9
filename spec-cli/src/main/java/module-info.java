/**
 * The {@code spec} command-line tool: argument parsing and printing over the application layer
 * ({@code io.specdriven.engine}). Entry point: {@link io.specdriven.cli.SpecTool}.
 */
module io.specdriven.cli {
    requires io.specdriven.engine;
    requires io.specdriven.mcp; // `spec mcp`
    requires io.specdriven.examples; // the bundled examples `spec check` checks when no file is given

    exports io.specdriven.cli;
}
