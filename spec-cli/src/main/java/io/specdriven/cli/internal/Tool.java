package io.specdriven.cli.internal;

import io.specdriven.cli.internal.Invocation.Check;
import io.specdriven.cli.internal.Invocation.Diff;
import io.specdriven.cli.internal.Invocation.Help;
import io.specdriven.cli.internal.Invocation.Mcp;
import io.specdriven.cli.internal.Invocation.Metrics;
import io.specdriven.cli.internal.Invocation.Render;
import io.specdriven.cli.internal.Invocation.Rules;
import io.specdriven.cli.internal.Invocation.Trace;
import io.specdriven.cli.internal.Invocation.UsageError;
import io.specdriven.cli.internal.Invocation.Verify;
import io.specdriven.cli.internal.Invocation.Version;
import io.specdriven.core.source.SpecReadException;
import io.specdriven.core.validation.Profile;
import io.specdriven.engine.CheckListener;
import io.specdriven.engine.CheckRun;
import io.specdriven.engine.CheckSettings;
import io.specdriven.engine.DocumentSize;
import io.specdriven.engine.ExitCode;
import io.specdriven.engine.FeatureRun;
import io.specdriven.engine.MetricsResult;
import io.specdriven.engine.OutputFormat;
import io.specdriven.engine.RenderView;
import io.specdriven.engine.Result;
import io.specdriven.engine.Source;
import io.specdriven.engine.SourceResult;
import io.specdriven.engine.SpecConfig;
import io.specdriven.engine.SpecConfigException;
import io.specdriven.engine.SpecEngine;
import io.specdriven.engine.SpecOutput;
import io.specdriven.engine.TerminalText;
import io.specdriven.engine.VerifyRequest;
import io.specdriven.engine.VerifyResult;
import io.specdriven.json.results.ResultsFormatException;
import io.specdriven.mcp.SpecMcpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code spec} tool: parses the command line, calls the application layer ({@link SpecEngine}) and
 * prints its result through {@link SpecOutput}, errors one line each on stderr, and returns the exit code.
 * It holds no checking, reading or formatting logic. It never calls {@code System.exit} and never prints a
 * stack trace unless {@code --debug} asks for one.
 */
public final class Tool {
    private final SpecEngine engine;
    private final List<Source> bundled;
    private final InputStream stdin;

