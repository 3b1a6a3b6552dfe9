package io.specdriven.core;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * One numbered step of a use case flow: who acts, and what they do.
 *
 * @param number the step's number in its flow, from 1
 * @param actor the actor who acts, or {@link #SYSTEM} for the system being specified
 * @param action what happens, in the present tense
 * @since 0.1
 */
public record Step(@Positive int number, Id actor, @NotBlank @Size(max = 2000) String action) {
    /** The reserved actor id that stands for the system being specified. */
    public static final Id SYSTEM = Id.of("SYSTEM");

    /**
     * Checks for nulls.
     *
     * @param number the step's number in its flow, from 1
     * @param actor the actor who acts, or {@link #SYSTEM} for the system being specified
     * @param action what happens, in the present tense
     */
    public Step {
        requireNonNull(actor, "actor");
        requireNonNull(action, "action");
    }

    /**
     * Returns a step.
     *
     * @param number the step number, from 1
     * @param actor the acting actor's id, or {@code SYSTEM}
     * @param action what happens
     * @return the step
     */
    public static Step of(int number, String actor, String action) {
        return new Step(number, Id.of(requireNonNull(actor, "actor")), action);
    }

    /**
     * Tells whether the system itself performs this step.
     *
     * @return whether the actor is {@link #SYSTEM}
     */
    public boolean bySystem() {
        return SYSTEM.equals(actor);
    }
}
