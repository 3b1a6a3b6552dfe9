package io.specdriven.examples.internal;

import io.specdriven.core.Spec;
import io.specdriven.examples.internal.Invocation.Check;
import io.specdriven.examples.internal.Invocation.Format;
import io.specdriven.examples.internal.Invocation.Help;
import io.specdriven.examples.internal.Invocation.UsageError;
import io.specdriven.examples.internal.Invocation.Version;
import io.specdriven.examples.internal.Library.Checker;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The {@code spec} tool: parses the command line, reads and checks each file with one checker, prints the
 * findings, and returns the exit code. It never calls {@code System.exit} and never prints a stack trace
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
        Check check = (Check) invocation;
        try {
            return check(check, out, err, colour(env, terminal));
        } catch (RuntimeException | LinkageError e) {
            // A bug in the tool or the library: one line for the user, the trace only on request.
            err.println("spec: internal error: " + Text.safe(String.valueOf(e.getMessage()))
                    + (check.options().debug() ? "" : " (run with --debug for the stack trace)"));
            if (check.options().debug()) e.printStackTrace(err);
            return ExitCode.UNREADABLE;
        }
    }

    private int check(Check check, PrintStream out, PrintStream err, boolean colour) {
        Invocation.Options options = check.options();
        quietLibraryLogging(options.verbose());
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
            err.println(outcome.errorLine());
            if (options.debug() && outcome.error().get().getCause() != null) {
                outcome.error().get().getCause().printStackTrace(err);
            }
        } else if (options.format() == Format.TEXT) {
            text.file(outcome);
        }
        return outcome;
    }

    /** Reads and checks one file; returns null for a file already checked under another name. */
    private Outcome readAndCheck(String name, Set<Object> seen, LazyChecker checker, Invocation.Options options,
            PrintStream err) {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            return Outcome.refused(name, new SpecReadException("not a valid path: " + e.getReason(), 0, 0, e));
        }
        if (!seen.add(identity(path))) {
            return null;
        }
        if (Files.notExists(path)) {
            return Outcome.refused(name, new SpecReadException("no such file"));
        }
        if (!Files.exists(path)) {
            return Outcome.refused(name, new SpecReadException("cannot be read: permission denied"));
        }
        if (Files.isDirectory(path)) {
            return Outcome.refused(name, new SpecReadException("is a directory, not a spec file"));
        }
        if (!Files.isReadable(path)) {
            return Outcome.refused(name, new SpecReadException("cannot be read: permission denied"));
        }
        long start = System.nanoTime();
        Spec spec;
        try {
            spec = library.read(path);
        } catch (SpecReadException e) {
            return Outcome.refused(name, e);
        } catch (UncheckedIOException e) {
            return Outcome.refused(name, new SpecReadException("cannot be read: "
                    + e.getCause().getMessage(), 0, 0, e));
        }
        if (options.verbose()) {
            err.println("spec: read " + Text.safe(name) + " in " + millis(start) + " ms");
        }
        return checked(name, spec, checker, options, err);
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
