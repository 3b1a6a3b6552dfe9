package io.specdriven.core.source;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A document could not be read as a spec: it cannot be opened, breaks a read limit, is not in the format,
 * or holds a value the model refuses (such as a malformed id). Every format's reader throws this one
 * exception; nothing is returned when it is thrown, a spec is read whole or not at all.
 *
 * <p>{@link #getMessage()} is one line, ready to show a user:
 *
 * <pre>{@code
 * [source:]line:column: [path: ]problem
 * specs/x.spec.json:14:9: requirements[2].priority: 'MUSTT' is not one of MUST, SHOULD, COULD, WONT, HIGH, MEDIUM, LOW, P1, P2, P3, P4, P5 (did you mean MUST?)
 * }</pre>
 *
 * <p>The parts are also there alone: {@link #location()} (file, line, column, pointer), {@link #path()}
 * (the place written as Java code would reach it, such as {@code requirements[2].priority}, {@code ""}
 * for the document) and {@link #problem()} (one sentence, without place).
 *
 * @since 0.1
 */
public final class SpecReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Not serialized: a location holds an Optional, and exceptions cross no process boundary here. */
    private final transient SourceLocation location;
    /** The place in the model, written as Java code would reach it; {@code ""} for the document. */
    private final String path;
    /** What is wrong, in one sentence without the place. */
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param location where the problem is; its file is the document's name, if it has one
     * @param path the place as Java code would reach it, such as {@code requirements[2].priority}, or {@code ""}
     * @param problem one sentence: what is wrong and, where it helps, what is expected
     * @param cause what the reader caught, or null
     */
    public SpecReadException(SourceLocation location, String path, String problem, Throwable cause) {
        super(format(location, path, problem), cause, true, true);
        this.location = location;
        this.path = path;
        this.problem = problem;
    }

    /**
     * Creates the exception for a whole document, such as a file that cannot be opened.
     *
     * @param location where; usually a file without line
     * @param problem one sentence
     */
    public SpecReadException(SourceLocation location, String problem) {
        this(location, "", problem, null);
    }

    private static String format(SourceLocation location, String path, String problem) {
        requireNonNull(location, "location");
        requireNonNull(path, "path");
        requireNonNull(problem, "problem");
        StringBuilder out = new StringBuilder();
        // A file name is text too: a line break in it must not break the message's single line.
        String where = oneLine(location.toString());
        if (!where.isEmpty()) out.append(where).append(": ");
        if (!path.isEmpty()) out.append(path).append(": ");
        return out.append(problem).toString();
    }

    /**
     * Escapes what would break the message's single line, hide in it or reorder it on screen: controls,
     * format characters (bidi controls, the byte-order mark), line and paragraph separators, lone surrogates.
     */
    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int units = Character.charCount(cp);
            switch (Character.getType(cp)) {
                case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                        Character.SURROGATE -> {
                    if (cp == '\n') out.append("\\n");
                    else if (cp == '\r') out.append("\\r");
                    else if (cp == '\t') out.append("\\t");
                    else for (int k = 0; k < units; k++) out.append(String.format("\\u%04X", (int) text.charAt(i + k)));
                }
                default -> out.appendCodePoint(cp);
            }
            i += units;
        }
        return out.toString();
    }

    /**
     * Returns where the problem is.
     *
     * @return the location
     */
    public SourceLocation location() {
        return location;
    }

    /**
     * Returns where the document came from.
     *
     * @return the file name or the name given to the reader, or empty
     */
    public Optional<String> source() {
        return location.file();
    }

    /**
     * Returns the line of the problem.
     *
     * @return the 1-based line, or 0 when unknown
     */
    public int line() {
        return location.line();
    }

    /**
     * Returns the column of the problem.
     *
     * @return the 1-based column in UTF-16 code units, or 0 when unknown
     */
    public int column() {
        return location.column();
    }

    /**
     * Returns the format's pointer to the offending value, such as the JSON Pointer
     * {@code /requirements/2/priority}; {@code ""} for the document as a whole.
     *
     * @return the pointer
     */
    public String pointer() {
        return location.pointer();
    }

    /**
     * Returns the place written as {@code requirements[2].priority}.
     *
     * @return the path, or {@code ""} for the document
     */
    public String path() {
        return path;
    }

    /**
     * Returns the problem alone, without source, location or path.
     *
     * @return one sentence
     */
    public String problem() {
        return problem;
    }

    /**
     * Returns the same problem in another file, such as the name the user typed.
     *
     * @param name the file name
     * @return a new exception with the same cause
     */
    public SpecReadException inFile(String name) {
        return new SpecReadException(location.inFile(name), path, problem, getCause());
    }
}
