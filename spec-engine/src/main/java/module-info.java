/**
 * specdriven engine: the application layer every adapter (the {@code spec} command-line tool, the Maven
 * plugin, the MCP server) calls. Entry points: {@link io.specdriven.engine.SpecEngine} and
 * {@link io.specdriven.engine.SpecOutput}.
 */
module io.specdriven.engine {
    requires transitive io.specdriven.core; // results hold the library's own values
    requires transitive io.specdriven.json; // SpecJson.reportSchema() describes the JSON the engine writes
    requires io.specdriven.html; // render --to html
    requires tools.jackson.core; // the configuration file is read with Jackson's streaming parsers
    requires tools.jackson.dataformat.yaml; // specdriven.yaml

    exports io.specdriven.engine;
}
