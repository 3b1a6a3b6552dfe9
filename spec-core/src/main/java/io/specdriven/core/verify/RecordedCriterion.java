package io.specdriven.core.verify;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.Id;
import io.specdriven.core.diff.Fingerprint;

/**
 * One criterion in one recorded run: which version of it was verified, and how it stood.
 *
 * @param id the criterion's id
 * @param fingerprint its fingerprint in that run: a new fingerprint means the criterion was changed
 * @param status its status in that run
 * @since 0.1
 */
public record RecordedCriterion(Id id, Fingerprint fingerprint, VerificationStatus status) {
    /**
     * Checks for nulls.
     *
     * @param id the criterion's id
     * @param fingerprint its fingerprint in that run
     * @param status its status in that run
     */
    public RecordedCriterion {
        requireNonNull(id, "id");
        requireNonNull(fingerprint, "fingerprint");
        requireNonNull(status, "status");
    }
}
