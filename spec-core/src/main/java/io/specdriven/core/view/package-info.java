/**
 * Views of a spec for people and tools: a Markdown document, Mermaid and PlantUML diagrams, and Gherkin
 * feature files; see {@link io.specdriven.core.view.SpecViews}.
 *
 * @since 0.1
 */
package io.specdriven.core.view;
