/**
 * Benchmarks of specdriven (issue 13): the JMH suite with its plain-Jackson baseline ({@link
 * io.specdriven.benchmarks.BenchmarkTable}) and the whole-process benchmark of {@code spec check}
 * ({@link io.specdriven.benchmarks.WholeProcess}). Not published; docs/benchmarks.md says how to run them.
 */
package io.specdriven.benchmarks;
