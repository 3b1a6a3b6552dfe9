/** The {@code spec} command-line tool: see {@link io.specdriven.cli.SpecTool}. */
package io.specdriven.cli;
