/**
 * specdriven examples: example specifications written with the builder API and as JSON documents.
 */
module io.specdriven.examples {
    requires transitive io.specdriven.core; // Spec appears in the examples' public API
    requires io.specdriven.json; // Examples.fromResource reads the checked-in JSON

    exports io.specdriven.examples;
}
