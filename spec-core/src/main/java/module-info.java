/**
 * specdriven core: the specification model ({@link io.specdriven.core.Spec} and its parts), fluent
 * builders, and the validator that checks a spec's structure, references and completeness; views of a
 * spec as Markdown, diagrams and Gherkin ({@code io.specdriven.core.view}), its traceability matrix
 * ({@code io.specdriven.core.trace}), and the diff of two specs with its change impact
 * ({@code io.specdriven.core.diff}).
 *
 * <p>This module has no JSON dependency; the JSON format lives in {@code io.specdriven.json}.
 */
module io.specdriven.core {
    // Constraint annotations sit on the public records, so users of the model see them too.
    requires transitive jakarta.validation;
    // The validation engine: used internally, never in a public signature.
    requires org.hibernate.validator;
    requires org.slf4j;
    // Only to keep Hibernate Validator's version banner off the console when there is no SLF4J provider.
    requires java.logging;
    // Asks, as SLF4J does, whether a provider is present (internal.Logging): no "no providers" notice.
    uses org.slf4j.spi.SLF4JServiceProvider;

    exports io.specdriven.core;
    exports io.specdriven.core.validation;
    exports io.specdriven.core.trace;
    exports io.specdriven.core.view;
    exports io.specdriven.core.diff;
    exports io.specdriven.core.verify;
    exports io.specdriven.core.source;

    // Readers of the formats (spec-json, later YAML and Markdown) register themselves as services.
    uses io.specdriven.core.source.SpecFormatReader;

    // Hibernate Validator reads the records' fields reflectively.
    opens io.specdriven.core to org.hibernate.validator;
}
