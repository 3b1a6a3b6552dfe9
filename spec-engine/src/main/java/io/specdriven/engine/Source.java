package io.specdriven.engine;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where a spec document comes from: a file or directory named as the user typed it, standard input, or an
 * in-memory document (an inline spec of an MCP call, a bundled example). A source is only a name and a
 * way to open it; {@link SpecEngine} does the reading, with one reader contract for every format.
 *
 * <pre>{@code
 * List<Source> sources = List.of(Source.file("specs"), Source.file("extra/orders.spec.json"));
 * CheckRun run = SpecEngine.standard().check(sources, CheckSettings.defaults());
 * }</pre>
 *
 * @since 0.1
 */
public final class Source {
    /** The name standard input has in reports and errors. */
    public static final String STDIN_NAME = "<stdin>";

    /** Opens a document's bytes. */
    @FunctionalInterface
    public interface Opener {
        /**
         * Opens the bytes; the caller closes the stream.
         *
         * @return the stream
         * @throws IOException if it cannot be opened
         */
        InputStream open() throws IOException;
    }

    private final String name;
    private final Optional<String> path;
    private final Optional<Opener> opener;
    private final boolean stdin;

    private Source(String name, Optional<String> path, Optional<Opener> opener, boolean stdin) {
        this.name = name;
        this.path = path;
        this.opener = opener;
        this.stdin = stdin;
    }

    /**
     * A file or a directory, as the user typed it. A directory stands for every spec file under it. Whether
     * the name is a valid path, exists and can be read is found out when it is read, and reported then.
     *
     * @param name the name as typed; reports and errors show it so
     * @return the source
     */
    public static Source file(String name) {
        return new Source(requireNonNull(name, "name"), Optional.of(name), Optional.empty(), false);
    }

    /**
     * Standard input, named {@value #STDIN_NAME} in reports; the command line spells it {@code -}.
     *
     * @param in the stream; read to the end, not closed
     * @return the source
     */
    public static Source stdin(InputStream in) {
        requireNonNull(in, "in");
        return new Source(STDIN_NAME, Optional.empty(), Optional.of(() -> new NonClosing(in)), true);
    }

    /**
     * An in-memory document or a resource, read in the format its name's ending says (JSON when none does).
     *
     * @param name the name reports and errors give, such as {@code csv-export.spec.json}
     * @param opener opens its bytes
     * @return the source
     */
    public static Source of(String name, Opener opener) {
        return new Source(requireNonNull(name, "name"), Optional.empty(), Optional.of(requireNonNull(opener, "opener")),
                false);
    }

    /**
     * Returns the name reports and errors give.
     *
     * @return the name as typed, {@value #STDIN_NAME}, or the given name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the file name as typed, for a file or directory.
     *
     * @return the name, or empty for standard input and in-memory documents
     */
    public Optional<String> path() {
        return path;
    }

    /**
     * Tells whether this is standard input.
     *
     * @return whether it was made by {@link #stdin(InputStream)}
     */
    public boolean isStdin() {
        return stdin;
    }

    Optional<Opener> opener() {
        return opener;
    }

    @Override
    public String toString() {
        return name;
    }

    /** Standard input is the caller's: reading a document must not close it. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // left open on purpose
        }
    }
}
