package io.specdriven.json;

import io.specdriven.core.source.SpecReadException;
import static java.util.Objects.requireNonNull;

import io.specdriven.core.Spec;
import io.specdriven.core.diff.SpecDiff;
import io.specdriven.core.source.SourceMap;
import io.specdriven.core.trace.Traceability;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.json.internal.AtomicFile;
import io.specdriven.json.internal.SpecDecoder;
import io.specdriven.json.internal.SpecEncoder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes specs in the specdriven JSON format, {@code specFormat 1} (see {@code docs/format.md}
 * and the JSON Schema {@link #schema()}).
 *
 * <pre>{@code
 * Spec spec = SpecJson.read(Path.of("specs/csv-export.spec.json"));   // or InputStream, Reader, String
 * SpecJson.write(spec, Path.of("out.spec.json"));                      // or OutputStream, Writer
 * String json = SpecJson.toJson(spec);
 * }</pre>
 *
 * <p><b>Reading is strict.</b> Unknown fields, duplicate fields, wrong types (no coercion), comments,
 * trailing content and any other non-standard JSON are refused with a {@link SpecReadException} that
 * names the place; so are the model's own refusals, such as a malformed id. A reader applies
 * {@link ReadLimits}; {@link #reader(ReadLimits)} makes one with other limits.
 *
 * <p><b>Writing is canonical.</b> Equal specs give byte-identical documents: UTF-8, fields in a fixed
 * order, two-space indent, {@code \n} line ends and a final newline, with empty Optionals, empty lists
 * and {@code false} flags left out.
 *
 * <p>{@link #toJson(ValidationReport)} gives a validation report a JSON form for tools,
 * {@link #toJson(Traceability)} a traceability matrix and {@link #toJson(SpecDiff)} a diff; these
 * documents are output only.
 *
 * <p>All methods are thread-safe.
 *
 * @since 0.1
 */
public final class SpecJson {
    /** The format version this library reads and writes: {@value}. */
    public static final int FORMAT_VERSION = SpecDecoder.FORMAT;

    /** The {@code $schema} URL written at the top of every document. */
    public static final String SCHEMA_URL = SpecEncoder.SCHEMA_URL;

    /**
     * The JSON Schema's path inside this library's jar. On the class path it can be read with
     * {@code ClassLoader.getResource}; on the module path the package is encapsulated, so use
     * {@link #schema()}.
     */
    public static final String SCHEMA_RESOURCE = "/io/specdriven/json/spec-1.schema.json";

    /** The JSON Schema of validation reports and check runs, inside this library's jar; see {@link #reportSchema()}. */
    public static final String REPORT_SCHEMA_RESOURCE = "/io/specdriven/json/report-2.schema.json";

    /** The JSON Schema of traceability matrices ({@code traceFormat} 1) inside this jar; see {@link #traceSchema()}. */
    public static final String TRACE_SCHEMA_RESOURCE = "/io/specdriven/json/trace-1.schema.json";

    /** The JSON Schema of diffs ({@code diffFormat} 1) inside this jar; see {@link #diffSchema()}. */
    public static final String DIFF_SCHEMA_RESOURCE = "/io/specdriven/json/diff-1.schema.json";

    private static final SpecReader DEFAULT_READER = new SpecReader(ReadLimits.DEFAULT);

    private SpecJson() {}

    /**
     * Returns a reader with other limits.
     *
     * @param limits the limits
     * @return a reader; immutable and thread-safe
     */
    public static SpecReader reader(ReadLimits limits) {
        return new SpecReader(limits);
    }

    /**
     * Returns the reader with the default limits.
     *
     * @return the default reader
     */
    public static SpecReader reader() {
        return DEFAULT_READER;
    }

    /**
     * Reads a spec from a UTF-8 file, with the default limits; errors name the file as given.
     *
     * @param file the file
     * @return the spec
     * @throws SpecReadException if the file is not a valid spec document
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Spec read(Path file) {
        return DEFAULT_READER.read(file);
    }

    /**
     * Reads a spec from UTF-8 bytes, with the default limits.
     *
     * @param in the bytes; not closed
     * @return the spec
     * @throws SpecReadException if the bytes are not a valid spec document
     * @throws UncheckedIOException if reading fails
     */
    public static Spec read(InputStream in) {
        return DEFAULT_READER.read(in);
    }

    /**
     * Reads a spec from characters, with the default limits.
     *
     * @param in the characters; not closed
     * @return the spec
     * @throws SpecReadException if the text is not a valid spec document
     * @throws UncheckedIOException if reading fails
     */
    public static Spec read(Reader in) {
        return DEFAULT_READER.read(in);
    }

    /**
     * Reads a spec from a JSON text, with the default limits.
     *
     * @param json the document
     * @return the spec
     * @throws SpecReadException if the text is not a valid spec document
     */
    public static Spec read(String json) {
        return DEFAULT_READER.read(json);
    }

    /**
     * Writes a spec to a file as canonical UTF-8 JSON, replacing the file if it exists. The whole document
     * is encoded first, written to a new file in the same directory and then moved into place (atomically
     * where the file system can), so a failure leaves an existing file as it was.
     *
     * @param spec the spec
     * @param file the file
     * @throws UncheckedIOException if writing fails
     * @throws IllegalArgumentException if a text of the spec holds an unpaired surrogate, which UTF-8
     *     cannot encode; the file is not touched then
     */
    public static void write(Spec spec, Path file) {
        requireNonNull(spec, "spec");
        requireNonNull(file, "file");
        String json = DEFAULT_READER.engine().toJson(spec); // fails before the file is touched
        writeFile(file, json);
    }

    /** Writes a whole document to a file through {@link AtomicFile}; says why it failed, naming the file once. */
    private static void writeFile(Path file, String json) {
        try {
            AtomicFile.write(file, json);
        } catch (FileSystemException e) { // its message is "file: reason", or only the file: say the reason once
            String reason = e.getReason() != null ? e.getReason()
                    : e instanceof NoSuchFileException ? "no such file or directory"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof FileSystemLoopException ? "a symbolic link loop"
                    : e.getClass().getSimpleName();
            throw new UncheckedIOException("cannot write " + file + ": " + reason, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a spec to a stream as canonical UTF-8 JSON.
     *
     * @param spec the spec
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException if writing fails
     * @throws IllegalArgumentException if a text of the spec holds an unpaired surrogate; nothing is
     *     written then
     */
    public static void write(Spec spec, OutputStream out) {
        requireNonNull(out, "out");
        write(spec, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /**
     * Writes a spec to a writer as canonical JSON.
     *
     * @param spec the spec
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException if writing fails
     * @throws IllegalArgumentException if a text of the spec holds an unpaired surrogate; nothing is
     *     written then
     */
    public static void write(Spec spec, Writer out) {
        requireNonNull(spec, "spec");
        requireNonNull(out, "out");
        try {
            DEFAULT_READER.engine().write(spec, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns a spec as canonical JSON text, ending with a newline.
     *
     * @param spec the spec
     * @return the document
     * @throws IllegalArgumentException if a text of the spec holds an unpaired surrogate
     */
    public static String toJson(Spec spec) {
        return DEFAULT_READER.engine().toJson(requireNonNull(spec, "spec"));
    }

    /**
     * Writes a validation report as canonical JSON, for tools and agents (reportFormat 2, see
     * {@code docs/format.md}, "Validation reports"): the verdict, score and counts, every finding
     * ({@code rule}, {@code severity}, {@code message}, {@code element}, {@code path}, {@code fix}), the
     * waived findings with their reasons, and the rules that ran. {@code spec check --format json} embeds
     * this same object for each file it checked.
     *
     * @param report the report
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(ValidationReport report, Writer out) {
        write(report, SourceMap.empty(), out);
    }

    /**
     * Writes a validation report as canonical JSON with the place of each finding: its {@code file}, and
     * its {@code line} and {@code column} where the reader recorded the element's position.
     *
     * <pre>{@code
     * LocatedSpec read = SpecJson.reader().readLocated(in, "specs/orders.spec.json");
     * SpecJson.write(SpecValidator.standard().validate(read.spec()), read.locations(), writer);
     * }</pre>
     *
     * @param report the report
     * @param locations where the spec's elements stand, as its reader returned them
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(ValidationReport report, SourceMap locations, Writer out) {
        requireNonNull(report, "report");
        requireNonNull(locations, "locations");
        requireNonNull(out, "out");
        try {
            DEFAULT_READER.engine().write(report, locations, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a validation report as canonical UTF-8 JSON.
     *
     * @param report the report
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(ValidationReport report, OutputStream out) {
        requireNonNull(out, "out");
        write(report, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /**
     * Returns a validation report as canonical JSON text, ending with a newline.
     *
     * @param report the report
     * @return the document
     */
    public static String toJson(ValidationReport report) {
        return toJson(report, SourceMap.empty());
    }

    /**
     * Returns a validation report as canonical JSON text with the place of each finding, ending with a
     * newline.
     *
     * @param report the report
     * @param locations where the spec's elements stand
     * @return the document
     */
    public static String toJson(ValidationReport report, SourceMap locations) {
        StringWriter out = new StringWriter();
        write(report, locations, out);
        return out.toString();
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the report ({@code reportFormat} 2) and of the
     * {@code spec check --format json} run that embeds it, as shipped at {@link #REPORT_SCHEMA_RESOURCE}.
     *
     * @return the schema's text
     */
    public static String reportSchema() {
        return resource(REPORT_SCHEMA_RESOURCE);
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of a traceability matrix as {@link #write(Traceability, Writer)}
     * and {@code spec trace --format json} write it ({@code traceFormat} 1), as shipped at
     * {@link #TRACE_SCHEMA_RESOURCE}.
     *
     * @return the schema's text
     */
    public static String traceSchema() {
        return resource(TRACE_SCHEMA_RESOURCE);
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of a diff as {@link #write(SpecDiff, Writer)} and
     * {@code spec diff --format json} write it ({@code diffFormat} 1), as shipped at
     * {@link #DIFF_SCHEMA_RESOURCE}.
     *
     * @return the schema's text
     */
    public static String diffSchema() {
        return resource(DIFF_SCHEMA_RESOURCE);
    }

    /**
     * Writes a traceability matrix as canonical JSON, for tools: each requirement with its acceptance
     * criteria, realizing use cases and used entities, the same links read backwards, and the orphans
     * (see {@code docs/format.md}, "Traceability").
     *
     * <pre>{@code
     * SpecJson.write(Traceability.of(spec), Path.of("build/trace.json"));
     * }</pre>
     *
     * @param trace the matrix
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException if writing fails
     * @since 0.1
     */
    public static void write(Traceability trace, Writer out) {
        requireNonNull(trace, "trace");
        requireNonNull(out, "out");
        try {
            DEFAULT_READER.engine().write(trace, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a traceability matrix as canonical UTF-8 JSON.
     *
     * @param trace the matrix
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException if writing fails
     * @since 0.1
     */
    public static void write(Traceability trace, OutputStream out) {
        requireNonNull(out, "out");
        write(trace, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /**
     * Writes a traceability matrix to a file as canonical UTF-8 JSON, replacing the file if it exists; like
     * {@link #write(Spec, Path)}, a failure leaves an existing file as it was.
     *
     * @param trace the matrix
     * @param file the file
     * @throws UncheckedIOException if writing fails
     * @since 0.1
     */
    public static void write(Traceability trace, Path file) {
        requireNonNull(trace, "trace");
        requireNonNull(file, "file");
        String json = DEFAULT_READER.engine().toJson(trace); // fails before the file is touched
        writeFile(file, json);
    }

    /**
     * Returns a traceability matrix as canonical JSON text, ending with a newline.
     *
     * @param trace the matrix
     * @return the document
     * @since 0.1
     */
    public static String toJson(Traceability trace) {
        StringWriter out = new StringWriter();
        write(trace, out);
        return out.toString();
    }

    /**
     * Writes a diff as canonical JSON, for tools: whether the versions are equal, counts, every change
     * with its element and changed fields (old and new value as text), and the suspect elements with
     * their reasons (see {@code docs/format.md}, "Diffs").
     *
     * <pre>{@code
     * SpecDiff diff = SpecDiff.between(SpecJson.read(v1), SpecJson.read(v2));
     * SpecJson.write(diff, System.out);
     * }</pre>
     *
     * @param diff the diff
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException if writing fails
     * @since 0.1
     */
    public static void write(SpecDiff diff, Writer out) {
        requireNonNull(diff, "diff");
        requireNonNull(out, "out");
        try {
            DEFAULT_READER.engine().write(diff, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a diff as canonical UTF-8 JSON.
     *
     * @param diff the diff
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException if writing fails
     * @since 0.1
     */
    public static void write(SpecDiff diff, OutputStream out) {
        requireNonNull(out, "out");
        write(diff, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /**
     * Writes a diff to a file as canonical UTF-8 JSON, replacing the file if it exists; like
     * {@link #write(Spec, Path)}, a failure leaves an existing file as it was.
     *
     * @param diff the diff
     * @param file the file
     * @throws UncheckedIOException if writing fails
     * @since 0.1
     */
    public static void write(SpecDiff diff, Path file) {
        requireNonNull(diff, "diff");
        requireNonNull(file, "file");
        String json = DEFAULT_READER.engine().toJson(diff); // fails before the file is touched
        writeFile(file, json);
    }

    /**
     * Returns a diff as canonical JSON text, ending with a newline.
     *
     * @param diff the diff
     * @return the document
     * @since 0.1
     */
    public static String toJson(SpecDiff diff) {
        StringWriter out = new StringWriter();
        write(diff, out);
        return out.toString();
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the format, as shipped at {@link #SCHEMA_RESOURCE}.
     *
     * @return the schema's text
     */
    public static String schema() {
        return resource(SCHEMA_RESOURCE);
    }

    private static String resource(String name) {
        try (InputStream in = SpecJson.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the schema is missing from the jar: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
