package io.specdriven.core.verify;

import java.util.Locale;

/**
 * Where one element of a spec stands against the tests, listed from worst to best: a roll-up (a
 * requirement over its criteria, a use case over its flows) takes the worst of its parts, and
 * {@link Verification#isAccepted(VerificationStatus)} fails on a status and every worse one.
 *
 * @since 0.1
 */
public enum VerificationStatus {
    /** At least one of its tests failed. */
    FAILED,
    /**
     * Its tests passed, but at least one of them passed against an older version of the element: the
     * fingerprint the test recorded differs from the element's fingerprint now.
     */
    SUSPECT,
    /** No test failed, but at least one did not run (disabled, skipped or aborted). */
    SKIPPED,
    /** No test names it. */
    UNTESTED,
    /** It has tests, and every one of them passed against the element as it is now. */
    PASSED;

    /**
     * Returns the status as a lower-case word.
     *
     * @return the label, such as {@code untested}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the worse of two statuses.
     *
     * @param other the other status
     * @return this or {@code other}, whichever comes first in declaration order
     */
    public VerificationStatus worst(VerificationStatus other) {
        return ordinal() <= java.util.Objects.requireNonNull(other, "other").ordinal() ? this : other;
    }
}
