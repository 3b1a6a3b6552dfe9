package io.specdriven.json;

import io.specdriven.json.internal.FormatError;
import io.specdriven.json.internal.Text;
import java.util.Optional;

/**
 * A document is not a valid specdriven JSON spec: it is not UTF-8 JSON, breaks a read limit, does not
 * follow the format, or holds a value the model refuses (such as a malformed id). Nothing is returned
 * when this is thrown: a spec is read whole or not at all.
 *
 * <p>{@link #getMessage()} is one line, ready to show a user:
 *
 * <pre>{@code
 * [source:]line:column: [path: ]problem
 * specs/x.spec.json:14:9: requirements[2].priority: 'MUSTT' is not one of MUST, SHOULD, COULD, WONT (did you mean MUST?)
 * }</pre>
 *
 * <ul>
 *   <li>{@code source} is the file name or the name given to the reader, left out (with its colon) when
 *       there is none;
 *   <li>{@code line} and {@code column} are 1-based, at the start of the offending token. Columns count
 *       UTF-16 code units, as most editors do: a tab is one column, a character outside the Basic
 *       Multilingual Plane (such as an emoji) two, a combining mark one; a leading byte-order mark is not
 *       counted. Lines end at {@code \n}, {@code \r\n} or {@code \r};
 *   <li>{@code path} names the offending value the way Java code would reach it, with 0-based indexes,
 *       left out (with its colon) for the document as a whole;
 *   <li>{@code problem} is one sentence saying what is wrong and, where it helps, what is expected.
 * </ul>
 *
 * @since 0.1
 */
public final class SpecFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @serial the file or other source that was read */
    private final String source;
    /** @serial the 1-based line of the offending token */
    private final int line;
    /** @serial the 1-based column of the offending token, in UTF-16 code units */
    private final int column;
    /** @serial the JSON Pointer (RFC 6901) to the offending value */
    private final String pointer;
    /** @serial the same place as the pointer, written as {@code requirements[2].priority} */
    private final String path;
    /** @serial what is wrong, in one sentence */
    private final String problem;

    SpecFormatException(String source, FormatError error) {
        super(format(source, error), error.getCause(), false, true);
        this.source = source;
        this.line = error.line();
        this.column = error.column();
        this.pointer = error.pointer();
        this.path = error.path();
        this.problem = error.problem();
    }

    private static String format(String source, FormatError e) {
        StringBuilder out = new StringBuilder();
        // A file name is text too: a line break in it must not break the message's single line.
        if (source != null) out.append(Text.oneLine(source)).append(':');
        out.append(e.line()).append(':').append(e.column()).append(": ");
        if (!e.path().isEmpty()) out.append(e.path()).append(": ");
        return out.append(e.problem()).toString();
    }

    /**
     * Returns where the document came from.
     *
     * @return the file name or the name given to the reader, or empty
     */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /**
     * Returns the line of the offending token.
     *
     * @return the 1-based line
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column of the offending token.
     *
     * @return the 1-based column, in UTF-16 code units
     */
    public int column() {
        return column;
    }

    /**
     * Returns the JSON Pointer (RFC 6901) to the offending value, such as {@code /requirements/2/priority};
     * for a missing field, the object that lacks it; {@code ""} for the document as a whole (for example
     * when it is not UTF-8 or not JSON at all before any value).
     *
     * @return the pointer
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns the same place as {@link #pointer()}, written as {@code requirements[2].priority}.
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
}
