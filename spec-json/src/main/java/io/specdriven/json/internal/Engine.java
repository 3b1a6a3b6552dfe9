package io.specdriven.json.internal;

import io.specdriven.core.Spec;
import io.specdriven.core.diff.SpecDiff;
import io.specdriven.core.source.SourceLocation;
import io.specdriven.core.source.SourceMap;
import io.specdriven.core.trace.Traceability;
import io.specdriven.core.validation.ElementPath;
import io.specdriven.core.validation.ValidationReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Reads and writes whole documents with Jackson's streaming API only: no data binding, no reflection,
 * one pass over the tokens. Immutable and thread-safe.
 */
public final class Engine {
    private final JsonFactory factory;
    private final long maxDocumentLength;

    /**
     * Creates an engine with the given read limits.
     *
     * @param maxDocumentLength characters per document
     * @param maxStringLength characters per string
     * @param maxNumberLength characters per number
     * @param maxNestingDepth levels of nested arrays and objects
     */
    public Engine(long maxDocumentLength, int maxStringLength, int maxNumberLength, int maxNestingDepth) {
        this.maxDocumentLength = maxDocumentLength;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(maxDocumentLength)
                        .maxStringLength(maxStringLength)
                        .maxNumberLength(maxNumberLength)
                        .maxNestingDepth(maxNestingDepth)
                        // A long name is refused as an unknown field, which names it; the bound is the string's.
                        .maxNameLength(maxStringLength)
                        .build())
                // No STRICT_DUPLICATE_DETECTION: the reader tracks the fields of every object itself (there
                // are no free-form objects in the format) and its message names the element.
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                // Pin every write feature that changes bytes, so canonical output cannot follow a default.
                .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
                .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                .disable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
                .enable(JsonWriteFeature.QUOTE_PROPERTY_NAMES)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    /**
     * Returns the document length limit.
     *
     * @return characters
     */
    public long maxDocumentLength() {
        return maxDocumentLength;
    }

    /**
     * Reads one spec from a whole document.
     *
     * @param text the document
     * @return the spec
     * @throws FormatError if the document is not a valid specFormat 1 spec
     */
    public Spec read(String text) {
        return read(text, decoder -> decoder.document(text));
    }

    /**
     * Reads one spec from a whole document, with where its elements stand.
     *
     * @param text the document
     * @return the spec and its elements' locations (without a file name)
     * @throws FormatError if the document is not a valid specFormat 1 spec
     */
    public Located readLocated(String text) {
        return read(text, decoder -> new Located(decoder.document(text), decoder.locations()));
    }

    /**
     * A spec with the locations of its elements.
     *
     * @param spec the spec
     * @param locations where its elements start, by path
     */
    public record Located(Spec spec, Map<ElementPath, SourceLocation> locations) {}

