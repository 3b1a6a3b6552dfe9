package io.specdriven.engine;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.verify.AcceptanceHistory;
import io.specdriven.core.verify.AcceptanceMetrics;

/**
 * The result of {@link SpecEngine#metrics}: an acceptance history and the metrics the library computes
 * from it.
 *
 * @param name the history file as given
 * @param history the recorded runs
 * @param metrics their metrics
 * @since 0.1
 */
public record MetricsResult(String name, AcceptanceHistory history, AcceptanceMetrics metrics) implements Result {
    /**
     * Checks for nulls.
     *
     * @param name the file's name
     * @param history the runs
     * @param metrics their metrics
     */
    public MetricsResult {
        requireNonNull(name, "name");
        requireNonNull(history, "history");
        requireNonNull(metrics, "metrics");
    }

    /**
     * Returns {@link ExitCode#OK}: metrics are a report, not a verdict.
     *
     * @return 0
     */
    @Override
    public int exitCode() {
        return ExitCode.OK;
    }
}
