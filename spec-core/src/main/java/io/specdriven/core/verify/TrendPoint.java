package io.specdriven.core.verify;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Acceptance and coverage at one run of a history.
 *
 * @param time when the run was
 * @param specVersion the spec's version then, if it had one
 * @param criteria how many live criteria the spec had
 * @param passed how many of them passed
 * @param tested how many had at least one test (any status but untested)
 * @param score the completion score then, if recorded
 * @since 0.1
 */
public record TrendPoint(Instant time, Optional<String> specVersion, int criteria, int passed, int tested,
        OptionalInt score) {
    /**
     * Checks for nulls and that the counts fit.
     *
     * @param time when the run was
     * @param specVersion the spec's version, if any
     * @param criteria the live criteria
     * @param passed those that passed
     * @param tested those with a test
     * @param score the completion score, if recorded
     * @throws IllegalArgumentException if a count is negative or exceeds {@code criteria}
     */
    public TrendPoint {
        requireNonNull(time, "time");
        requireNonNull(specVersion, "specVersion");
        requireNonNull(score, "score");
        if (criteria < 0 || passed < 0 || tested < 0 || passed > tested || tested > criteria) {
            throw new IllegalArgumentException("counts must satisfy 0 <= passed <= tested <= criteria, not "
                    + passed + ", " + tested + ", " + criteria);
        }
    }

    /**
     * Returns the acceptance: the share of live criteria that passed.
     *
     * @return {@code passed / criteria}, or 0 for a spec without criteria
     */
    public double acceptance() {
        return criteria == 0 ? 0 : (double) passed / criteria;
    }

    /**
     * Returns the coverage: the share of live criteria that have a test.
     *
     * @return {@code tested / criteria}, or 0 for a spec without criteria
     */
    public double coverage() {
        return criteria == 0 ? 0 : (double) tested / criteria;
    }
}
