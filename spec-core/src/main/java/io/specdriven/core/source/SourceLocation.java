package io.specdriven.core.source;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A place in a source document: the file (or the name the reader was given), the 1-based line and
 * column where known, and a format-specific pointer (a JSON Pointer such as {@code /requirements/2}, a
 * YAML path, a Markdown heading), empty when the format has none.
 *
 * <pre>{@code
 * SourceLocation at = SourceLocation.of("specs/orders.spec.json", 14, 9, "/requirements/2/priority");
 * at.toString(); // specs/orders.spec.json:14:9
 * }</pre>
 *
 * @param file the file name as given, or the source name; empty when the document has none (a string)
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column in UTF-16 code units, or 0 when unknown (always 0 when the line is)
 * @param pointer the format's own pointer to the place, or {@code ""}
 * @since 0.1
 */
public record SourceLocation(Optional<String> file, int line, int column, String pointer) {
    private static final SourceLocation UNKNOWN = new SourceLocation(Optional.empty(), 0, 0, "");

    /**
     * Checks for nulls and impossible positions.
     *
     * @param file the file name, if any
     * @param line the 1-based line, or 0
     * @param column the 1-based column, or 0
     * @param pointer the format's pointer, or {@code ""}
     */
    public SourceLocation {
        requireNonNull(file, "file");
        requireNonNull(pointer, "pointer");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown: " + line + ":" + column);
        }
        if (line == 0 && column != 0) throw new IllegalArgumentException("a column needs a line: 0:" + column);
    }

    /**
     * Returns a location with every part.
     *
     * @param file the file name
     * @param line the 1-based line, or 0
     * @param column the 1-based column, or 0
     * @param pointer the format's pointer, or {@code ""}
     * @return the location
     */
    public static SourceLocation of(String file, int line, int column, String pointer) {
        return new SourceLocation(Optional.of(requireNonNull(file, "file")), line, column, pointer);
    }

    /**
     * Returns the location of a whole file, without a line.
     *
     * @param file the file name
     * @return the location
     */
    public static SourceLocation file(String file) {
        return of(file, 0, 0, "");
    }

    /**
     * Returns the location that knows nothing.
     *
     * @return no file, no line, no pointer
     */
    public static SourceLocation unknown() {
        return UNKNOWN;
    }

    /**
     * Returns this location in another file, such as the name the user typed.
     *
     * @param name the file name
     * @return the same line, column and pointer in {@code name}
     */
    public SourceLocation inFile(String name) {
        return new SourceLocation(Optional.of(requireNonNull(name, "name")), line, column, pointer);
    }

    /**
     * Tells whether the line is known.
     *
     * @return {@code line() > 0}
     */
    public boolean hasLine() {
        return line > 0;
    }

    /**
     * Returns {@code FILE:LINE:COLUMN}, leaving out what is unknown (an unknown file leaves
     * {@code LINE:COLUMN}).
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file.orElse(""));
        if (line > 0) {
            if (out.length() > 0) out.append(':');
            out.append(line);
            if (column > 0) out.append(':').append(column);
        }
        return out.toString();
    }
}
