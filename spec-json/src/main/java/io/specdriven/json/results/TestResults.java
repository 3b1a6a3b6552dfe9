package io.specdriven.json.results;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.Spec;
import io.specdriven.core.verify.TestResult;
import io.specdriven.json.internal.AtomicFile;
import io.specdriven.json.internal.results.CucumberJsonDecoder;
import io.specdriven.json.internal.results.JUnitXmlDecoder;
import io.specdriven.json.internal.results.Located;
import io.specdriven.json.internal.results.Node;
import io.specdriven.json.internal.results.ResultsJsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads and writes test results: the files {@code spec verify} takes with {@code --results}.
 *
 * <p>Three formats are recognised by their content, whatever the file is called:
 * <ul>
 *   <li>specdriven's results JSON ({@code resultsFormat} 1, docs/verification.md), as the spec-junit
 *       listener writes it to {@code target/spec-results};</li>
 *   <li>JUnit XML reports, as Surefire and Failsafe write them ({@code TEST-*.xml}: ids from a test case's
 *       {@code <property name="verifies" value="AC-1,AC-2"/>}, reruns as earlier failed runs) and as
 *       Cucumber's JUnit formatter writes them (ids from the first word of the scenario name);</li>
 *   <li>Cucumber's JSON report (ids from the scenario's tags, {@code @AC-1} naming {@code AC-1}).</li>
 * </ul>
 *
 * <p>A file is read whole or not at all: any problem throws a {@link ResultsFormatException} naming the
 * file, line and column. XML is parsed with the JDK's parser, hardened: a DOCTYPE is refused, so external
 * entities and entity expansion (billion laughs) never happen. A file larger than the reader's limit is
 * refused before it is read. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<TestResult> results = TestResults.reader().read(Path.of("target/spec-results"));
 * Verification v = Verification.of(spec, results);
 * }</pre>
 *
 * @since 0.1
 */
public final class TestResults {
    /** The largest file the default reader reads: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;

    private static final TestResults DEFAULT = new TestResults(DEFAULT_MAX_BYTES);

    private final long maxBytes;

    private TestResults(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Returns the reader with the default size limit, {@value #DEFAULT_MAX_BYTES} bytes a file.
     *
     * @return the reader
     */
    public static TestResults reader() {
        return DEFAULT;
    }

    /**
     * Returns a reader with another size limit.
     *
     * @param maxBytes the largest file it reads, in bytes
     * @return the reader
     * @throws IllegalArgumentException if the limit is less than 1
     */
    public static TestResults reader(long maxBytes) {
        if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be 1 or more, not " + maxBytes);
        return new TestResults(maxBytes);
    }

    /**
     * Reads a results file, or every results file of a directory: its {@code *.json} and {@code *.xml}
     * files (not those of its subdirectories, and not hidden ones), in the order of their names.
     *
     * @param path a file or a directory
     * @return the results, in the order of the files and, within a file, as written
     * @throws ResultsFormatException if a file cannot be read or is not a results file; nothing is returned
     * @throws UncheckedIOException if the directory cannot be listed
     */
    public List<TestResult> read(Path path) {
        requireNonNull(path, "path");
        if (!Files.isDirectory(path)) return readFile(path);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(path)) {
            s.filter(p -> {
                String n = p.getFileName().toString();
                return !n.startsWith(".") && (n.endsWith(".json") || n.endsWith(".xml")) && Files.isRegularFile(p);
            }).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new ResultsFormatException(path.toString(), 1, 1, "cannot list the directory: " + reason(e), e);
        }
        List<TestResult> out = new ArrayList<>();
        for (Path f : files) out.addAll(readFile(f));
        return out;
    }

    private List<TestResult> readFile(Path file) {
        String name = file.toString();
        if (!Files.exists(file)) throw new ResultsFormatException(name, 1, 1, "no such file or directory", null);
        if (!Files.isRegularFile(file)) throw new ResultsFormatException(name, 1, 1, "not a regular file", null);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (NoSuchFileException e) {
            throw new ResultsFormatException(name, 1, 1, "no such file or directory", e);
        } catch (IOException e) {
            throw new ResultsFormatException(name, 1, 1, "cannot read the file: " + reason(e), e);
        }
        if (bytes.length > maxBytes) {
            throw new ResultsFormatException(name, 1, 1, "the file is larger than the limit of " + maxBytes
                    + " bytes; it is not read", null);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ResultsFormatException(name, 1, 1, "the file is not UTF-8 text", e);
        }
        return parse(name, text);
    }

    /**
     * Reads results from text, recognising the format by its content.
     *
     * @param name the name to report problems under, such as the file name
     * @param text the whole content
     * @return the results, as written
     * @throws ResultsFormatException if the text is not a results file of a format specdriven reads
     */
    public List<TestResult> parse(String name, String text) {
        requireNonNull(name, "name");
        requireNonNull(text, "text");
        if (text.length() > maxBytes) {
            throw new ResultsFormatException(name, 1, 1, "the text is larger than the limit of " + maxBytes
                    + " bytes; it is not read", null);
        }
        try {
            if (JUnitXmlDecoder.looksLikeXml(text)) return JUnitXmlDecoder.decode(text);
            Node root = Node.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
            if (ResultsJsonCodec.isOurs(root)) return ResultsJsonCodec.decode(root);
            if (CucumberJsonDecoder.isCucumber(root)) return CucumberJsonDecoder.decode(root);
            throw new Located(1, 1, "not a results file: expected specdriven results JSON (an object with"
                    + " 'resultsFormat'), Cucumber JSON (an array of features) or a JUnit XML report", null);
        } catch (Located e) {
            throw new ResultsFormatException(name, e.line(), e.column(), e.getMessage(), e);
        }
    }

    /**
     * Writes results as specdriven's results JSON, all at once: the file is replaced only when the whole
     * text is written, so a reader never sees half a file.
     *
     * @param file the file to write
     * @param tool who wrote the results, such as {@code specdriven-junit 0.1.0}
     * @param started when the run started
     * @param spec the spec the tests ran against, when known (its id and version are recorded)
     * @param specFile the spec's file as configured, when known
     * @param results the results
     * @throws UncheckedIOException if the file cannot be written; it is then unchanged
     */
    public static void write(Path file, String tool, Instant started, Optional<Spec> spec,
            Optional<String> specFile, List<TestResult> results) {
        String text = toJson(tool, started, spec, specFile, results);
        try {
            AtomicFile.write(requireNonNull(file, "file"), text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + reason(e), e);
        }
    }

    /**
     * Returns results as specdriven's results JSON.
     *
     * @param tool who wrote the results
     * @param started when the run started
     * @param spec the spec the tests ran against, when known
     * @param specFile the spec's file as configured, when known
     * @param results the results
     * @return the JSON text, ending with a line break
     */
    public static String toJson(String tool, Instant started, Optional<Spec> spec, Optional<String> specFile,
            List<TestResult> results) {
        requireNonNull(tool, "tool");
        requireNonNull(started, "started");
        requireNonNull(spec, "spec");
        requireNonNull(specFile, "specFile");
        List<TestResult> copy = List.copyOf(requireNonNull(results, "results"));
        return ResultsJsonCodec.encode(new ResultsJsonCodec.Header(tool, started,
                spec.map(s -> s.id().value()).orElse(null), spec.flatMap(Spec::version).orElse(null),
                specFile.orElse(null)), copy);
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
