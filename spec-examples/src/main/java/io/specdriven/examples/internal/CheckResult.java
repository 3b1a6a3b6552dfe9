package io.specdriven.examples.internal;

import java.util.List;
import java.util.OptionalInt;

/**
 * What checking one spec found.
 *
 * @param findings the open findings, in the validator's order
 * @param waived the waived findings, reported apart and never counted against the fail-on level
 * @param score the score from 0 to 100, when the validator computes one
 * @param scoreExplanation the score's breakdown by area, then one line per deduction and one per area that fell
 *     to 0; empty if none
 */
public record CheckResult(List<Finding> findings, List<Finding> waived, OptionalInt score,
        List<String> scoreExplanation) {
    /** Copies the lists. */
    public CheckResult {
        findings = List.copyOf(findings);
        waived = List.copyOf(waived);
        scoreExplanation = List.copyOf(scoreExplanation);
        java.util.Objects.requireNonNull(score, "score");
    }

    /** Counts the open findings of a level. */
    long count(Level level) {
        return findings.stream().filter(f -> f.level() == level).count();
    }

    /** The exit code for this result: 1 if a finding is at or above {@code failOn}, else 0. */
    int exitCode(Level failOn) {
        return findings.stream().anyMatch(f -> f.level().atLeast(failOn)) ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
