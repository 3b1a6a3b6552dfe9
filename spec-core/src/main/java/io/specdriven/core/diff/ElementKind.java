package io.specdriven.core.diff;

import java.util.Locale;

/**
 * The kinds of element a diff compares, in the order diffs list them.
 *
 * @since 0.1
 */
public enum ElementKind {
    /** The spec itself: title, version, summary, glossary, assumptions, scope, open questions, waivers. */
    SPEC,
    /** An actor. */
    ACTOR,
    /** A requirement (without its criteria, which are elements of their own). */
    REQUIREMENT,
    /** An acceptance criterion. */
    CRITERION,
    /** A use case, with its flows and business rules. */
    USE_CASE,
    /** An entity, with its attributes, relationships and invariants. */
    ENTITY;

    /**
     * Returns the kind as readers say it, such as {@code use case}.
     *
     * @return the label
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
