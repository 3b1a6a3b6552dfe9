package io.specdriven.engine;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The result of {@link SpecEngine#writeFeatures}: one entry per requirement's feature file, written or
 * not. One failure does not stop the others.
 *
 * @param files each feature file, in spec order
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
     * One feature file.
     *
     * @param path where it goes
     * @param error why it could not be written, if it could not
     */
    public record Written(Path path, Optional<String> error) {
        /**
         * Checks for nulls.
         *
         * @param path the path
         * @param error the error, if any
         */
        public Written {
            requireNonNull(path, "path");
            requireNonNull(error, "error");
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
