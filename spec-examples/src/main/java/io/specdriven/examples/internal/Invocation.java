package io.specdriven.examples.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the command line asks for, once parsed. */
public sealed interface Invocation {

    /** Print help: the overview, or a command's page. */
    record Help(Optional<String> command) implements Invocation {}

    /** Print the version. */
    record Version() implements Invocation {}

    /** Check files, or the bundled examples when {@code files} is empty. */
    record Check(Options options, List<String> files) implements Invocation {
        /** Copies the list. */
        public Check {
            files = List.copyOf(files);
        }
    }

    /**
     * Render one spec as a document, diagrams or feature files.
     *
     * @param file the spec document
     * @param to what to render
     * @param out the directory the feature files go to; only for {@link View#GHERKIN}, which needs it
     * @param findings the profile whose findings the Markdown document ends with, if it should have them
     * @param debug whether to print stack traces
     * @param verbose whether to print timings and library log lines
     */
    record Render(String file, View to, Optional<Path> out, Optional<String> findings, boolean debug,
            boolean verbose) implements Invocation {}

    /**
     * Print the traceability matrix of one spec and its orphans.
     *
     * @param file the spec document
     * @param format text, markdown or json
     * @param debug whether to print stack traces
     * @param verbose whether to print timings
     */
    record Trace(String file, Format format, boolean debug, boolean verbose) implements Invocation {}

    /**
     * Print what changed between two versions of a spec, and what the changes touch.
     *
     * @param oldFile the old version
     * @param newFile the new version
     * @param format text, markdown or json
     * @param debug whether to print stack traces
     * @param verbose whether to print timings
     */
    record Diff(String oldFile, String newFile, Format format, boolean debug, boolean verbose) implements Invocation {}

    /** The command line is wrong; exit 64 with this one-line message. */
    record UsageError(String message) implements Invocation {}

    /**
     * The options of {@code check}.
     *
     * @param profile {@code standard} or {@code strict}
     * @param format {@code text} or {@code json}
     * @param failOn the lowest level that makes the exit code 1
     * @param verbose whether to print timings and library log lines
     * @param debug whether to print stack traces
     */
    record Options(String profile, Format format, Level failOn, boolean verbose, boolean debug) {
        /** The defaults: standard profile, text, fail on errors. */
        public static Options defaults() {
            return new Options("standard", Format.TEXT, Level.ERROR, false, false);
        }
    }

    /** Output format; {@code check} takes text or json, {@code trace} and {@code diff} also markdown. */
    enum Format { TEXT, MARKDOWN, JSON }

    /** What {@code render} produces. */
    enum View { MARKDOWN, MERMAID, PLANTUML, GHERKIN }
}
