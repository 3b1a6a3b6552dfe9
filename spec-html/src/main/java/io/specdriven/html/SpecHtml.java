package io.specdriven.html;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.Spec;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.verify.AcceptanceHistory;
import io.specdriven.core.verify.Verification;
import io.specdriven.html.internal.PageWriter;
import java.util.Optional;

/**
 * Renders a spec as one self-contained HTML page for the people who read it: a table of contents, a
 * summary band with the score and the counts, each requirement with its criteria as Given/When/Then and
 * its findings inline, the use cases with their flows, the entity model and the use case diagram drawn
 * as inline SVG, and the traceability matrix with its orphans marked.
 *
 * <pre>{@code
 * ValidationReport report = SpecValidator.standard().validate(spec);
 * Files.writeString(Path.of("site/csv-export.html"), SpecHtml.page(spec, report));
 * }</pre>
 *
 * <p>The page needs no network and no JavaScript: styles are inline, diagrams are SVG drawn by
 * PlantUML's own renderer, big tables are collapsible {@code <details>} sections. Every text from the
 * spec is escaped; an element's id is its anchor ({@code #REQ-EXPORT}), with white space in an id
 * written as {@code _} and a repeated id given a {@code ~2} suffix, so every anchor is unique. The page
 * is deterministic: the same spec and report give the same bytes.
 *
 * @since 0.1
 */
public final class SpecHtml {
    private SpecHtml() {}

    /**
     * Renders the spec without findings.
     *
     * @param spec the spec
     * @return the page, an HTML5 document
     */
    public static String page(Spec spec) {
        return PageWriter.write(requireNonNull(spec, "spec"), Optional.empty());
    }

    /**
     * Renders the spec with the validator's findings: each finding next to the element it is about, a
     * summary band with the score, and a table of every finding.
     *
     * @param spec the spec
     * @param findings the validation report of that spec
     * @return the page, an HTML5 document
     */
    public static String page(Spec spec, ValidationReport findings) {
        requireNonNull(spec, "spec");
        return PageWriter.write(spec, Optional.of(requireNonNull(findings, "findings")));
    }

    /**
     * Renders the spec with the validator's findings and the acceptance of each criterion from test results:
     * a status next to each criterion (passed, failed, untested, skipped, suspect) with the tests that name it,
     * and the acceptance rate in the summary band.
     *
     * @param spec the spec
     * @param findings the validation report of that spec
     * @param verification the verification of that spec against test results ({@code Verification.of})
     * @return the page, an HTML5 document
     */
    public static String page(Spec spec, ValidationReport findings, Verification verification) {
        requireNonNull(spec, "spec");
        return PageWriter.write(spec, Optional.of(requireNonNull(findings, "findings")),
                Optional.of(requireNonNull(verification, "verification")), Optional.empty());
    }

    /**
     * Renders the spec with its findings, the acceptance of each criterion and a small chart of acceptance
     * over the recorded runs ({@code spec verify --record}).
     *
     * @param spec the spec
     * @param findings the validation report of that spec
     * @param verification the verification of that spec against test results
     * @param history the acceptance history the chart draws
     * @return the page, an HTML5 document
     */
    public static String page(Spec spec, ValidationReport findings, Verification verification, AcceptanceHistory history) {
        requireNonNull(spec, "spec");
        return PageWriter.write(spec, Optional.of(requireNonNull(findings, "findings")),
                Optional.of(requireNonNull(verification, "verification")), Optional.of(requireNonNull(history, "history")));
    }
}
