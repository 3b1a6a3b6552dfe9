package io.specdriven.examples.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.specdriven.core.Spec;
import io.specdriven.core.diff.SpecDiff;
import io.specdriven.core.trace.Traceability;
import io.specdriven.core.view.FeatureFile;
import io.specdriven.core.view.SpecViews;
import io.specdriven.examples.internal.Invocation.Check;
import io.specdriven.examples.internal.Invocation.Diff;
import io.specdriven.examples.internal.Invocation.Format;
import io.specdriven.examples.internal.Invocation.Help;
import io.specdriven.examples.internal.Invocation.Render;
import io.specdriven.examples.internal.Invocation.Trace;
import io.specdriven.examples.internal.Invocation.UsageError;
import io.specdriven.examples.internal.Invocation.Version;
import io.specdriven.examples.internal.Library.Checker;
import io.specdriven.json.SpecJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The {@code spec} tool: parses the command line, reads and checks each file with one checker, prints the
 * findings, and returns the exit code; or renders, traces or diffs specs with the library's views. It never calls {@code System.exit} and never prints a stack trace
 * unless {@code --debug} asks for one.
 */
public final class Tool {
    private final Library library;
    private final String version;

    /**
     * Creates the tool.
     *
     * @param library how files are read and specs checked
     * @param version the version {@code --version} prints
     */
    public Tool(Library library, String version) {
        this.library = library;
        this.version = version;
    }

    /** Creates the tool on the real library, with the version of this build. */
    public static Tool standard() {
        return new Tool(new DefaultLibrary(), buildVersion());
    }

