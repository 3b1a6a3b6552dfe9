package io.specdriven.engine;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.Spec;
import io.specdriven.core.source.LocatedSpec;
import io.specdriven.core.source.SpecReadException;
import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.ValidationReport;

/**
 * What happened to one source of a check: it was checked, with the library's own report, or it could not
 * be read, with the read error.
 *
 * @since 0.1
 */
public sealed interface SourceResult permits SourceResult.Checked, SourceResult.Unreadable {
    /**
     * Returns the source's name as the user gave it (for a file found in a directory: the directory as
     * typed joined with the file's relative path).
     *
     * @return the name
     */
    String name();

    /**
     * Returns this source's exit code.
     *
     * @param failOn the lowest severity that fails
     * @return {@link ExitCode#OK}, {@link ExitCode#FINDINGS} or {@link ExitCode#UNREADABLE}
     */
    int exitCode(Severity failOn);

    /**
     * A source read and checked.
     *
     * @param name the name as given
     * @param read the spec and where its elements stand
     * @param report the validator's report
     */
    record Checked(String name, LocatedSpec read, ValidationReport report) implements SourceResult {
        /**
         * Checks for nulls.
         *
         * @param name the name
         * @param read the located spec
         * @param report the report
         */
        public Checked {
            requireNonNull(name, "name");
            requireNonNull(read, "read");
            requireNonNull(report, "report");
        }

        /**
         * Returns the spec.
         *
         * @return the spec that was checked
         */
        public Spec spec() {
            return read.spec();
        }

        @Override
        public int exitCode(Severity failOn) {
            return report.atLeast(failOn).isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
        }
    }

    /**
     * A source that could not be read: missing, not a regular file, unreadable, or not a valid spec.
     *
     * @param name the name as given
     * @param error why, located where the reader knows
     */
    record Unreadable(String name, SpecReadException error) implements SourceResult {
        /**
         * Checks for nulls.
         *
         * @param name the name
         * @param error the error
         */
        public Unreadable {
            requireNonNull(name, "name");
            requireNonNull(error, "error");
        }

        @Override
        public int exitCode(Severity failOn) {
            return ExitCode.UNREADABLE;
        }
    }
}
