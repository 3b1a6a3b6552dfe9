/** The implementation of the {@code spec} tool: argument parsing and printing over spec-engine. Not API. */
package io.specdriven.cli.internal;
