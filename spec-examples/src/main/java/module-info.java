/**
 * specdriven examples: example specifications written with the builder API, and the {@code spec}
 * command-line tool that embeds the library the way other tools will.
 */
module io.specdriven.examples {
    requires transitive io.specdriven.core; // Spec appears in the examples' public API
    requires transitive io.specdriven.json; // SpecFormatException is part of Examples.fromResource's contract

    exports io.specdriven.examples;
    exports io.specdriven.examples.cli;
}
