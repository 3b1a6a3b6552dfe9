package io.specdriven.core.verify;

import java.util.Locale;

/**
 * The kinds of spec element a test may name.
 *
 * @since 0.1
 */
public enum TargetKind {
    /** An acceptance criterion, named by its id ({@code AC-EXPORT-1}). */
    CRITERION,
    /** A requirement as a whole, named by its id ({@code REQ-EXPORT}). */
    REQUIREMENT,
    /** A use case's main success scenario, named by the use case's id ({@code UC-EXPORT}). */
    USE_CASE,
    /** An alternative or exception flow, named as use case id, {@code /}, flow id ({@code UC-EXPORT/A1}). */
    FLOW,
    /** A business rule, named as use case id, {@code /}, rule id ({@code UC-EXPORT/BR-1}). */
    BUSINESS_RULE;

    /**
     * Returns the kind as readers say it, such as {@code business rule}.
     *
     * @return the label
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
