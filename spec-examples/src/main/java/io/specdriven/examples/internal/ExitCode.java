package io.specdriven.examples.internal;

/** The tool's exit codes. With several files, the highest wins. */
public final class ExitCode {
    /** No finding at or above the fail-on level. */
    public static final int OK = 0;
    /** Findings at or above the fail-on level. */
    public static final int FINDINGS = 1;
    /** {@code spec diff}: the two versions differ. */
    public static final int CHANGED = 1;
    /** A file could not be read or is not a valid spec document, or {@code render} could not write a file. */
    public static final int UNREADABLE = 2;
    /** The command line is wrong (EX_USAGE of sysexits.h). */
    public static final int USAGE = 64;

    private ExitCode() {}
}
