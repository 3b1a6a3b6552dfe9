/**
 * specdriven examples: example specifications written with the builder API, and the {@code spec}
 * command-line tool that embeds the library the way other tools will.
 */
module io.specdriven.examples {
    requires io.specdriven.core;

    exports io.specdriven.examples;
    exports io.specdriven.examples.cli;
}
