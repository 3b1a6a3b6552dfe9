package io.specdriven.json;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.Spec;
import io.specdriven.core.source.LocatedSpec;
import io.specdriven.core.source.SourceLocation;
import io.specdriven.core.source.SourceMap;
import io.specdriven.core.source.SpecFormatReader;
import io.specdriven.core.source.SpecReadException;
import io.specdriven.core.validation.ElementPath;
import io.specdriven.json.internal.Engine;
import io.specdriven.json.internal.FormatError;
import io.specdriven.json.internal.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads specs with a given set of {@link ReadLimits}. Immutable and thread-safe: make one and share it.
 * {@link SpecJson#read(Path)} and its siblings use one with the default limits.
 *
 * <pre>{@code
 * SpecReader reader = SpecJson.reader(ReadLimits.DEFAULT.withMaxDocumentLength(256L << 20));
 * Spec spec = reader.read(Path.of("specs/big.spec.json"));
 * }</pre>
 *
 * <p>It is the JSON implementation of the reader contract {@link SpecFormatReader}: format {@code json},
 * files ending {@code .spec.json} (any file can be read explicitly), found by
 * {@link io.specdriven.core.source.SpecFormats} or taken from {@link SpecJson#reader()}.
 *
 * <p>Byte input must be UTF-8, with or without a byte-order mark; character input may start with
 * U+FEFF, which is skipped. Streams and readers are read to the end (or to the document limit) and are
 * not closed.
 *
 * @since 0.1
 */
public final class SpecReader implements SpecFormatReader {
    private final ReadLimits limits;
    private final Engine engine;

    /**
     * Creates a reader with the default limits, the same as {@link SpecJson#reader()}; this is the
     * constructor {@link java.util.ServiceLoader} calls.
     */
    public SpecReader() {
        this(ReadLimits.DEFAULT);
    }

    SpecReader(ReadLimits limits) {
        this.limits = requireNonNull(limits, "limits");
        this.engine = new Engine(limits.maxDocumentLength(), limits.maxStringLength(), limits.maxNumberLength(),
                limits.maxNestingDepth());
    }

    Engine engine() {
        return engine;
    }

    /** Returns {@code json}. */
    @Override
    public String formatName() {
        return "json";
    }

    /** Returns {@code .spec.json}: the ending this reader looks for in a directory. */
    @Override
    public List<String> fileSuffixes() {
        return List.of(".spec.json");
    }

    /**
     * Reads a spec from UTF-8 bytes, with where it came from; errors and locations name {@code sourceName}.
     *
     * @param in the bytes; not closed
     * @param sourceName the name errors give, such as the file name as typed
     * @return the spec and its locations
     * @throws SpecReadException if the bytes are not a valid spec document, or reading them fails
     */
    @Override
    public LocatedSpec readLocated(InputStream in, String sourceName) {
        requireNonNull(sourceName, "sourceName");
        requireNonNull(in, "in");
        Engine.Located read;
        try {
            read = engine.readLocated(Source.decode(in, limits.maxDocumentLength()));
        } catch (IOException e) {
            throw new SpecReadException(SourceLocation.file(sourceName), "", "cannot be read: " + e.getMessage(), e);
        } catch (FormatError e) {
            throw e.located(sourceName);
        }
        Map<ElementPath, SourceLocation> inFile = new LinkedHashMap<>();
        read.locations().forEach((path, at) -> inFile.put(path, at.inFile(sourceName)));
        return new LocatedSpec(read.spec(), SourceMap.of(inFile, SourceLocation.file(sourceName)));
    }

    /**
     * Returns a reader with these limits, but documents of up to {@code maxBytes} bytes: UTF-8 gives at most
     * one character per byte, so the document length limit becomes {@code maxBytes} characters.
     *
     * @param maxBytes the largest document, in bytes, at least 1
     * @return the reader
     * @throws IllegalArgumentException if {@code maxBytes} is less than 1
     */
    @Override
    public SpecReader withMaxDocumentSize(long maxBytes) {
        return new SpecReader(limits.withMaxDocumentLength(maxBytes));
    }

    /**
     * Returns the limits this reader applies.
     *
     * @return the limits
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads a spec from a file; errors name the file as given.
     *
     * @param file the file
     * @return the spec
     * @throws SpecReadException if the file is not a valid spec document
     * @throws UncheckedIOException if the file cannot be read
     */
    public Spec read(Path file) {
        requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a spec from UTF-8 bytes.
     *
     * @param in the bytes; not closed
     * @return the spec
     * @throws SpecReadException if the bytes are not a valid spec document
     * @throws UncheckedIOException if reading fails
     */
    public Spec read(InputStream in) {
        return readBytes(in, null);
    }

    /**
     * Reads a spec from UTF-8 bytes, naming their source in errors.
     *
     * @param in the bytes; not closed
     * @param sourceName the name errors give, such as a file name or URL
     * @return the spec
     * @throws SpecReadException if the bytes are not a valid spec document
     * @throws UncheckedIOException if reading fails
     */
    public Spec read(InputStream in, String sourceName) {
        return readBytes(in, requireNonNull(sourceName, "sourceName"));
    }

    private Spec readBytes(InputStream in, String sourceName) {
        requireNonNull(in, "in");
        String text;
        try {
            text = Source.decode(in, limits.maxDocumentLength());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FormatError e) {
            throw e.located(sourceName);
        }
        return parse(text, sourceName);
    }

    /**
     * Reads a spec from characters.
     *
     * @param in the characters; not closed
     * @return the spec
     * @throws SpecReadException if the text is not a valid spec document
     * @throws UncheckedIOException if reading fails
     */
    public Spec read(Reader in) {
        return readChars(in, null);
    }

    /**
     * Reads a spec from characters, naming their source in errors.
     *
     * @param in the characters; not closed
     * @param sourceName the name errors give
     * @return the spec
     * @throws SpecReadException if the text is not a valid spec document
     * @throws UncheckedIOException if reading fails
     */
    public Spec read(Reader in, String sourceName) {
        return readChars(in, requireNonNull(sourceName, "sourceName"));
    }

    private Spec readChars(Reader in, String sourceName) {
        requireNonNull(in, "in");
        String text;
        try {
            text = Source.read(in, limits.maxDocumentLength());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FormatError e) {
            throw e.located(sourceName);
        }
        return parse(text, sourceName);
    }

    /**
     * Reads a spec from a JSON text.
     *
     * @param json the document
     * @return the spec
     * @throws SpecReadException if the text is not a valid spec document
     */
    public Spec read(String json) {
        return readText(requireNonNull(json, "json"), null);
    }

    /**
     * Reads a spec from a JSON text, naming its source in errors.
     *
     * @param json the document
     * @param sourceName the name errors give
     * @return the spec
     * @throws SpecReadException if the text is not a valid spec document
     */
    public Spec read(String json, String sourceName) {
        return readText(requireNonNull(json, "json"), requireNonNull(sourceName, "sourceName"));
    }

    private Spec readText(String json, String sourceName) {
        String text;
        try {
            text = Source.check(json, limits.maxDocumentLength());
        } catch (FormatError e) {
            throw e.located(sourceName);
        }
        return parse(text, sourceName);
    }

    private Spec parse(String text, String sourceName) {
        try {
            return engine.read(text);
        } catch (FormatError e) {
            throw e.located(sourceName);
        }
    }
}
