/**
 * Tests verify the spec. Annotate a test with {@link io.specdriven.junit.Verifies @Verifies} naming the
 * criteria (or requirements, use cases, flows and business rules) it proves; with this module on the test
 * class path, {@link io.specdriven.junit.SpecResultsListener} writes one results file per run to
 * {@code target/spec-results}, which {@code spec verify SPEC --results target/spec-results} reads.
 */
package io.specdriven.junit;
