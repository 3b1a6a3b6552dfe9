package io.specdriven.core;

/**
 * Who an actor is.
 *
 * @since 0.1
 */
public enum ActorKind {
    /** A person in a role. */
    HUMAN,
    /** Another system the specified system talks to. */
    EXTERNAL_SYSTEM
}
