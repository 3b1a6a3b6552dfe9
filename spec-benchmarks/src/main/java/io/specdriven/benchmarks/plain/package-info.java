/** The plain-Jackson baseline: the spec's content as plain records, read, written and checked naively. */
package io.specdriven.benchmarks.plain;
