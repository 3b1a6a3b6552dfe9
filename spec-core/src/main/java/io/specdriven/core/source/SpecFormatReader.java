package io.specdriven.core.source;

import java.io.InputStream;
import java.util.List;

/**
 * Reads one document format (JSON, YAML, Markdown …) into a spec. Implementations are immutable and
 * thread-safe, refuse a bad document with a located {@link SpecReadException}, and are found through
 * {@link java.util.ServiceLoader} ({@link SpecFormats}) or created directly, for example
 * {@code SpecJson.reader()}.
 *
 * <pre>{@code
 * SpecFormatReader reader = SpecFormats.forFile("specs/orders.spec.json").orElseThrow();
 * try (InputStream in = Files.newInputStream(file)) {
 *     LocatedSpec read = reader.readLocated(in, file.toString());
 * }
 * }</pre>
 *
 * @since 0.1
 */
public interface SpecFormatReader {
    /**
     * Returns the format's name, as a user would type it: {@code json}, {@code yaml}, {@code markdown}.
     *
     * @return the lower-case name
     */
    String formatName();

    /**
     * Returns the file name endings this reader looks for when it searches a directory, such as
     * {@code .spec.json}; most specific first.
     *
     * @return the endings, with their leading dot
     */
    List<String> fileSuffixes();

    /**
     * Tells whether a file of this name is in this format, by its ending.
     *
     * @param fileName a file name or path
     * @return whether it ends with one of {@link #fileSuffixes()} (ignoring case)
     */
    default boolean accepts(String fileName) {
        String lower = java.util.Objects.requireNonNull(fileName, "fileName").toLowerCase(java.util.Locale.ROOT);
        return fileSuffixes().stream().anyMatch(s -> lower.endsWith(s.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * Reads one document from bytes.
     *
     * @param in the bytes; read to the end (or to the reader's size limit), not closed
     * @param sourceName the name errors and locations give, such as the file name as typed
     * @return the spec and where its elements stand
     * @throws SpecReadException if the bytes are not a valid spec document or cannot be read
     */
    LocatedSpec readLocated(InputStream in, String sourceName);

    /**
     * Returns a reader of this format that reads documents of up to {@code maxBytes} bytes: its own
     * document length limit set to fit them (raised or lowered), its other limits (nesting, string length)
     * unchanged. The application layer calls it to apply a size a user chose; a reader without a document
     * limit of its own returns itself, which is the default.
     *
     * @param maxBytes the largest document, in bytes, at least 1
     * @return a reader with that limit
     * @throws IllegalArgumentException if {@code maxBytes} is less than 1
     */
    default SpecFormatReader withMaxDocumentSize(long maxBytes) {
        if (maxBytes < 1) throw new IllegalArgumentException("maxBytes is " + maxBytes + ": use 1 or more");
        return this;
    }
}
