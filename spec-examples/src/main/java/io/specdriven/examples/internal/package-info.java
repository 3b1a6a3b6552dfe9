/** The implementation of the {@code spec} tool: argument parsing, reading, checking and rendering. Not API. */
package io.specdriven.examples.internal;
