package io.specdriven.core.verify;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An id a test names that counts for nothing in the spec verified, with what the test should name instead
 * when that is known.
 *
 * @param id the id as the test wrote it
 * @param reason why it counts for nothing
 * @param test the test, in its last run
 * @param suggestion for {@link Reason#UNKNOWN}, a close id of the spec (did you mean); for
 *     {@link Reason#RENAMED}, the new id; for {@link Reason#RETIRED}, the requirement that supersedes it
 * @since 0.1
 */
public record UnresolvedId(String id, Reason reason, TestResult test, Optional<String> suggestion) {
    /**
     * Checks for nulls.
     *
     * @param id the id as the test wrote it
     * @param reason why it counts for nothing
     * @param test the test
     * @param suggestion what to name instead, if known
     */
    public UnresolvedId {
        requireNonNull(id, "id");
        requireNonNull(reason, "reason");
        requireNonNull(test, "test");
        requireNonNull(suggestion, "suggestion");
    }

    /** Why an id counts for nothing. */
    public enum Reason {
        /** The spec has no element with this id. */
        UNKNOWN,
        /** The previous version of the spec had this id, and the element now has another one. */
        RENAMED,
        /** It names a superseded or rejected requirement, or one of its criteria. */
        RETIRED
    }
}
