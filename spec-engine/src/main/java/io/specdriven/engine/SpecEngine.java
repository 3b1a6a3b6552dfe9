package io.specdriven.engine;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.Spec;
import io.specdriven.core.diff.SpecDiff;
import io.specdriven.core.source.LocatedSpec;
import io.specdriven.core.source.SourceLocation;
import io.specdriven.core.source.SpecFormatReader;
import io.specdriven.core.source.SpecFormats;
import io.specdriven.core.source.SpecReadException;
import io.specdriven.core.trace.Traceability;
import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.SpecRule;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.view.FeatureFile;
import io.specdriven.core.view.TestClassFile;
import io.specdriven.html.SpecHtml;
import io.specdriven.core.verify.AcceptanceHistory;
import io.specdriven.core.verify.AcceptanceRun;
import io.specdriven.core.verify.TestResult;
import io.specdriven.core.verify.Verification;
import io.specdriven.core.view.SpecViews;
import io.specdriven.engine.internal.FeatureFiles;
import io.specdriven.engine.internal.FileNames;
import io.specdriven.engine.internal.Inputs;
import io.specdriven.engine.internal.Version;
import io.specdriven.json.results.AcceptanceLog;
import io.specdriven.json.results.ResultsFormatException;
import io.specdriven.json.results.TestResults;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * The application layer of specdriven: typed requests (check, render, trace, diff, verify, metrics, rules) over
 * {@link Source}s, answered with the library's own values. The command-line tool, the Maven plugin and
 * the MCP server are adapters over it: they translate their input into these calls and print, log or
 * return what comes back, through {@link SpecOutput}.
 *
 * <pre>{@code
 * SpecEngine engine = SpecEngine.standard();
 * CheckRun run = engine.check(List.of(Source.file("specs")), CheckSettings.defaults());
 * SpecOutput.of(OutputFormat.JSON).write(run, System.out);
 * System.exit(run.exitCode());
 * }</pre>
 *
 * <p>Reading goes through the core's reader contract: each file is read by the first
 * {@link SpecFormatReader} whose file endings match its name, else by the first reader (JSON). Only
 * regular files are opened (and standard input when asked): a directory stands for the spec files under
 * it, anything else is refused with the real reason. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SpecEngine {
    private final List<SpecFormatReader> readers;
    /** The largest document, in bytes; 0: only the readers' own limits apply. */
    private final long maxDocumentSize;
    /** What the refusal of a larger document adds: how the user of this engine raises the limit. */
    private final String howToRaise;

    private SpecEngine(List<SpecFormatReader> readers) {
        this(readers, 0, "");
    }

    private SpecEngine(List<SpecFormatReader> readers, long maxDocumentSize, String howToRaise) {
        this.readers = List.copyOf(readers);
        if (this.readers.isEmpty()) {
            throw new IllegalStateException("no spec reader is installed: put spec-json on the class path");
        }
        this.maxDocumentSize = maxDocumentSize;
        this.howToRaise = howToRaise;
    }

    /**
     * Returns this engine reading documents of up to {@code maxBytes} bytes, the reader's own document limit
     * set to match ({@link SpecFormatReader#withMaxDocumentSize}). A larger file is refused before it is
     * read, by its size on disk; standard input and other streams when they pass the limit. The refusal is a
     * {@link SpecReadException} at the file, such as {@code big.spec.json: is 250 MB (262,144,000 bytes),
     * more than the limit of 200 MB (209,715,200 bytes); raise it with --max-document-size SIZE}, ending with
     * {@code howToRaise}, which each tool words for its own users (an option, a parameter, a key).
     * The other read limits (nesting, string and number length) stay the readers' own.
     *
     * <pre>{@code
     * SpecEngine engine = SpecEngine.standard().withMaxDocumentSize(DocumentSize.DEFAULT,
     *         "raise it with --max-document-size SIZE");
     * }</pre>
     *
     * @param maxBytes the largest document, from 1 to {@link DocumentSize#MAX}
     * @param howToRaise what the refusal says after the sizes, such as {@code raise it with …}; may be empty
     * @return the changed copy
     * @throws IllegalArgumentException if {@code maxBytes} is out of range
     */
    public SpecEngine withMaxDocumentSize(long maxBytes, String howToRaise) {
        requireNonNull(howToRaise, "howToRaise");
        if (maxBytes < 1 || maxBytes > DocumentSize.MAX) {
            throw new IllegalArgumentException("maxBytes is " + maxBytes + ": use 1 to " + DocumentSize.MAX);
        }
        return new SpecEngine(readers.stream().map(r -> r.withMaxDocumentSize(maxBytes)).toList(), maxBytes, howToRaise);
    }

    /**
     * Returns the largest document this engine reads, if {@link #withMaxDocumentSize} set one.
     *
     * @return the limit in bytes; empty when only the readers' own limits apply
     */
    public OptionalLong maxDocumentSize() {
        return maxDocumentSize == 0 ? OptionalLong.empty() : OptionalLong.of(maxDocumentSize);
    }

    /** The refusal of a document over the limit; its size, if known. */
    private SpecReadException tooLarge(String name, OptionalLong size) {
        String is = size.isPresent() ? "is " + DocumentSize.toString(size.getAsLong()) + ", more than"
                : "is larger than";
        return new SpecReadException(SourceLocation.file(name), "", is + " the limit of "
                + DocumentSize.toString(maxDocumentSize) + (howToRaise.isEmpty() ? "" : "; " + howToRaise), null);
    }

    /** The stream, refused with {@link #tooLarge} once more than the limit has been read from it. */
    private InputStream limited(InputStream in, String name) {
        if (maxDocumentSize == 0) return in;
        return new java.io.FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) count(1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) count(n);
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                count(skipped);
                return skipped;
            }

            private void count(long n) {
                read += n;
                if (read > maxDocumentSize) throw tooLarge(name, OptionalLong.empty());
            }
        };
    }

    /**
     * Returns an engine with every reader the service loader finds (spec-json's, and any other format's).
     *
     * @return the engine
     * @throws IllegalStateException if no reader is installed
     */
    public static SpecEngine standard() {
        return new SpecEngine(SpecFormats.available());
    }

    /**
     * Returns an engine with exactly these readers, the first being the default for names no reader claims.
     *
     * @param readers the readers
     * @return the engine
     */
    public static SpecEngine withReaders(List<SpecFormatReader> readers) {
        return new SpecEngine(requireNonNull(readers, "readers"));
    }

    /**
     * Returns the version of specdriven, as reports name it.
     *
     * @return such as {@code 0.1.0}
     */
    public static String version() {
        return Version.current();
    }

    /**
     * Returns the readers this engine uses.
     *
     * @return the readers, the default first
     */
    public List<SpecFormatReader> readers() {
        return readers;
    }

    /**
     * Checks sources with the default settings' listener: see {@link #check(List, CheckSettings, CheckListener)}.
     *
     * @param sources the sources
     * @param settings how to check
     * @return the run
     */
    public CheckRun check(List<Source> sources, CheckSettings settings) {
        return check(sources, settings, CheckListener.NONE);
    }

    /**
     * Reads and checks every source with one validator. A directory stands for every spec file under it
     * (none found is an unreadable source: "no spec files found under DIR (looked for …)"); a file named
     * twice, or found twice, is checked once. The validator starts on a background thread while the files
     * are read, and not at all when none can be.
     *
     * @param sources the sources, in order
     * @param settings how to check
     * @param listener hears progress
     * @return one result per source, with the settings
     */
    public CheckRun check(List<Source> sources, CheckSettings settings, CheckListener listener) {
        requireNonNull(sources, "sources");
        requireNonNull(settings, "settings");
        requireNonNull(listener, "listener");
        long start = System.nanoTime();
        CompletableFuture<SpecValidator> validator = sources.stream().anyMatch(SpecEngine::mayBeReadable)
                ? CompletableFuture.supplyAsync(settings::createValidator, SpecEngine::daemon) : null;
        List<Object> reads = new ArrayList<>(); // LocatedSpec with its name, or Unreadable, in order
        Set<Object> seen = new HashSet<>();
        for (Source source : sources) {
            for (Object read : readAll(source, seen, listener)) reads.add(read);
        }
        List<SourceResult> results = new ArrayList<>();
        boolean announced = false;
        for (Object read : reads) {
            if (read instanceof SourceResult.Unreadable unreadable) {
                results.add(unreadable);
                continue;
            }
            Named named = (Named) read;
            if (validator == null) validator = CompletableFuture.completedFuture(settings.createValidator());
            SpecValidator ready = join(validator);
            if (!announced) {
                announced = true;
                listener.validatorReady(settings, Duration.ofNanos(System.nanoTime() - start));
            }
            long checkStart = System.nanoTime();
            ValidationReport report = ready.validate(named.read().spec());
            listener.checked(named.name(), Duration.ofNanos(System.nanoTime() - checkStart));
            results.add(new SourceResult.Checked(named.name(), named.read(), report));
        }
        return new CheckRun(results, settings, version());
    }

    private record Named(String name, LocatedSpec read) {}

    private static void daemon(Runnable runnable) {
        Thread thread = new Thread(runnable, "spec-validator-start");
        thread.setDaemon(true);
        thread.start();
    }

    private static SpecValidator join(CompletableFuture<SpecValidator> validator) {
        try {
            return validator.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    /** Whether reading a source may succeed, so the validator is worth starting early. */
    private static boolean mayBeReadable(Source source) {
        if (source.path().isEmpty()) return true;
        try {
            Path path = Path.of(source.path().get());
            return Files.isRegularFile(path) || Files.isDirectory(path);
        } catch (InvalidPathException | SecurityException e) {
            return false; // an invalid or forbidden path: reported when it is read
        }
    }

    /** Reads one source: a file, standard input, or every spec file of a directory. */
    private List<Object> readAll(Source source, Set<Object> seen, CheckListener listener) {
        if (source.path().isEmpty()) return List.of(timed(source.name(), () -> readOpened(source), listener));
        String name = source.path().get();
        Path path;
        Inputs.Kind kind;
        try {
            path = FileNames.path(name);
            kind = Inputs.kind(name, path);
        } catch (SpecReadException e) {
            return List.of(new SourceResult.Unreadable(name, e));
        }
        if (kind == Inputs.Kind.FILE) {
            if (!seen.add(Inputs.identity(path))) return List.of();
            return List.of(timed(name, () -> readFile(name, path), listener));
        }
        List<Object> out = new ArrayList<>();
        List<Inputs.Found> found = Inputs.search(name, path, this::accepted);
        for (Inputs.Found f : found) {
            if (f.error() != null) {
                out.add(new SourceResult.Unreadable(f.name(), f.error()));
            } else if (seen.add(Inputs.identity(f.path()))) {
                out.add(timed(f.name(), () -> readFile(f.name(), f.path()), listener));
            }
        }
        if (found.isEmpty()) {
            String looked = readers.stream().flatMap(r -> r.fileSuffixes().stream()).map(s -> "*" + s)
                    .collect(Collectors.joining(", "));
            out.add(new SourceResult.Unreadable(name, new SpecReadException(SourceLocation.unknown(), "",
                    "no spec files found under " + name + " (looked for " + looked + ")", null)));
        }
        return out;
    }

    private boolean accepted(String fileName) {
        return readers.stream().anyMatch(r -> r.accepts(fileName));
    }

    private interface Read {
        LocatedSpec get();
    }

    private static Object timed(String name, Read read, CheckListener listener) {
        long start = System.nanoTime();
        try {
            LocatedSpec spec = read.get();
            listener.read(name, Duration.ofNanos(System.nanoTime() - start));
            return new Named(name, spec);
        } catch (SpecReadException e) {
            return new SourceResult.Unreadable(name, e);
        }
    }

    private SpecFormatReader readerFor(String name) {
        return readers.stream().filter(r -> r.accepts(name)).findFirst().orElse(readers.get(0));
    }

    private LocatedSpec readFile(String name, Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            if (maxDocumentSize > 0) {
                long size = Files.size(path);
                if (size > maxDocumentSize) throw tooLarge(name, OptionalLong.of(size));
            }
            return readerFor(name).readLocated(limited(in, name), name);
        } catch (IOException e) {
            throw Inputs.refusal(name, path, e);
        }
    }

    private LocatedSpec readOpened(Source source) {
        try (InputStream in = source.opener().orElseThrow().open()) {
            if (in == null) throw new SpecReadException(SourceLocation.file(source.name()), "no such document");
            return readerFor(source.name()).readLocated(limited(in, source.name()), source.name());
        } catch (IOException e) {
            throw new SpecReadException(SourceLocation.file(source.name()), "", "cannot be read: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new SpecReadException(SourceLocation.file(source.name()), "", "cannot be read: "
                    + e.getCause().getMessage(), e);
        }
    }

    /**
     * Reads one source: a regular file, standard input or an in-memory document (a directory is refused).
     *
     * @param source the source
     * @return the spec and where its elements stand
     * @throws SpecReadException if it cannot be read or is not a valid spec document
     */
    public LocatedSpec read(Source source) {
        requireNonNull(source, "source");
        if (source.path().isEmpty()) return readOpened(source);
        String name = source.path().get();
        Path path = FileNames.path(name);
        if (Inputs.kind(name, path) == Inputs.Kind.DIRECTORY) {
            throw new SpecReadException(SourceLocation.file(name), "is a directory, not a spec file");
        }
        return readFile(name, path);
    }

    /**
     * Reads several sources, every one of them, so each error is known: the first failure is thrown with
     * the others {@linkplain Throwable#getSuppressed() suppressed}.
     */
    private List<LocatedSpec> readEach(List<Source> sources) {
        List<LocatedSpec> read = new ArrayList<>();
        SpecReadException first = null;
        for (Source source : sources) {
            try {
                read.add(read(source));
            } catch (SpecReadException e) {
                if (first == null) first = e;
                else first.addSuppressed(e);
            }
        }
        if (first != null) throw first;
        return read;
    }

    /**
     * Returns the traceability matrix of one spec.
     *
     * @param source the spec
     * @return the matrix
     * @throws SpecReadException if it cannot be read
     */
    public TraceResult trace(Source source) {
        Spec spec = read(source).spec();
        return new TraceResult(source.name(), spec, Traceability.of(spec));
    }

    /**
     * Returns what changed between two versions of a spec, and what the changes touch.
     *
     * @param oldSource the old version
     * @param newSource the new version
     * @return the diff
     * @throws SpecReadException if either cannot be read (both are tried; the second error is suppressed)
     */
    public DiffResult diff(Source oldSource, Source newSource) {
        List<LocatedSpec> both = readEach(List.of(requireNonNull(oldSource, "oldSource"),
                requireNonNull(newSource, "newSource")));
        return new DiffResult(oldSource.name(), newSource.name(), SpecDiff.between(both.get(0).spec(), both.get(1).spec()));
    }

    /**
     * Verifies one spec against test results: one status per live criterion, rolled up per requirement and
     * use case, with the ids tests name that count for nothing. A spec with errors is verified all the same;
     * {@link VerifyResult#specErrors()} counts them.
     *
     * @param request the spec, the results and the threshold
     * @return the verification
     * @throws SpecReadException if the spec (or its previous version) cannot be read
     * @throws ResultsFormatException if a results file cannot be read, or is not one, or the history to
     *     record to is not one; nothing is verified or recorded
     */
    public VerifyResult verify(VerifyRequest request) {
        requireNonNull(request, "request");
        List<Source> specs = new ArrayList<>(List.of(request.spec()));
        request.previous().ifPresent(specs::add);
        List<LocatedSpec> read = readEach(specs);
        Spec spec = read.get(0).spec();
        List<TestResult> results = new ArrayList<>();
        for (String name : request.results()) results.addAll(TestResults.reader().read(FileNames.path(name)));
        Verification verification = read.size() > 1 ? Verification.of(spec, results, read.get(1).spec())
                : Verification.of(spec, results);
        ValidationReport report = CheckSettings.defaults().createValidator().validate(spec);
        if (request.record().isPresent()) {
            AcceptanceLog.append(FileNames.path(request.record().get()),
                    AcceptanceRun.of(verification, Instant.now(), OptionalInt.of(report.score().total())));
        }
        return new VerifyResult(request.spec().name(), verification, request.failOn(), report.errors().size(),
                results.size());
    }

    /**
     * Reads an acceptance history ({@code spec verify --record}) and computes its metrics: first-pass
     * acceptance rate, iteration cycles, acceptance and coverage trend and completion score, per spec version
     * and overall (docs/verification.md defines each).
     *
     * @param history the history file
     * @return the history and its metrics
     * @throws ResultsFormatException if the file cannot be read or is not a history
     */
    public MetricsResult metrics(String history) {
        requireNonNull(history, "history");
        AcceptanceHistory read = AcceptanceLog.read(FileNames.path(history));
        return new MetricsResult(history, read, read.metrics());
    }

    /**
     * Renders one spec as a document or diagrams. A view shows what the spec says, valid or not.
     *
     * @param source the spec
     * @param view {@link RenderView#MARKDOWN}, {@link RenderView#MERMAID} or {@link RenderView#PLANTUML};
     *     feature files are written with {@link #writeFeatures}
     * @param findings the settings whose findings a Markdown document ends with, if it should have them
     * @return the text
     * @throws SpecReadException if the spec cannot be read
     */
    public String render(Source source, RenderView view, Optional<CheckSettings> findings) {
        requireNonNull(view, "view");
        requireNonNull(findings, "findings");
        Spec spec = read(source).spec();
        switch (view) {
            case MARKDOWN:
                return findings.isPresent() ? SpecViews.markdown(spec, findings.get().createValidator().validate(spec))
                        : SpecViews.markdown(spec);
            case MERMAID:
                // Two diagrams cannot share a .mmd file; as fenced blocks they are Markdown that GitHub shows
                // and that mermaid-cli renders block by block.
                return "```mermaid\n" + SpecViews.mermaidErDiagram(spec) + "```\n\n```mermaid\n"
                        + SpecViews.mermaidClassDiagram(spec) + "```\n";
            case PLANTUML:
                // PlantUML takes several @startuml blocks in one file and renders each as its own image.
                return SpecViews.plantUmlUseCaseDiagram(spec) + "\n" + SpecViews.plantUmlClassDiagram(spec);
            default:
                throw new IllegalArgumentException(view + " is written as files (writeFeatures, writeTests, writeHtml),"
                        + " not rendered as text");
        }
    }

    /**
     * Writes one Gherkin feature file per requirement into a directory, creating it. Files of the same name
     * are replaced, each through a temporary file and an atomic move, so a failed write leaves the old file
     * as it was; other files are left alone. Names fit the file system's 255-byte limit and stay unique (a
     * long id is cut and given a checksum). One file that cannot be written does not stop the others.
     *
     * @param source the spec
     * @param dir the directory, as typed
     * @return each file and whether it was written
     * @throws SpecReadException if the spec cannot be read, or the directory is not one and cannot be made
     */
    public FeatureRun writeFeatures(Source source, String dir) {
        requireNonNull(dir, "dir");
        Spec spec = read(source).spec();
        Path out = directory(dir);
        List<FeatureFile> features = SpecViews.gherkin(spec);
        List<String> names = FeatureFiles.names(features);
        List<FeatureRun.Written> written = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            Path file = out.resolve(names.get(i));
            try {
                FeatureFiles.write(file, TerminalText.safeLines(features.get(i).content()));
                written.add(new FeatureRun.Written(file, Optional.empty()));
            } catch (IOException e) {
                written.add(new FeatureRun.Written(file, Optional.of(writeProblem(file, e))));
            }
        }
        return new FeatureRun(written);
    }

    /**
     * Writes one JUnit Jupiter test class skeleton per requirement under a source root, in the package's
     * directories, creating them: a failing {@code @Verifies} test per criterion (see
     * {@link SpecViews#junitTests}). A file already there is never overwritten: it is kept, and reported so,
     * and the others are written (run it again after adding requirements). Each file is complete or absent.
     *
     * @param source the spec
     * @param dir the source root, as typed, such as {@code src/test/java}
     * @param packageName the package of the classes
     * @return each file and whether it was written or kept
     * @throws IllegalArgumentException if the package name is not a Java package name
     * @throws SpecReadException if the spec cannot be read, or the directory is not one and cannot be made
     */
    public FeatureRun writeTests(Source source, String dir, String packageName) {
        requireNonNull(dir, "dir");
        requireNonNull(packageName, "packageName");
        Spec spec = read(source).spec();
        List<TestClassFile> classes = SpecViews.junitTests(spec, packageName);
        Path out = directory(dir).resolve(packageName.replace('.', '/'));
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new SpecReadException(SourceLocation.file(out.toString()), "", "cannot create the directory: "
                    + writeProblem(out, e), e);
        }
        List<FeatureRun.Written> written = new ArrayList<>();
        for (TestClassFile test : classes) {
            Path file = out.resolve(test.className() + ".java");
            try {
                boolean isNew = FeatureFiles.writeNew(file, test.content());
                written.add(new FeatureRun.Written(file, Optional.empty(), !isNew));
            } catch (IOException e) {
                written.add(new FeatureRun.Written(file, Optional.of(writeProblem(file, e))));
            }
        }
        return new FeatureRun(written);
    }

    /**
     * Writes the spec's HTML page into a directory, creating it: {@code DIR/<spec id>.html}, one self-contained
     * file with the standard profile's findings next to their elements and, given test results, the status of
     * each criterion (and, given an acceptance history, a chart of acceptance over its runs). The file is
     * replaced through a temporary file and an atomic move, so a failed write leaves the old page as it was.
     *
     * @param source the spec
     * @param dir the directory, as typed
     * @param results results files or directories to verify the spec against; none for a page without acceptance
     * @param history an acceptance history ({@code spec verify --record}) for the chart, if any
     * @return the page's file, written or not
     * @throws SpecReadException if the spec cannot be read, or the directory is not one and cannot be made
     * @throws ResultsFormatException if a results file or the history cannot be read or is not one
     */
    public FeatureRun writeHtml(Source source, String dir, List<String> results, Optional<String> history) {
        requireNonNull(dir, "dir");
        requireNonNull(results, "results");
        requireNonNull(history, "history");
        Spec spec = read(source).spec();
        ValidationReport report = CheckSettings.defaults().createValidator().validate(spec);
        Optional<AcceptanceHistory> runs = history.map(h -> AcceptanceLog.read(FileNames.path(h)));
        String page;
        if (results.isEmpty()) {
            if (runs.isPresent()) throw new IllegalArgumentException("an acceptance history is drawn beside test results: give results too");
            page = SpecHtml.page(spec, report);
        } else {
            List<TestResult> read = new ArrayList<>();
            for (String name : results) read.addAll(TestResults.reader().read(FileNames.path(name)));
            Verification verification = Verification.of(spec, read);
            page = runs.isPresent() ? SpecHtml.page(spec, report, verification, runs.get()) : SpecHtml.page(spec, report, verification);
        }
        Path file = directory(dir).resolve(FeatureFiles.fit(pageName(spec.id().value()), ".html"));
        try {
            FeatureFiles.write(file, page);
            return new FeatureRun(List.of(new FeatureRun.Written(file, Optional.empty())));
        } catch (IOException e) {
            return new FeatureRun(List.of(new FeatureRun.Written(file, Optional.of(writeProblem(file, e)))));
        }
    }

    /** A file name for a spec's page: its id, with anything a file name should not hold made {@code _}. */
    private static String pageName(String id) {
        String name = id.replaceAll("[^\\p{L}\\p{Nd}._-]", "_");
        return (name.startsWith(".") ? "_" + name.substring(1) : name) + ".html";
    }

    /** The output directory, made if it is not there. */
    private static Path directory(String dir) {
        Path out = FileNames.path(dir);
        try {
            Files.createDirectories(out);
        } catch (FileAlreadyExistsException e) {
            throw new SpecReadException(SourceLocation.file(dir), "is not a directory");
        } catch (IOException e) {
            throw new SpecReadException(SourceLocation.file(dir), "", "cannot create the directory: "
                    + Inputs.refusal(dir, out, e).problem().replaceFirst("^cannot be read: ", ""), e);
        }
        return out;
    }

    private static String writeProblem(Path file, IOException e) {
        return Inputs.refusal(file.toString(), file, e).problem().replaceFirst("^cannot be read: ", "");
    }

    /**
     * Lists every rule the built-in profiles run, with its description and the profiles that run it.
     *
     * @return the catalogue, sorted by rule id
     */
    public RuleCatalog rules() {
        Map<String, SpecRule> rules = new TreeMap<>();
        Map<String, Set<Profile>> profiles = new TreeMap<>();
        for (Profile profile : Profile.values()) {
            for (SpecRule rule : SpecValidator.of(profile).rules()) {
                rules.putIfAbsent(rule.id(), rule);
                profiles.computeIfAbsent(rule.id(), k -> EnumSet.noneOf(Profile.class)).add(profile);
            }
        }
        List<RuleCatalog.Entry> entries = new ArrayList<>();
        rules.forEach((id, rule) -> entries.add(new RuleCatalog.Entry(id, rule.description(), profiles.get(id))));
        return new RuleCatalog(entries);
    }
}
