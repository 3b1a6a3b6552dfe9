package io.specdriven.json.results;

import java.util.Optional;

/**
 * A results or history file cannot be read: it is not one of the formats specdriven reads, it
 * is truncated, or it breaks the format. Nothing is returned when this is thrown: a file is read whole or
 * not at all.
 *
 * <p>{@link #getMessage()} is one line: {@code [source:]line:column: problem}, such as
 * {@code target/spec-results/run.json:7:21: tests[0].verdict: 'pased' is not one of passed, failed,
 * aborted, skipped}.
 *
 * @since 0.1
 */
public final class ResultsFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The file the problem is in, or null when the text had no file. */
    private final String source;
    /** The 1-based line of the problem. */
    private final int line;
    /** The 1-based column of the problem. */
    private final int column;
    /** The problem alone, one sentence. */
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param source the file name, or null
     * @param line the 1-based line
     * @param column the 1-based column
     * @param problem one sentence, with the path of the value where there is one
     * @param cause the parser's exception, or null
     */
    ResultsFormatException(String source, int line, int column, String problem, Throwable cause) {
        super((source == null ? "" : oneLine(source) + ":") + line + ":" + column + ": " + problem, cause, false, true);
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    static String oneLine(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }

    /**
     * Returns the file the problem is in.
     *
     * @return its name, or empty
     */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /**
     * Returns the line of the problem.
     *
     * @return the 1-based line
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column of the problem.
     *
     * @return the 1-based column
     */
    public int column() {
        return column;
    }

    /**
     * Returns the problem alone.
     *
     * @return one sentence
     */
    public String problem() {
        return problem;
    }
}
