package io.specdriven.core.verify;

import java.util.Locale;

/**
 * How one execution of a test ended.
 *
 * @since 0.1
 */
public enum TestVerdict {
    /** It ran and passed. */
    PASSED,
    /** It ran and failed (an assertion or an error). */
    FAILED,
    /** It started but stopped early, as when an assumption does not hold: it proves nothing. */
    ABORTED,
    /** It did not run: disabled, or skipped by a condition. */
    SKIPPED;

    /**
     * Returns the verdict as a lower-case word, as the results formats write it.
     *
     * @return the label, such as {@code passed}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
