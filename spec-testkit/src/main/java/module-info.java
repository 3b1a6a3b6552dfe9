/**
 * specdriven testkit: fixtures for the tests and benchmarks of specdriven's own modules.
 * {@link io.specdriven.testkit.SyntheticSpecs} makes realistic specs of any size from a seed, with the
 * {@link io.specdriven.testkit.DefectManifest manifest} of the defects injected into them;
 * {@link io.specdriven.testkit.SpecGenerator} makes random specs that exercise every field, for property
 * tests. Used in test scope only; not a published API.
 */
module io.specdriven.testkit {
    requires transitive io.specdriven.core;

    exports io.specdriven.testkit;
}