    /**
     * Creates the tool.
     *
     * @param engine the application layer
     * @param bundled what {@code spec check} checks when no file is given
     * @param stdin what {@code -} reads
     */
    public Tool(SpecEngine engine, List<Source> bundled, InputStream stdin) {
        this.engine = engine;
        this.bundled = List.copyOf(bundled);
        this.stdin = stdin;
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
            out.println("spec " + SpecEngine.version());
            return ExitCode.OK;
        }
        boolean debug = debug(invocation);
        boolean verbose = verbose(invocation);
        quietLibraryLogging(verbose);
        long start = System.nanoTime();
        try {
            int exitCode;
            if (invocation instanceof Check) exitCode = check((Check) invocation, out, err, colour(env, terminal));
            else if (invocation instanceof Render) exitCode = render((Render) invocation, out, err);
            else if (invocation instanceof Trace) exitCode = print(() -> reading(((Trace) invocation).maxDocumentSize(),
                    OptionalLong.empty(), false).trace(source(((Trace) invocation).file())), ((Trace) invocation).format(),
                    debug, out, err);
            else if (invocation instanceof Diff) exitCode = print(() -> reading(((Diff) invocation).maxDocumentSize(),
                    OptionalLong.empty(), false).diff(source(((Diff) invocation).oldFile()),
                    source(((Diff) invocation).newFile())), ((Diff) invocation).format(), debug, out, err);
            else if (invocation instanceof Verify) exitCode = verify((Verify) invocation, out, err);
            else if (invocation instanceof Metrics) exitCode = metrics((Metrics) invocation, out, err);
            else if (invocation instanceof Mcp) exitCode = mcp((Mcp) invocation, out, err);
            else exitCode = print(engine::rules, ((Rules) invocation).format(), debug, out, err);
            if (verbose) err.println("spec: run took " + millis(start) + " ms after the JVM started the tool");
            return exitCode;
        } catch (RuntimeException | LinkageError | VirtualMachineError e) {
            // A bug in the tool or the library, or the JVM out of memory: one line for the user, the trace only on
            // request, and never exit 1, which means "findings".
            String what = e instanceof OutOfMemoryError ? "out of memory (give the JVM more with -Xmx, or check fewer"
                    + " files at once)" : "internal error: " + TerminalText.safe(String.valueOf(e.getMessage()));
            err.println("spec: " + what + (debug ? "" : " (run with --debug for the stack trace)"));
            if (debug) e.printStackTrace(err);
            return ExitCode.INTERNAL;
        }
    }

    /** Serves the MCP server on this tool's standard input and {@code out} until the client closes its end. */
    private int mcp(Mcp mcp, PrintStream out, PrintStream err) {
        String root = mcp.root().orElse(".");
        try {
            SpecMcpServer.serve(Path.of(root), stdin, out);
            return ExitCode.OK;
        } catch (InvalidPathException e) {
            err.println("spec: --root '" + TerminalText.safe(root) + "' is not a path: " + TerminalText.safe(e.getReason()));
            return ExitCode.UNREADABLE;
        } catch (NoSuchFileException e) {
            err.println("spec: cannot serve '" + TerminalText.safe(root) + "': no such directory");
            return ExitCode.UNREADABLE;
        } catch (NotDirectoryException e) {
            err.println("spec: cannot serve '" + TerminalText.safe(root) + "': not a directory");
            return ExitCode.UNREADABLE;
        } catch (IOException e) {
            // the root cannot be resolved to a real directory (permissions, a link loop)
            err.println("spec: cannot serve '" + TerminalText.safe(root) + "': " + TerminalText.safe(String.valueOf(e.getMessage())));
            return ExitCode.UNREADABLE;
        } catch (InterruptedException e) {
            // asked to stop while serving: end as if the client had closed
            Thread.currentThread().interrupt();
            return ExitCode.OK;
        }
    }

    /**
     * The engine with the document size limit: {@code --max-document-size}, else the configuration file's
     * {@code max-document-size} (check reads one), else {@link DocumentSize#DEFAULT}. Its refusal says how
     * to raise the limit, suggesting twice the current one.
     */
    private SpecEngine reading(OptionalLong option, OptionalLong config, boolean readsConfig) {
        long limit = option.isPresent() ? option.getAsLong() : config.orElse(DocumentSize.DEFAULT);
        long suggested = Math.min(DocumentSize.MAX, 2 * limit);
        String example = suggested >= 1L << 20 ? (suggested >> 20) + "MB" : String.valueOf(suggested);
        return engine.withMaxDocumentSize(limit, "raise it with --max-document-size SIZE, such as --max-document-size "
                + example + (readsConfig ? ", or with max-document-size in specdriven.yaml" : ""));
    }

    private Source source(String name) {
        return name.equals("-") ? Source.stdin(stdin) : Source.file(name);
    }

    private static boolean debug(Invocation invocation) {
        if (invocation instanceof Render) return ((Render) invocation).debug();
        if (invocation instanceof Trace) return ((Trace) invocation).debug();
        if (invocation instanceof Diff) return ((Diff) invocation).debug();
        if (invocation instanceof Verify) return ((Verify) invocation).debug();
        if (invocation instanceof Metrics) return ((Metrics) invocation).debug();
        if (invocation instanceof Check) return ((Check) invocation).options().debug();
        return false;
    }

    private static boolean verbose(Invocation invocation) {
        if (invocation instanceof Render) return ((Render) invocation).verbose();
        if (invocation instanceof Trace) return ((Trace) invocation).verbose();
        if (invocation instanceof Diff) return ((Diff) invocation).verbose();
        if (invocation instanceof Verify) return ((Verify) invocation).verbose();
        if (invocation instanceof Check) return ((Check) invocation).options().verbose();
        return false;
    }

    private interface Request {
        Result get();
    }

    /** Prints a trace, diff or rule catalogue; a read error is one line per file on stderr, exit 2. */
    private static int print(Request request, OutputFormat format, boolean debug, PrintStream out, PrintStream err) {
        Result result;
        try {
            result = request.get();
        } catch (SpecReadException e) {
            return refused(e, debug, err);
        }
        out.print(SpecOutput.of(format).toString(result));
        return result.exitCode();
    }

    /** Verifies a spec; an unreadable spec or results file is one located line on stderr, exit 2. */
    private int verify(Verify verify, PrintStream out, PrintStream err) {
        VerifyRequest request = new VerifyRequest(source(verify.file()), verify.results(),
                verify.previous().map(this::source), verify.failOn(), verify.record());
        VerifyResult result;
        try {
            result = reading(verify.maxDocumentSize(), OptionalLong.empty(), false).verify(request);
        } catch (SpecReadException e) {
            return refused(e, verify.debug(), err);
        } catch (ResultsFormatException e) {
            err.println(TerminalText.safe(e.getMessage()));
            if (verify.debug() && e.getCause() != null) e.getCause().printStackTrace(err);
            return ExitCode.UNREADABLE;
        }
        out.print(SpecOutput.of(verify.format()).toString(result));
        return result.exitCode();
    }

    /** Prints the metrics of a history; an unreadable history is one located line on stderr, exit 2. */
    private int metrics(Metrics metrics, PrintStream out, PrintStream err) {
        MetricsResult result;
        try {
            result = engine.metrics(metrics.file());
        } catch (SpecReadException e) {
            return refused(e, metrics.debug(), err);
        } catch (ResultsFormatException e) {
            err.println(TerminalText.safe(e.getMessage()));
            if (metrics.debug() && e.getCause() != null) e.getCause().printStackTrace(err);
            return ExitCode.UNREADABLE;
        }
        out.print(SpecOutput.of(metrics.format()).toString(result));
        return result.exitCode();
    }

    private int render(Render render, PrintStream out, PrintStream err) {
        SpecEngine engine = reading(render.maxDocumentSize(), OptionalLong.empty(), false);
        try {
            if (render.to() == RenderView.GHERKIN || render.to() == RenderView.JUNIT || render.to() == RenderView.HTML) {
                FeatureRun run;
                if (render.to() == RenderView.HTML) {
                    try {
                        run = engine.writeHtml(source(render.file()), render.out().orElseThrow(), render.results(), render.history());
                    } catch (ResultsFormatException e) {
                        err.println(TerminalText.safe(e.getMessage()));
                        return ExitCode.UNREADABLE;
                    }
                } else if (render.to() == RenderView.GHERKIN) {
                    run = engine.writeFeatures(source(render.file()), render.out().orElseThrow());
                } else {
                    try {
                        run = engine.writeTests(source(render.file()), render.out().orElseThrow(),
                                render.packageName().orElseThrow());
                    } catch (IllegalArgumentException e) {
                        // the package name is not a Java package name
                        err.println("spec: option '--package': " + TerminalText.safe(e.getMessage()));
                        err.println("Run 'spec --help' for usage.");
                        return ExitCode.USAGE;
                    }
                }
                for (FeatureRun.Written file : run.files()) {
                    if (file.kept()) err.println(TerminalText.safe(file.path() + ": exists, left as it is"));
                    else if (file.error().isEmpty()) out.println(TerminalText.safe(file.path().toString()));
                    else err.println(TerminalText.safe(file.path() + ": cannot be written: " + file.error().get()));
                }
                return run.exitCode();
            }
            Optional<CheckSettings> findings = render.findings().map(p -> CheckSettings.of(Profile.parse(p),
                    io.specdriven.core.validation.Severity.ERROR));
            out.print(TerminalText.safeLines(engine.render(source(render.file()), render.to(), findings)));
            return ExitCode.OK;
        } catch (SpecReadException e) {
            return refused(e, render.debug(), err);
        }
    }

    /** Prints a read error as one line, each suppressed one too, and the cause's stack trace with --debug. */
    private static int refused(SpecReadException e, boolean debug, PrintStream err) {
        List<Throwable> all = new ArrayList<>(List.of(e));
        all.addAll(List.of(e.getSuppressed()));
        for (Throwable t : all) {
            err.println(TerminalText.safe(t.getMessage()));
            if (debug && t.getCause() != null) t.getCause().printStackTrace(err);
        }
        return ExitCode.UNREADABLE;
    }

    private int check(Check check, PrintStream out, PrintStream err, boolean colour) {
        Invocation.Options options = check.options();
        List<Source> sources = new ArrayList<>();
        if (check.files().isEmpty()) sources.addAll(bundled);
        for (String name : check.files()) sources.add(source(name));
        CheckSettings settings;
        SpecEngine engine;
        try {
            // --config FILE, else specdriven.yaml or .json found from the working directory up; options win.
            Optional<java.nio.file.Path> file = options.config().isPresent()
                    ? Optional.of(java.nio.file.Path.of(options.config().get()))
                    : SpecConfig.find(java.nio.file.Path.of(""));
            SpecConfig config = file.map(SpecConfig::read).orElse(SpecConfig.none());
            if (options.verbose()) verboseConfig(config, options, err);
            settings = config.settings(options.profile().map(Profile::parse), options.failOn());
            engine = reading(options.maxDocumentSize(), config.maxDocumentSize(), true);
        } catch (SpecConfigException e) {
            err.println(TerminalText.safe(e.getMessage()));
            return ExitCode.USAGE;
        } catch (java.nio.file.InvalidPathException e) {
            err.println("spec: option '--config': " + TerminalText.safe(e.getMessage()));
            return ExitCode.USAGE;
        }
        CheckRun run = engine.check(sources, settings, options.verbose() ? new Verbose(err) : CheckListener.NONE);
        for (SourceResult.Unreadable unreadable : run.unreadable()) {
            err.println(TerminalText.safe(unreadable.error().getMessage()));
            if (options.debug() && unreadable.error().getCause() != null) unreadable.error().getCause().printStackTrace(err);
        }
        out.print(SpecOutput.of(options.format()).withColour(colour).toString(run));
        return run.exitCode();
    }

    /** {@code --verbose}: which configuration file was read and what it sets, and what the options override. */
    private static void verboseConfig(SpecConfig config, Invocation.Options options, PrintStream err) {
        if (config.file().isEmpty()) {
            err.println("spec: no configuration file (looked for " + String.join(" and ", SpecConfig.FILE_NAMES)
                    + " from the working directory up)");
            return;
        }
        err.println("spec: configuration " + TerminalText.safe(config.file().get().toString()));
        for (String line : config.describe()) err.println("spec:   " + TerminalText.safe(line));
        if (options.profile().isPresent() && config.profile().isPresent()) {
            err.println("spec: --profile " + options.profile().get() + " overrides the file's profile");
        }
        if (options.failOn().isPresent() && config.failOn().isPresent()) {
            err.println("spec: --fail-on overrides the file's fail-on");
        }
        if (options.maxDocumentSize().isPresent() && config.maxDocumentSize().isPresent()) {
            err.println("spec: --max-document-size overrides the file's max-document-size");
        }
    }

    /** {@code --verbose}: timings on stderr. */
    private static final class Verbose implements CheckListener {
        private final PrintStream err;

        Verbose(PrintStream err) {
            this.err = err;
        }

        @Override
        public void read(String name, Duration took) {
            err.println("spec: read " + TerminalText.safe(name) + " in " + took.toMillis() + " ms");
        }

        @Override
        public void validatorReady(CheckSettings settings, Duration sinceStart) {
            err.println("spec: " + settings.profile() + " validator ready " + sinceStart.toMillis()
                    + " ms after the run began");
        }

        @Override
        public void checked(String name, Duration took) {
            err.println("spec: checked " + TerminalText.safe(name) + " in " + took.toMillis() + " ms");
        }
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
}
