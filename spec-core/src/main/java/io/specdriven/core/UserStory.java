package io.specdriven.core;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/**
 * A user story: "As a <i>role</i>, I want <i>goal</i>, so that <i>benefit</i>."
 *
 * @param role who wants it
 * @param goal what they want
 * @param benefit why, if stated
 * @since 0.1
 */
public record UserStory(@NotBlank String role, @NotBlank String goal, Optional<@Pattern(regexp = "(?s).*\\S.*") String> benefit) {
    /**
     * Checks for nulls.
     *
     * @param role who wants it
     * @param goal what they want
     * @param benefit why, if stated
     */
    public UserStory {
        requireNonNull(role, "role");
        requireNonNull(goal, "goal");
        requireNonNull(benefit, "benefit");
    }

    /**
     * Returns a story with a benefit.
     *
     * @param role who wants it
     * @param goal what they want
     * @param benefit why
     * @return the story
     */
    public static UserStory of(String role, String goal, String benefit) {
        return new UserStory(role, goal, Optional.of(requireNonNull(benefit, "benefit")));
    }

    /**
     * Returns a story without a stated benefit.
     *
     * @param role who wants it
     * @param goal what they want
     * @return the story
     */
    public static UserStory of(String role, String goal) {
        return new UserStory(role, goal, Optional.empty());
    }

    /** Returns the story as one sentence. */
    @Override
    public String toString() {
        return "As " + role + ", I want " + goal + benefit.map(b -> ", so that " + b).orElse("") + ".";
    }
}
