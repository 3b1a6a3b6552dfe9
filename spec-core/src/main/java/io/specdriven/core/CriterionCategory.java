package io.specdriven.core;

/**
 * What an acceptance criterion describes.
 *
 * @since 0.1
 */
public enum CriterionCategory {
    /** What success looks like. */
    SUCCESS,
    /** Behaviour at the edges: empty, large or unusual data, concurrency, permissions, error states. */
    EDGE_CASE,
    /** A failure mode; its outcome is what the user experiences when it happens. */
    FAILURE
}
