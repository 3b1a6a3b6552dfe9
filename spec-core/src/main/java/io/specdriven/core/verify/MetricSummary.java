package io.specdriven.core.verify;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The acceptance metrics of one spec version, or of a whole history. See {@link AcceptanceHistory} for
 * the definitions.
 *
 * @param specVersion the spec version these figures are for; empty for the whole history (or a spec
 *     without versions)
 * @param runs how many runs count
 * @param introduced how many criterion versions were added or changed (for a spec version: in its runs)
 * @param verified how many of those have been verified (passed or failed) at least once
 * @param firstPass how many of the verified passed at their first verification
 * @param medianCycles the median of the iteration cycles of the criterion versions that passed
 * @param maxCycles the largest of those cycles
 * @param last the acceptance and coverage at the last of the runs
 * @since 0.1
 */
public record MetricSummary(
        Optional<String> specVersion, int runs, int introduced, int verified, int firstPass,
        OptionalDouble medianCycles, OptionalInt maxCycles, TrendPoint last) {
    /**
     * Checks for nulls and that the counts fit.
     *
     * @param specVersion the spec version, or empty
     * @param runs how many runs count
     * @param introduced criterion versions added or changed
     * @param verified those verified at least once
     * @param firstPass those that passed at their first verification
     * @param medianCycles the median iteration cycles
     * @param maxCycles the largest iteration cycles
     * @param last acceptance and coverage at the last run
     * @throws IllegalArgumentException if the counts do not satisfy {@code 0 <= firstPass <= verified <= introduced}
     */
    public MetricSummary {
        requireNonNull(specVersion, "specVersion");
        requireNonNull(medianCycles, "medianCycles");
        requireNonNull(maxCycles, "maxCycles");
        requireNonNull(last, "last");
        if (runs < 1 || firstPass < 0 || firstPass > verified || verified > introduced) {
            throw new IllegalArgumentException("counts must satisfy runs >= 1 and 0 <= firstPass <= verified <= introduced");
        }
    }

    /**
     * Returns the first-pass acceptance rate.
     *
     * @return {@code firstPass / verified}, or empty when nothing was verified
     */
    public OptionalDouble firstPassRate() {
        return verified == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) firstPass / verified);
    }
}
