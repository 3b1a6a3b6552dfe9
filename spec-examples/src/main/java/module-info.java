/**
 * specdriven examples: example specifications written with the builder API and as JSON documents.
 */
module io.specdriven.examples {
    requires transitive io.specdriven.core; // Spec appears in the examples' public API
    requires transitive io.specdriven.json; // Examples.fromResource reads JSON; its readers use SpecJson

    exports io.specdriven.examples;
}
