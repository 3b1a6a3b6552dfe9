package io.specdriven.json.internal.results;

/** A problem found at a line and column of a results file; the public layer adds the file name. */
public final class Located extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    public Located(int line, int column, String problem, Throwable cause) {
        super(problem, cause, false, false);
        this.line = Math.max(1, line);
        this.column = Math.max(1, column);
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
