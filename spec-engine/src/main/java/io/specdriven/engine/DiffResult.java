package io.specdriven.engine;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.diff.SpecDiff;

/**
 * The result of {@link SpecEngine#diff}: what changed between two versions of a spec and what it touches.
 *
 * @param oldName the old version's name as given
 * @param newName the new version's name as given
 * @param diff the library's diff
 * @since 0.1
 */
public record DiffResult(String oldName, String newName, SpecDiff diff) implements Result {
    /**
     * Checks for nulls.
     *
     * @param oldName the old name
     * @param newName the new name
     * @param diff the diff
     */
    public DiffResult {
        requireNonNull(oldName, "oldName");
        requireNonNull(newName, "newName");
        requireNonNull(diff, "diff");
    }

    /**
     * Returns {@link ExitCode#OK} when the versions are equal, {@link ExitCode#CHANGED} when not.
     *
     * @return 0 or 1
     */
    @Override
    public int exitCode() {
        return diff.isEmpty() ? ExitCode.OK : ExitCode.CHANGED;
    }
}
