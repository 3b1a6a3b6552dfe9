package io.specdriven.core.validation;

/**
 * The kinds of element that share a spec's id space, as named by an id prefix convention
 * ({@link SpecValidator.Builder#idPrefix(IdSpaceKind, String...)}).
 *
 * @since 0.1
 */
public enum IdSpaceKind {
    /** An actor, such as {@code ANALYST}. */
    ACTOR,
    /** A requirement, such as {@code REQ-7}. */
    REQUIREMENT,
    /** An acceptance criterion, such as {@code AC-7-1}. */
    CRITERION,
    /** A use case, such as {@code UC-3}. */
    USE_CASE,
    /** An entity, such as {@code Order}. */
    ENTITY
}
