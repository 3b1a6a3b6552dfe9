package io.specdriven.engine;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.source.SourceLocation;

/**
 * A configuration file ({@code specdriven.yaml} or {@code specdriven.json}) that cannot be used: it cannot
 * be read, is not well formed, has an unknown key, names a rule that does not exist, or has a value of the
 * wrong type. The message starts with the place ({@code FILE:LINE:COLUMN}) and ends with a did-you-mean
 * where a known name is close. Adapters report it as a usage error ({@link ExitCode#USAGE}).
 *
 * @since 0.1
 */
public final class SpecConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Where the problem is; not serialized (a location holds an Optional). */
    private final transient SourceLocation location;

    /** What is wrong, without the place. */
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param location where the problem is
     * @param problem what is wrong
     * @param cause the underlying error, or null
     */
    public SpecConfigException(SourceLocation location, String problem, Throwable cause) {
        super(requireNonNull(location, "location") + ": " + requireNonNull(problem, "problem"), cause);
        this.location = location;
        this.problem = problem;
    }

    /**
     * Returns where the problem is.
     *
     * @return the file, and the line and column where known
     */
    public SourceLocation location() {
        return location;
    }

    /**
     * Returns what is wrong, without the place.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }
}
