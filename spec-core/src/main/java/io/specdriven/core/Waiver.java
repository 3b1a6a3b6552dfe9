package io.specdriven.core;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotBlank;

/**
 * A documented decision to accept a finding on an element: the finding is still reported, separately
 * from the others, with this reason. A waiver that matches no finding is itself reported.
 *
 * @param ruleId the id of the rule whose findings on this element (and below it) are waived
 * @param reason why the finding is acceptable here
 * @since 0.1
 */
public record Waiver(@NotBlank String ruleId, @NotBlank String reason) {
    /**
     * Checks for nulls.
     *
     * @param ruleId the id of the rule whose findings on this element (and below it) are waived
     * @param reason why the finding is acceptable here
     */
    public Waiver {
        requireNonNull(ruleId, "ruleId");
        requireNonNull(reason, "reason");
    }

    /**
     * Returns a waiver.
     *
     * @param ruleId the rule whose findings are waived
     * @param reason why
     * @return the waiver
     */
    public static Waiver of(String ruleId, String reason) {
        return new Waiver(ruleId, reason);
    }
}
