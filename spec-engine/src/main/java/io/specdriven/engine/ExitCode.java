package io.specdriven.engine;

/**
 * The exit codes every adapter reports: the CLI's process exit code, the Maven plugin's verdict, the MCP
 * server's result. With several sources the highest wins.
 *
 * @since 0.1
 */
public final class ExitCode {
    /** No finding at or above the fail-on level; rendered or printed; the versions are equal. */
    public static final int OK = 0;
    /** Findings at or above the fail-on level. */
    public static final int FINDINGS = 1;
    /** {@code diff}: the two versions differ. */
    public static final int CHANGED = 1;
    /** A source could not be read or is not a valid spec document, or an output could not be written. */
    public static final int UNREADABLE = 2;
    /** The request is wrong: a usage error, a bad configuration (EX_USAGE of sysexits.h). */
    public static final int USAGE = 64;
    /** A bug in specdriven or the JVM out of memory (EX_SOFTWARE of sysexits.h): never 1, which means findings. */
    public static final int INTERNAL = 70;

    private ExitCode() {}
}
