package io.specdriven.core;

/**
 * What kind of statement a requirement makes.
 *
 * @since 0.1
 */
public enum RequirementKind {
    /** Something the system does: a behaviour a user can observe. */
    FUNCTIONAL,
    /** How well the system does it (performance, security, …); has a {@link QualityCategory}. */
    QUALITY,
    /** A limit on the solution imposed from outside: law, platform, budget, an existing system. */
    CONSTRAINT
}