    /**
     * Reads a document with the given body; separate so a test can make the body fail unexpectedly.
     *
     * @param text the document
     * @param body reads the document from the decoder
     * @param <T> what the body returns
     * @return what the body read
     */
    <T> T read(String text, Function<SpecDecoder, T> body) {
        FormatError error;
        boolean formatSeen;
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
            Cursor cursor = new Cursor(p);
            SpecDecoder decoder = new SpecDecoder(cursor);
            try {
                return body.apply(decoder);
            } catch (FormatError e) {
                error = e;
            } catch (JacksonException e) {
                error = JacksonErrors.translate(e, cursor);
            } catch (RuntimeException e) {
                // Broad on purpose, the last line of defence: a bad document must never reach the caller as a
                // raw exception (found in review); unexpected() names it a bug, keeps it as the cause.
                error = cursor.unexpected(e);
            }
            formatSeen = decoder.formatSeen();
        }
        if (!formatSeen) {
            // The error may be a symptom of a newer format (a field this version does not know): say so.
            FormatError newer = newerFormat(text);
            if (newer != null) throw newer;
        }
        throw error;
    }

    /** Looks for a top-level specFormat above ours, skipping everything else. */
    private FormatError newerFormat(String text) {
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("specFormat") && value == JsonToken.VALUE_NUMBER_INT
                        && p.getNumberType() == JsonParser.NumberType.INT && p.getIntValue() > SpecDecoder.FORMAT) {
                    var at = p.currentTokenLocation();
                    return new FormatError(at.getLineNr(), at.getColumnNr(), "/specFormat", "specFormat",
                            SpecDecoder.newerFormat(p.getString()));
                }
                p.skipChildren();
            }
        } catch (JacksonException e) {
            // The prefix before the malformed part had no newer specFormat: report the original error.
        }
        return null;
    }

    /**
     * Writes a spec as a canonical document: two-space indent, canonical field order, a final newline.
     *
     * @param spec the spec
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public void write(Spec spec, Writer out) throws IOException {
        write(out, g -> new SpecEncoder(g).spec(spec));
    }

    /**
     * Writes a validation report as a canonical document.
     *
     * @param report the report
     * @param locations where the findings' elements stand
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public void write(ValidationReport report, SourceMap locations, Writer out) throws IOException {
        write(out, g -> new ReportEncoder(g).report(report, locations));
    }

    /**
     * Writes a traceability matrix as a canonical document.
     *
     * @param trace the matrix
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public void write(Traceability trace, Writer out) throws IOException {
        write(out, g -> new TraceEncoder(g).trace(trace));
    }

    /**
     * Writes a diff as a canonical document.
     *
     * @param diff the diff
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public void write(SpecDiff diff, Writer out) throws IOException {
        write(out, g -> new DiffEncoder(g).diff(diff));
    }

    private void write(Writer out, Consumer<JsonGenerator> document) throws IOException {
        // Encode the whole document before touching the output: a failure part-way (an unpaired surrogate)
        // would otherwise leave a truncated document that the generator closes into valid-looking JSON
        // (found in review).
        String text = encode(document);
        out.write(text);
        out.flush();
    }

    private String encode(Consumer<JsonGenerator> document) {
        ObjectWriteContext context = new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return new CanonicalPrettyPrinter();
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        };
        StringWriter out = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(context, out)) {
            document.accept(g);
        }
        return out.append('\n').toString();
    }

    /**
     * Returns a spec as a canonical document, ending with a newline.
     *
     * @param spec the spec
     * @return the document
     * @throws IllegalArgumentException if a text of the spec holds an unpaired surrogate
     */
    public String toJson(Spec spec) {
        return encode(g -> new SpecEncoder(g).spec(spec));
    }

    /**
     * Returns a traceability matrix as a canonical document, ending with a newline.
     *
     * @param trace the matrix
     * @return the document
     */
    public String toJson(Traceability trace) {
        return encode(g -> new TraceEncoder(g).trace(trace));
    }

    /**
     * Returns a diff as a canonical document, ending with a newline.
     *
     * @param diff the diff
     * @return the document
     */
    public String toJson(SpecDiff diff) {
        return encode(g -> new DiffEncoder(g).diff(diff));
    }

    /**
     * Reads a spec object where the parser stands, for the data-binding module.
     *
     * @param parser a parser standing on the spec's START_OBJECT
     * @return the spec
     * @throws FormatError if the object is not a valid spec
     */
    public static Spec readSpec(JsonParser parser) {
        Cursor cursor = new Cursor(parser);
        try {
            return new SpecDecoder(cursor).spec();
        } catch (FormatError e) {
            throw e;
        } catch (JacksonException e) {
            throw JacksonErrors.translate(e, cursor);
        } catch (RuntimeException e) {
            // Broad on purpose, as in read(): a bug is reported as a located error with its cause, never raw.
            throw cursor.unexpected(e);
        }
    }

    /**
     * Writes a spec object to a generator, for the data-binding module; the layout is the generator's.
     *
     * @param spec the spec
     * @param generator where to write
     */
    public static void writeSpec(Spec spec, JsonGenerator generator) {
        new SpecEncoder(generator).spec(spec);
    }
}
