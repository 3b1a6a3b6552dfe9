package io.specdriven.examples.internal;

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

    /** Output format. */
    enum Format { TEXT, JSON }
}
