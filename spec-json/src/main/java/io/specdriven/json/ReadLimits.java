package io.specdriven.json;

import io.specdriven.core.source.SpecReadException;

/**
 * The bounds a reader puts on a document, so that hostile input is refused in bounded time and memory
 * instead of exhausting the heap. A document that passes a limit is refused with a
 * {@link SpecReadException} naming the limit.
 *
 * <p>The defaults ({@link #DEFAULT}) are far above any real spec (the model's longest text field is
 * 10,000 characters, its deepest nesting 7 levels) and far below what hurts a JVM. An embedder that reads
 * bigger documents raises them:
 *
 * <pre>{@code
 * SpecReader reader = SpecJson.reader(ReadLimits.DEFAULT.withMaxDocumentLength(256L << 20));
 * }</pre>
 *
 * <p>A document is read whole into memory: peak memory while reading is about three times the document
 * limit (the text while it is decoded and copied into one string, then the spec built from it), so the
 * default of 32 Mi characters needs up to about 100 MB for Latin-1 text and 200 MB otherwise.
 *
 * @param maxDocumentLength the longest document, in characters (UTF-16 code units after decoding);
 *     reading stops as soon as it is passed
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number, in characters as written
 * @param maxNestingDepth the deepest nesting of arrays and objects
 * @since 0.1
 */
public record ReadLimits(long maxDocumentLength, int maxStringLength, int maxNumberLength, int maxNestingDepth) {
    /**
     * The defaults: documents up to 32 MiB (33,554,432 characters), strings up to 1,000,000 characters,
     * numbers up to 100 characters, nesting up to 64 levels.
     */
    public static final ReadLimits DEFAULT = new ReadLimits(32L << 20, 1_000_000, 100, 64);

    /**
     * Checks that every limit is positive.
     *
     * @param maxDocumentLength the longest document, in characters
     * @param maxStringLength the longest string value, in characters
     * @param maxNumberLength the longest number, in characters
     * @param maxNestingDepth the deepest nesting of arrays and objects
     *
     * @throws IllegalArgumentException naming the first limit that is not
     */
    public ReadLimits {
        positive(maxDocumentLength, "maxDocumentLength");
        positive(maxStringLength, "maxStringLength");
        positive(maxNumberLength, "maxNumberLength");
        positive(maxNestingDepth, "maxNestingDepth");
    }

    private static void positive(long value, String name) {
        if (value <= 0) throw new IllegalArgumentException(name + " must be positive, was " + value);
    }

    /**
     * Returns a copy with another document length limit.
     *
     * @param maxDocumentLength characters
     * @return the changed copy
     */
    public ReadLimits withMaxDocumentLength(long maxDocumentLength) {
        return new ReadLimits(maxDocumentLength, maxStringLength, maxNumberLength, maxNestingDepth);
    }

    /**
     * Returns a copy with another string length limit.
     *
     * @param maxStringLength characters
     * @return the changed copy
     */
    public ReadLimits withMaxStringLength(int maxStringLength) {
        return new ReadLimits(maxDocumentLength, maxStringLength, maxNumberLength, maxNestingDepth);
    }

    /**
     * Returns a copy with another number length limit.
     *
     * @param maxNumberLength characters, as written
     * @return the changed copy
     */
    public ReadLimits withMaxNumberLength(int maxNumberLength) {
        return new ReadLimits(maxDocumentLength, maxStringLength, maxNumberLength, maxNestingDepth);
    }

    /**
     * Returns a copy with another nesting depth limit.
     *
     * @param maxNestingDepth levels of nested arrays and objects
     * @return the changed copy
     */
    public ReadLimits withMaxNestingDepth(int maxNestingDepth) {
        return new ReadLimits(maxDocumentLength, maxStringLength, maxNumberLength, maxNestingDepth);
    }
}
