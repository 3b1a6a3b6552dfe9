package io.specdriven.core.validation;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Thrown by {@link ValidationReport#orThrow()} when a spec has errors. Carries the whole report; its
 * message lists the first {@value ValidationReport#LISTED_IN_EXCEPTION} errors and counts the rest.
 *
 * @since 0.1
 */
public final class SpecValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The report; transient because reports are not serializable, and exceptions are. */
    private final transient ValidationReport report;

    /**
     * Creates the exception for a report with errors.
     *
     * @param report the report
     */
    public SpecValidationException(ValidationReport report) {
        super(message(requireNonNull(report, "report")));
        this.report = report;
    }

    /**
     * Returns the report.
     *
     * @return the report with every finding
     * @throws IllegalStateException if this exception was serialized and read back: reports are not
     *     serializable, so only the message travels
     */
    public ValidationReport report() {
        if (report == null) {
            throw new IllegalStateException("this exception was deserialized; its report stayed behind (the"
                    + " message lists the first errors)");
        }
        return report;
    }

    private static String message(ValidationReport report) {
        List<Violation> errors = report.errors();
        StringBuilder out = new StringBuilder("spec is not valid: ").append(report.summary());
        int listed = Math.min(errors.size(), ValidationReport.LISTED_IN_EXCEPTION);
        for (int i = 0; i < listed; i++) {
            out.append("\n  ").append(errors.get(i));
        }
        if (errors.size() > listed) {
            out.append("\n  … and ").append(ValidationReport.count(errors.size() - listed, "more error"));
        }
        return out.toString();
    }
}
