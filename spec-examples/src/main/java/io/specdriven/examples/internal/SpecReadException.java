package io.specdriven.examples.internal;

/**
 * A file could not be read or is not a valid spec document; the tool prints it as one line,
 * {@code FILE:LINE:COLUMN: message} when the position is known, and exits with 2.
 */
public final class SpecReadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, without the file name
     * @param line the 1-based line, or 0 if unknown
     * @param column the 1-based column, or 0 if unknown
     * @param cause the underlying failure, shown with {@code --debug}
     */
    public SpecReadException(String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    /** Creates the exception without a position. */
    public SpecReadException(String message) {
        this(message, 0, 0, null);
    }

    /** The 1-based line, or 0 if unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column, or 0 if unknown. */
    public int column() {
        return column;
    }
}
