package io.specdriven.core.internal.model;

/** What a free text of the spec is for, so each language rule can pick the texts it is about. */
public enum TextKind {
    /** Says how the system behaves: statements, criteria, steps, conditions, rules, invariants. */
    BEHAVIOUR,
    /** Names or explains: titles, summaries, descriptions, rationales, goals, assumptions. */
    PROSE,
    /** A glossary definition. */
    GLOSSARY,
    /** An open question of the spec: the place where unfinished things belong. */
    OPEN_QUESTION
}
