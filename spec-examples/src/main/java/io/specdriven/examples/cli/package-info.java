/** The {@code spec} command-line tool: see {@link io.specdriven.examples.cli.SpecTool}. */
package io.specdriven.examples.cli;
