package io.specdriven.core.verify;

import static io.specdriven.core.internal.Checks.copy;
import static java.util.Objects.requireNonNull;

import io.specdriven.core.Id;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One entry of an acceptance history: a verification of one version of a spec at one time.
 *
 * @param time when it ran
 * @param specId the spec's id
 * @param specVersion the spec's version, if it has one
 * @param score the spec's completion score (0 to 100, see {@link io.specdriven.core.validation.Score}),
 *     when it was computed
 * @param criteria every live criterion of the spec, in order, with its fingerprint and status
 * @since 0.1
 */
public record AcceptanceRun(
        Instant time, Id specId, Optional<String> specVersion, OptionalInt score, List<RecordedCriterion> criteria) {
    /**
     * Checks for nulls and the score's range, and copies the list.
     *
     * @param time when it ran
     * @param specId the spec's id
     * @param specVersion the spec's version, if any
     * @param score the completion score, if computed
     * @param criteria every live criterion with its fingerprint and status
     * @throws IllegalArgumentException if the score is outside 0 to 100
     */
    public AcceptanceRun {
        requireNonNull(time, "time");
        requireNonNull(specId, "specId");
        requireNonNull(specVersion, "specVersion");
        requireNonNull(score, "score");
        if (score.isPresent() && (score.getAsInt() < 0 || score.getAsInt() > 100)) {
            throw new IllegalArgumentException("score must be 0 to 100, not " + score.getAsInt());
        }
        criteria = copy(criteria, "criteria");
    }

    /**
     * Records a verification.
     *
     * @param verification the verification
     * @param time when it ran
     * @param score the spec's completion score, if computed
     * @return the entry
     */
    public static AcceptanceRun of(Verification verification, Instant time, OptionalInt score) {
        requireNonNull(verification, "verification");
        List<RecordedCriterion> criteria = new ArrayList<>(verification.criteria().size());
        for (ElementVerification c : verification.criteria()) {
            criteria.add(new RecordedCriterion(Id.of(c.name()), c.fingerprint(), c.status()));
        }
        return new AcceptanceRun(time, verification.specId(), verification.specVersion(), score, criteria);
    }

    /**
     * Counts the criteria with a status in this run.
     *
     * @param status the status
     * @return how many criteria had it
     */
    public int count(VerificationStatus status) {
        requireNonNull(status, "status");
        return (int) criteria.stream().filter(c -> c.status() == status).count();
    }
}
