package io.specdriven.examples.internal;

import java.util.Optional;

/**
 * What happened to one file: checked, with its result, or refused, with the read error.
 *
 * @param name the file name as the user gave it (or the bundled example's name)
 * @param specId the spec's id, once read
 * @param specTitle the spec's title, once read
 * @param result the check result, once checked
 * @param error why the file could not be read, if it could not
 * @param exitCode this file's exit code
 */
record Outcome(String name, Optional<String> specId, Optional<String> specTitle, Optional<CheckResult> result,
        Optional<SpecReadException> error, int exitCode) {

    static Outcome checked(String name, String specId, String title, CheckResult result, Level failOn) {
        return new Outcome(name, Optional.of(specId), Optional.of(title), Optional.of(result), Optional.empty(),
                result.exitCode(failOn));
    }

    static Outcome refused(String name, SpecReadException error) {
        return new Outcome(name, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(error),
                ExitCode.UNREADABLE);
    }

    /** The one-line error, {@code FILE:LINE:COLUMN: message}, already made safe to print. */
    String errorLine() {
        SpecReadException e = error.orElseThrow();
        String where = e.line() > 0 ? ":" + e.line() + (e.column() > 0 ? ":" + e.column() : "") : "";
        return Text.safe(name + where + ": " + e.getMessage());
    }
}
