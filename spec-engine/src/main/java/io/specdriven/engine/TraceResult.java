package io.specdriven.engine;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.Spec;
import io.specdriven.core.trace.Traceability;

/**
 * The result of {@link SpecEngine#trace}: the traceability matrix of one spec, with the spec and its name.
 *
 * @param name the source's name as given
 * @param spec the spec
 * @param trace its matrix
 * @since 0.1
 */
public record TraceResult(String name, Spec spec, Traceability trace) implements Result {
    /**
     * Checks for nulls.
     *
     * @param name the name
     * @param spec the spec
     * @param trace the matrix
     */
    public TraceResult {
        requireNonNull(name, "name");
        requireNonNull(spec, "spec");
        requireNonNull(trace, "trace");
    }

    /**
     * Returns {@link ExitCode#OK}: a trace is a view, and {@code check} is the gate that fails on orphans.
     *
     * @return 0
     */
    @Override
    public int exitCode() {
        return ExitCode.OK;
    }
}
