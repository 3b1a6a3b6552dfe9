package io.specdriven.engine;

/**
 * What {@link SpecEngine#render} produces from a spec.
 *
 * @since 0.1
 */
public enum RenderView {
    /** The spec as a GitHub Markdown document. */
    MARKDOWN,
    /** The entity model as a Mermaid {@code erDiagram} and {@code classDiagram}, as fenced blocks. */
    MERMAID,
    /** The use case diagram and the class diagram as two PlantUML blocks. */
    PLANTUML,
    /** One Gherkin feature file per requirement; written with {@link SpecEngine#writeFeatures}. */
    GHERKIN,
    /**
     * One JUnit Jupiter test class skeleton per requirement, a failing {@code @Verifies} test per criterion;
     * written with {@link SpecEngine#writeTests}, never over an existing file.
     */
    JUNIT,
    /**
     * One self-contained HTML page: the spec, its diagrams as SVG, its findings next to its elements and,
     * given test results, the acceptance of each criterion; written with {@link SpecEngine#writeHtml}.
     */
    HTML
}
