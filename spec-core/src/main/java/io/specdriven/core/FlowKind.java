package io.specdriven.core;

/**
 * Why a use case's flow departs from the main flow.
 *
 * @since 0.1
 */
public enum FlowKind {
    /** Another way to reach the goal, or a variation the user chooses. */
    ALTERNATIVE,
    /** A problem: an error, a refusal, a time-out. */
    EXCEPTION
}
