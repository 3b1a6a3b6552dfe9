package io.specdriven.core;

/**
 * Where a requirement stands in its life cycle.
 *
 * @since 0.1
 */
public enum RequirementStatus {
    /** Being written; not ready for review. */
    DRAFT,
    /** Ready for review. */
    PROPOSED,
    /** Agreed; may be built. */
    APPROVED,
    /** Built. */
    IMPLEMENTED,
    /** Built and shown to meet its acceptance criteria. */
    VERIFIED,
    /** Replaced by another requirement, named by {@link Requirement#supersededBy()}. */
    SUPERSEDED,
    /** Decided against. */
    REJECTED
}
