package io.specdriven.engine;

/**
 * A result of the application layer that {@link SpecOutput} writes: a check run, a traceability matrix, a verification,
 * a diff, a rule catalogue. Each is written through one entry point per format.
 *
 * @since 0.1
 */
public sealed interface Result permits CheckRun, TraceResult, DiffResult, RuleCatalog, VerifyResult, MetricsResult {
    /**
     * Returns the exit code this result gives an adapter.
     *
     * @return one of the {@link ExitCode} values
     */
    int exitCode();
}
