package io.specdriven.engine;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The result of {@link SpecEngine#writeFeatures} and {@link SpecEngine#writeTests}: one entry per
 * requirement's file (a feature file, or a test class skeleton), written, kept or not written. One failure
 * does not stop the others.
 *
 * @param files each file, in spec order
 * @since 0.1
 */
public record FeatureRun(List<Written> files) {
    /**
     * Checks for nulls and copies the list.
     *
     * @param files the files
     */
    public FeatureRun {
        files = List.copyOf(requireNonNull(files, "files"));
    }

    /**
     * One file.
     *
     * @param path where it goes
     * @param error why it could not be written, if it could not
     * @param kept whether a file already there was left as it is instead ({@link SpecEngine#writeTests}
     *     never overwrites); not an error
     */
    public record Written(Path path, Optional<String> error, boolean kept) {
        /**
         * Checks for nulls, and that a kept file has no error.
         *
         * @param path the path
         * @param error the error, if any
         * @param kept whether the file was kept as it was
         */
        public Written {
            requireNonNull(path, "path");
            requireNonNull(error, "error");
            if (kept && error.isPresent()) throw new IllegalArgumentException("a kept file has no error");
        }

        /**
         * A file written, or not written for the error.
         *
         * @param path the path
         * @param error the error, if any
         */
        public Written(Path path, Optional<String> error) {
            this(path, error, false);
        }
    }

    /**
     * Returns {@link ExitCode#OK} when every file was written, {@link ExitCode#UNREADABLE} when one was not.
     *
     * @return 0 or 2
     */
    public int exitCode() {
        return files.stream().anyMatch(f -> f.error().isPresent()) ? ExitCode.UNREADABLE : ExitCode.OK;
    }
}
