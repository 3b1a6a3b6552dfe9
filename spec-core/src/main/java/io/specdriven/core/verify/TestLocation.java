package io.specdriven.core.verify;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * Where a test is written: its source file and, when known, its line.
 *
 * @param file the file, as the results named it ({@code CsvExportTest.java} or a path)
 * @param line the 1-based line, when known
 * @since 0.1
 */
public record TestLocation(String file, OptionalInt line) {
    /**
     * Checks for nulls and that a line is positive.
     *
     * @param file the file
     * @param line the 1-based line, when known
     * @throws IllegalArgumentException if the line is less than 1
     */
    public TestLocation {
        requireNonNull(file, "file");
        requireNonNull(line, "line");
        if (line.isPresent() && line.getAsInt() < 1) {
            throw new IllegalArgumentException("line must be 1 or more, not " + line.getAsInt());
        }
    }

    /**
     * Returns a source with a known line.
     *
     * @param file the file
     * @param line the 1-based line
     * @return the source
     */
    public static TestLocation of(String file, int line) {
        return new TestLocation(file, OptionalInt.of(line));
    }

    /**
     * Returns a source whose line is not known.
     *
     * @param file the file
     * @return the source
     */
    public static TestLocation of(String file) {
        return new TestLocation(file, OptionalInt.empty());
    }

    /** Returns {@code file:line}, or the file alone when the line is not known. */
    @Override
    public String toString() {
        return line.isPresent() ? file + ":" + line.getAsInt() : file;
    }
}
