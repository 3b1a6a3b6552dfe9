package io.specdriven.core.verify;

import static io.specdriven.core.internal.Checks.copy;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The metrics of an acceptance history: overall, per spec version, and run by run. See
 * {@link AcceptanceHistory} for the definitions.
 *
 * @param overall the whole history
 * @param versions one summary per spec version, in the order the versions first appear
 * @param trend acceptance, coverage and score at each run, in order
 * @since 0.1
 */
public record AcceptanceMetrics(MetricSummary overall, List<MetricSummary> versions, List<TrendPoint> trend) {
    /**
     * Checks for nulls and copies the lists.
     *
     * @param overall the whole history
     * @param versions one summary per spec version
     * @param trend one point per run
     */
    public AcceptanceMetrics {
        requireNonNull(overall, "overall");
        versions = copy(versions, "versions");
        trend = copy(trend, "trend");
    }
}
