package io.specdriven.cli.internal;

import io.specdriven.core.validation.Severity;
import io.specdriven.core.verify.VerificationStatus;
import io.specdriven.engine.OutputFormat;
import io.specdriven.engine.RenderView;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** What the command line asks for, once parsed. */
public sealed interface Invocation {

    /** Print help: the overview, or a command's page. */
    record Help(Optional<String> command) implements Invocation {}

    /** Print the version. */
    record Version() implements Invocation {}

    /** Check files, directories and standard input ({@code -}), or the bundled examples when {@code files} is empty. */
    record Check(Options options, List<String> files) implements Invocation {
        /** Copies the list. */
        public Check {
            files = List.copyOf(files);
        }
    }

    /**
     * Render one spec as a document, diagrams, feature files or test class skeletons.
     *
     * @param file the spec document
     * @param to what to render
     * @param out the directory the files go to; only for {@link RenderView#GHERKIN} and {@link RenderView#JUNIT},
     *     which need it
     * @param packageName the package of the test classes; only for {@link RenderView#JUNIT}, which needs it
     * @param results results files or directories whose acceptance the page shows; only for {@link RenderView#HTML}
     * @param history the acceptance history the page charts; only for {@link RenderView#HTML}, with results
     * @param findings the profile whose findings the Markdown document ends with, if it should have them
     * @param debug whether to print stack traces
     * @param verbose whether to print timings and library log lines
     * @param maxDocumentSize the largest document to read, in bytes, if {@code --max-document-size} gives it
     */
    record Render(String file, RenderView to, Optional<String> out, Optional<String> packageName,
            List<String> results, Optional<String> history, Optional<String> findings, boolean debug, boolean verbose,
            OptionalLong maxDocumentSize) implements Invocation {
        /** Without {@code --max-document-size}. */
        public Render(String file, RenderView to, Optional<String> out, Optional<String> packageName,
                List<String> results, Optional<String> history, Optional<String> findings, boolean debug,
                boolean verbose) {
            this(file, to, out, packageName, results, history, findings, debug, verbose, OptionalLong.empty());
        }
    }

    /**
     * Print the traceability matrix of one spec and its orphans.
     *
     * @param file the spec document
     * @param format text, markdown or json
     * @param debug whether to print stack traces
     * @param verbose whether to print timings
     * @param maxDocumentSize the largest document to read, in bytes, if {@code --max-document-size} gives it
     */
    record Trace(String file, OutputFormat format, boolean debug, boolean verbose, OptionalLong maxDocumentSize)
            implements Invocation {
        /** Without {@code --max-document-size}. */
        public Trace(String file, OutputFormat format, boolean debug, boolean verbose) {
            this(file, format, debug, verbose, OptionalLong.empty());
        }
    }

    /**
     * Print what changed between two versions of a spec, and what the changes touch.
     *
     * @param oldFile the old version
     * @param newFile the new version
     * @param format text, markdown or json
     * @param debug whether to print stack traces
     * @param verbose whether to print timings
     * @param maxDocumentSize the largest document to read, in bytes, if {@code --max-document-size} gives it
     */
    record Diff(String oldFile, String newFile, OutputFormat format, boolean debug, boolean verbose,
            OptionalLong maxDocumentSize) implements Invocation {
        /** Without {@code --max-document-size}. */
        public Diff(String oldFile, String newFile, OutputFormat format, boolean debug, boolean verbose) {
            this(oldFile, newFile, format, debug, verbose, OptionalLong.empty());
        }
    }

    /**
     * Verify one spec against test results.
     *
     * @param file the spec document
     * @param results results files or directories, in order
     * @param previous the previous version of the spec, if given
     * @param format text, markdown or json
     * @param failOn the best status that still fails
     * @param record the acceptance history to append the run to, if any
     * @param debug whether to print stack traces
     * @param verbose whether to print timings
     * @param maxDocumentSize the largest document to read, in bytes, if {@code --max-document-size} gives it
     */
    record Verify(String file, List<String> results, Optional<String> previous, OutputFormat format,
            VerificationStatus failOn, Optional<String> record, boolean debug, boolean verbose,
            OptionalLong maxDocumentSize) implements Invocation {
        /** Copies the list. */
        public Verify {
            results = List.copyOf(results);
        }

        /** Without {@code --max-document-size}. */
        public Verify(String file, List<String> results, Optional<String> previous, OutputFormat format,
                VerificationStatus failOn, Optional<String> record, boolean debug, boolean verbose) {
            this(file, results, previous, format, failOn, record, debug, verbose, OptionalLong.empty());
        }
    }

    /**
     * Print the metrics of an acceptance history.
     *
     * @param file the history ({@code acceptance.jsonl})
     * @param format text or json
     * @param debug whether to print stack traces
     */
    record Metrics(String file, OutputFormat format, boolean debug) implements Invocation {}

    /** The command line is wrong; exit 64 with this one-line message. */
    /**
     * {@code spec mcp}: serve an MCP server over standard input and output.
     *
     * @param root the directory whose specs the server may read, if not the working directory
     */
    record Mcp(Optional<String> root) implements Invocation {}

    record UsageError(String message) implements Invocation {}

    /**
     * The options of {@code check}. The profile and the fail-on level are empty when the command line does
     * not give them, so the configuration file's (or the default) applies.
     *
     * @param profile {@code basic}, {@code standard} or {@code strict}, if given
     * @param format the output format
     * @param failOn the lowest level that makes the exit code 1, if given
     * @param verbose whether to print timings and library log lines
     * @param debug whether to print stack traces
     * @param config the configuration file {@code --config} names, if any
     * @param maxDocumentSize the largest document to read, in bytes, if {@code --max-document-size} gives it
     */
    record Options(Optional<String> profile, OutputFormat format, Optional<Severity> failOn, boolean verbose,
            boolean debug, Optional<String> config, OptionalLong maxDocumentSize) {
        /** Without {@code --max-document-size}. */
        public Options(Optional<String> profile, OutputFormat format, Optional<Severity> failOn, boolean verbose,
                boolean debug, Optional<String> config) {
            this(profile, format, failOn, verbose, debug, config, OptionalLong.empty());
        }

        /** The defaults: no profile or fail-on of its own, text, no configuration file named. */
        public static Options defaults() {
            return new Options(Optional.empty(), OutputFormat.TEXT, Optional.empty(), false, false, Optional.empty());
        }
    }

    /** List the rules with their profiles and descriptions. */
    record Rules(OutputFormat format) implements Invocation {}
}