    /**
     * Runs one command line.
     *
     * @param args the arguments, without the program name
     * @param out where reports go
     * @param err where errors, timings and log lines go
     * @param env the environment ({@code NO_COLOR}, {@code TERM})
     * @param terminal whether {@code out} is a terminal, so colours may be used
     * @return the exit code
     */
    public int run(List<String> args, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {
        Invocation invocation = Arguments.parse(args);
        if (invocation instanceof UsageError) {
            err.println("spec: " + ((UsageError) invocation).message());
            err.println("Run 'spec --help' for usage.");
            return ExitCode.USAGE;
        }
        if (invocation instanceof Help) {
            out.print(HelpPages.page(((Help) invocation).command().orElse("")));
            return ExitCode.OK;
        }
        if (invocation instanceof Version) {
            out.println("spec " + version);
            return ExitCode.OK;
        }
        boolean debug = debug(invocation);
        boolean verbose = verbose(invocation);
        quietLibraryLogging(verbose);
        long start = System.nanoTime();
        try {
            if (invocation instanceof Check) return check((Check) invocation, out, err, colour(env, terminal));
            int exitCode;
            if (invocation instanceof Render) exitCode = render((Render) invocation, out, err);
            else if (invocation instanceof Trace) exitCode = trace((Trace) invocation, out, err);
            else exitCode = diff((Diff) invocation, out, err);
            if (verbose) err.println("spec: run took " + millis(start) + " ms after the JVM started the tool");
            return exitCode;
        } catch (RuntimeException | LinkageError e) {
            // A bug in the tool or the library: one line for the user, the trace only on request.
            err.println("spec: internal error: " + Text.safe(String.valueOf(e.getMessage()))
                    + (debug ? "" : " (run with --debug for the stack trace)"));
            if (debug) e.printStackTrace(err);
            return ExitCode.UNREADABLE;
        }
    }

    private static boolean debug(Invocation invocation) {
        if (invocation instanceof Render) return ((Render) invocation).debug();
        if (invocation instanceof Trace) return ((Trace) invocation).debug();
        if (invocation instanceof Diff) return ((Diff) invocation).debug();
        return ((Check) invocation).options().debug();
    }

    private static boolean verbose(Invocation invocation) {
        if (invocation instanceof Render) return ((Render) invocation).verbose();
        if (invocation instanceof Trace) return ((Trace) invocation).verbose();
        if (invocation instanceof Diff) return ((Diff) invocation).verbose();
        return ((Check) invocation).options().verbose();
    }

    /**
     * Renders one spec. A view shows what the spec says, valid or not, so findings never change the exit
     * code: 0 once the view is printed or written, 2 when the spec cannot be read or a file not written.
     */
    private int render(Render render, PrintStream out, PrintStream err) {
        Optional<Spec> read = read(render.file(), render.debug(), render.verbose(), err);
        if (read.isEmpty()) return ExitCode.UNREADABLE;
        Spec spec = read.get();
        switch (render.to()) {
            case MARKDOWN:
                if (render.findings().isPresent()) {
                    out.print(Text.safeLines(SpecViews.markdown(spec, library.report(spec, render.findings().get()))));
                } else {
                    out.print(Text.safeLines(SpecViews.markdown(spec)));
                }
                return ExitCode.OK;
            case MERMAID:
                // Two diagrams cannot share a .mmd file; as fenced blocks they are Markdown that GitHub shows
                // and that mermaid-cli renders block by block.
                out.print(Text.safeLines("```mermaid\n" + SpecViews.mermaidErDiagram(spec) + "```\n\n```mermaid\n"
                        + SpecViews.mermaidClassDiagram(spec) + "```\n"));
                return ExitCode.OK;
            case PLANTUML:
                // PlantUML takes several @startuml blocks in one file and renders each as its own image.
                out.print(Text.safeLines(SpecViews.plantUmlUseCaseDiagram(spec) + "\n"
                        + SpecViews.plantUmlClassDiagram(spec)));
                return ExitCode.OK;
            default:
                return writeFeatures(SpecViews.gherkin(spec), render.out().orElseThrow(), out, err);
        }
    }

    /**
     * Writes one feature file per requirement into {@code dir}, creating it, and prints each file's path.
     * Files of the same name are replaced, since regenerating them is the point; other files are left
     * alone. A symbolic link where a feature file goes is refused rather than followed.
     */
    private static int writeFeatures(List<FeatureFile> features, Path dir, PrintStream out, PrintStream err) {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            err.println(Text.safe(dir + ": is not a directory"));
            return ExitCode.UNREADABLE;
        } catch (IOException | SecurityException e) {
            err.println(Text.safe(dir + ": cannot create the directory: " + reason(e)));
            return ExitCode.UNREADABLE;
        }
        for (FeatureFile feature : features) {
            Path file = dir.resolve(feature.fileName());
            try {
                Files.writeString(file, Text.safeLines(feature.content()), UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException | SecurityException e) {
                err.println(Text.safe(file + ": cannot be written: " + reason(e)));
                return ExitCode.UNREADABLE;
            }
            out.println(Text.safe(file.toString()));
        }
        return ExitCode.OK;
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /**
     * Prints the traceability matrix and the orphans. Exits 0 even with orphans: trace is a view, and
     * {@code spec check} is the gate that fails on untraced requirements, use cases and entities.
     */
    private int trace(Trace trace, PrintStream out, PrintStream err) {
        Optional<Spec> read = read(trace.file(), trace.debug(), trace.verbose(), err);
        if (read.isEmpty()) return ExitCode.UNREADABLE;
        Traceability matrix = Traceability.of(read.get());
        String text;
        if (trace.format() == Format.JSON) text = SpecJson.toJson(matrix);
        else if (trace.format() == Format.MARKDOWN) text = matrix.toMarkdown();
        else text = TraceText.render(trace.file(), read.get(), matrix);
        out.print(Text.safeLines(text));
        return ExitCode.OK;
    }

    /** Prints the changes from OLD to NEW and what they touch; exits 0 when equal, 1 when not. */
    private int diff(Diff diff, PrintStream out, PrintStream err) {
        Optional<Spec> oldSpec = read(diff.oldFile(), diff.debug(), diff.verbose(), err);
        Optional<Spec> newSpec = read(diff.newFile(), diff.debug(), diff.verbose(), err);
        if (oldSpec.isEmpty() || newSpec.isEmpty()) return ExitCode.UNREADABLE;
        SpecDiff changes = SpecDiff.between(oldSpec.get(), newSpec.get());
        String text;
        if (diff.format() == Format.JSON) text = SpecJson.toJson(changes);
        else if (diff.format() == Format.MARKDOWN) text = changes.toMarkdown();
        else text = changes.toText();
        out.print(Text.safeLines(text));
        return changes.isEmpty() ? ExitCode.OK : ExitCode.CHANGED;
    }

    /** Reads one spec for render, trace or diff; on failure prints the one-line error and returns empty. */
    private Optional<Spec> read(String name, boolean debug, boolean verbose, PrintStream err) {
        long start = System.nanoTime();
        try {
            Spec spec = read(FileNames.path(name));
            if (verbose) err.println("spec: read " + Text.safe(name) + " in " + millis(start) + " ms");
            return Optional.of(spec);
        } catch (SpecReadException e) {
            report(Outcome.refused(name, e), debug, err);
            return Optional.empty();
        }
    }

    private int check(Check check, PrintStream out, PrintStream err, boolean colour) {
        Invocation.Options options = check.options();
        TextRenderer text = new TextRenderer(out, colour);
        LazyChecker checker = new LazyChecker(options, err);
        List<Outcome> outcomes = new ArrayList<>();
        if (check.files().isEmpty() || check.files().stream().anyMatch(Tool::looksReadable)) {
            checker.startInBackground();
        }
        if (check.files().isEmpty()) {
            for (Library.Bundled bundled : library.bundled()) {
                outcomes.add(report(checked(bundled.name(), bundled.spec(), checker, options, err), options, text, err));
            }
        } else {
            Set<Object> seen = new HashSet<>();
            for (String name : check.files()) {
                Outcome outcome = readAndCheck(name, seen, checker, options, err);
                if (outcome != null) outcomes.add(report(outcome, options, text, err));
            }
        }
        int exitCode = outcomes.stream().mapToInt(Outcome::exitCode).max().orElse(ExitCode.OK);
        if (options.verbose()) {
            err.println("spec: run took " + millis(checker.created) + " ms after the JVM started the tool");
        }
        if (options.format() == Format.JSON) {
            out.println(JsonRenderer.render(version, options, outcomes, exitCode));
        } else if (outcomes.size() > 1) {
            text.summary(outcomes);
        }
        return exitCode;
    }

    private static Outcome report(Outcome outcome, Invocation.Options options, TextRenderer text, PrintStream err) {
        if (outcome.error().isPresent()) {
            report(outcome, options.debug(), err);
        } else if (options.format() == Format.TEXT) {
            text.file(outcome);
        }
        return outcome;
    }

    /** Prints a read error as one line, and its cause's stack trace with {@code --debug}. */
    private static void report(Outcome refused, boolean debug, PrintStream err) {
        err.println(refused.errorLine());
        if (debug && refused.error().get().getCause() != null) {
            refused.error().get().getCause().printStackTrace(err);
        }
    }

    /** Reads and checks one file; returns null for a file already checked under another name. */
    private Outcome readAndCheck(String name, Set<Object> seen, LazyChecker checker, Invocation.Options options,
            PrintStream err) {
        Path path;
        try {
            path = FileNames.path(name);
        } catch (SpecReadException e) {
            return Outcome.refused(name, e);
        }
        if (!seen.add(identity(path))) {
            return null;
        }
        long start = System.nanoTime();
        Spec spec;
        try {
            spec = read(path);
        } catch (SpecReadException e) {
            return Outcome.refused(name, e);
        }
        if (options.verbose()) {
            err.println("spec: read " + Text.safe(name) + " in " + millis(start) + " ms");
        }
        return checked(name, spec, checker, options, err);
    }

    /** Reads one spec document, refusing a missing file, a directory and an unreadable file. */
    private Spec read(Path path) throws SpecReadException {
        if (Files.notExists(path)) {
            throw new SpecReadException("no such file"
                    + FileNames.missingHint(path.toString(), FileNames.fileNameEncoding()));
        }
        if (!Files.exists(path)) {
            throw new SpecReadException("cannot be read: permission denied");
        }
        if (Files.isDirectory(path)) {
            throw new SpecReadException("is a directory, not a spec file");
        }
        if (!Files.isReadable(path)) {
            throw new SpecReadException("cannot be read: permission denied");
        }
        try {
            return library.read(path);
        } catch (UncheckedIOException e) {
            throw new SpecReadException("cannot be read: " + e.getCause().getMessage(), 0, 0, e);
        }
    }

    private static Outcome checked(String name, Spec spec, LazyChecker checker, Invocation.Options options,
            PrintStream err) {
        long start = System.nanoTime();
        CheckResult result = checker.get().check(spec);
        if (options.verbose()) {
            err.println("spec: checked " + Text.safe(name) + " in " + millis(start) + " ms");
        }
        return Outcome.checked(name, spec.id().value(), spec.title(), result, options.failOn());
    }

    /** The same file under two names (a/../b, a symlink) is one file. */
    private static Object identity(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static boolean looksReadable(String name) {
        try {
            Path path = Path.of(name);
            return Files.isRegularFile(path) && Files.isReadable(path);
        } catch (InvalidPathException | SecurityException e) {
            return false;
        }
    }

    /**
     * Creates the one checker of a run. Starting the validator costs a few hundred milliseconds, so it is
     * started on a background thread while the files are read, and never when no file can be read.
     */
    private final class LazyChecker {
        private final Invocation.Options options;
        private final PrintStream err;
        private final long created = System.nanoTime();
        private CompletableFuture<Checker> checker;

        LazyChecker(Invocation.Options options, PrintStream err) {
            this.options = options;
            this.err = err;
        }

        void startInBackground() {
            if (checker == null) {
                checker = CompletableFuture.supplyAsync(() -> library.checker(options.profile()), runnable -> {
                    Thread thread = new Thread(runnable, "spec-validator-start");
                    thread.setDaemon(true);
                    thread.start();
                });
            }
        }

        Checker get() {
            if (checker == null) {
                checker = CompletableFuture.completedFuture(library.checker(options.profile()));
            }
            Checker ready;
            try {
                ready = checker.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException) throw (RuntimeException) e.getCause();
                if (e.getCause() instanceof Error) throw (Error) e.getCause();
                throw e;
            }
            if (options.verbose() && !announced) {
                announced = true;
                err.println("spec: " + options.profile() + " validator ready " + millis(created) + " ms after the run began");
            }
            return ready;
        }

        private boolean announced;
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /**
     * Colours only on a terminal, and never when {@code NO_COLOR} is set to a non-empty value
     * (no-color.org) or the terminal says it is dumb.
     */
    static boolean colour(Map<String, String> env, boolean terminal) {
        String noColour = env.get("NO_COLOR");
        return terminal && (noColour == null || noColour.isEmpty()) && !"dumb".equals(env.get("TERM"));
    }

    /**
     * Hibernate Validator logs through JBoss Logging, which falls back to java.util.logging and prints a
     * version banner on stderr. Routed to SLF4J (whose no-op provider the tool ships) it stays silent;
     * with {@code --verbose} it goes to java.util.logging and is shown. An embedder's own choice wins.
     */
    private static void quietLibraryLogging(boolean verbose) {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", verbose ? "jdk" : "slf4j");
        }
    }

    /** The version of this build, from a resource Maven fills in. */
    static String buildVersion() {
        Properties properties = new Properties();
        try (InputStream in = Tool.class.getResourceAsStream("tool.properties")) {
            if (in != null) properties.load(in);
        } catch (IOException e) {
            // fall through to "unknown": the version is informative only
        }
        return properties.getProperty("version", "unknown");
    }
}
