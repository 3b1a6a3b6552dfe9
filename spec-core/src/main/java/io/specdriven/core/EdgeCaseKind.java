package io.specdriven.core;

/**
 * The kind of edge case an {@link CriterionCategory#EDGE_CASE EDGE_CASE} criterion covers.
 *
 * @since 0.1
 */
public enum EdgeCaseKind {
    /** No data: an empty list, report, file or input. */
    EMPTY_DATA,
    /** Much data: long lists, big files, many users. */
    LARGE_DATA,
    /** Quotes, separators, line breaks, emoji, other scripts, markup in user text. */
    SPECIAL_CHARACTERS,
    /** Simultaneous use of the same data or function. */
    CONCURRENCY,
    /** A user who may not do or see something. */
    PERMISSIONS,
    /** A dependency that is down, slow or returns errors; invalid state. */
    ERROR_STATE,
    /** Any other edge. */
    OTHER
}
