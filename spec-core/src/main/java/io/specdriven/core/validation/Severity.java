package io.specdriven.core.validation;

/**
 * How much a finding matters. Declared from most to least severe.
 *
 * @since 0.1
 */
public enum Severity {
    /** The spec is wrong: it cannot be built from as it stands. A report with errors is not valid. */
    ERROR,
    /** The spec is weak: it can be built from, but something is likely missing or unclear. */
    WARNING,
    /** Worth knowing; no action required. */
    INFO;

    /**
     * Tells whether this severity is at least as severe as {@code other}.
     *
     * @param other the severity to compare with
     * @return {@code true} if this is {@code other} or more severe
     */
    public boolean atLeast(Severity other) {
        return compareTo(java.util.Objects.requireNonNull(other, "other")) <= 0;
    }
}
