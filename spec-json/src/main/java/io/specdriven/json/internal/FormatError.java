package io.specdriven.json.internal;

import io.specdriven.core.source.SourceLocation;
import io.specdriven.core.source.SpecReadException;
import java.util.Optional;

/**
 * A located refusal raised inside the reader. The public layer adds the source name and turns it into
 * the core's {@link SpecReadException} with {@link #located(String)}.
 */
public final class FormatError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String pointer;
    private final String path;
    private final String problem;

    /**
     * Creates the error.
     *
     * @param line 1-based line
     * @param column 1-based column
     * @param pointer JSON Pointer to the offending value, {@code ""} for the document
     * @param path the same place written as {@code requirements[2].priority}
     * @param problem one sentence, without location
     */
    public FormatError(int line, int column, String pointer, String path, String problem) {
        this(line, column, pointer, path, problem, null);
    }

    /**
     * Creates the error for an unexpected failure, keeping what was thrown.
     *
     * @param line 1-based line
     * @param column 1-based column
     * @param pointer JSON Pointer to the offending value, {@code ""} for the document
     * @param path the same place written as {@code requirements[2].priority}
     * @param problem one sentence, without location
     * @param cause what was thrown, or null
     */
    public FormatError(int line, int column, String pointer, String path, String problem, Throwable cause) {
        // No stack trace: these are expected outcomes of reading user input, and cheap to throw.
        super(problem, cause, false, false);
        this.line = line;
        this.column = column;
        this.pointer = pointer;
        this.path = path;
        this.problem = problem;
    }

    /** @return 1-based line */
    public int line() {
        return line;
    }

    /** @return 1-based column */
    public int column() {
        return column;
    }

    /** @return the JSON Pointer */
    public String pointer() {
        return pointer;
    }

    /** @return the dotted path */
    public String path() {
        return path;
    }

    /**
     * Returns the refusal as the reader contract's exception.
     *
     * @param source the document's name, or null when it has none
     * @return the exception, with this error's cause
     */
    public SpecReadException located(String source) {
        return new SpecReadException(new SourceLocation(Optional.ofNullable(source), line, column, pointer), path,
                problem, getCause());
    }

    /** @return the one-sentence problem */
    public String problem() {
        return problem;
    }
}
