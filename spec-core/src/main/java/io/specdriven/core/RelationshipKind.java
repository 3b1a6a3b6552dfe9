package io.specdriven.core;

/**
 * How strongly an entity holds the target of a relationship (UML).
 *
 * @since 0.1
 */
public enum RelationshipKind {
    /** A reference; both live independently. */
    ASSOCIATION,
    /** A whole–part relation where parts may outlive the whole. */
    AGGREGATION,
    /** A whole–part relation where parts live and die with the whole. */
    COMPOSITION
}
