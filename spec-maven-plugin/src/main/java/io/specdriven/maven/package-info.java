/**
 * The specdriven Maven plugin: the goals {@code spec:check}, {@code spec:render} and {@code spec:verify},
 * adapters over {@link io.specdriven.engine.SpecEngine} that turn their parameters into its requests and its
 * results into Maven log lines and build failures. docs/maven-plugin.md describes every parameter.
 *
 * @since 0.1
 */
package io.specdriven.maven;
