package io.specdriven.engine;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The result of {@link SpecEngine#check}: one entry per source, in the order given (a file named twice
 * appears once; a directory contributes each spec file under it, in name order), with the settings used.
 *
 * @param results what happened to each source
 * @param settings how they were checked
 * @param toolVersion the version of specdriven that checked them
 * @since 0.1
 */
public record CheckRun(List<SourceResult> results, CheckSettings settings, String toolVersion) implements Result {
    /**
     * Checks for nulls and copies the list.
     *
     * @param results the results
     * @param settings the settings
     * @param toolVersion the version
     */
    public CheckRun {
        results = List.copyOf(requireNonNull(results, "results"));
        requireNonNull(settings, "settings");
        requireNonNull(toolVersion, "toolVersion");
    }

    /**
     * Returns the run's exit code: the highest of its sources' codes; {@link ExitCode#OK} when it has none.
     *
     * @return 0, 1 or 2
     */
    @Override
    public int exitCode() {
        return results.stream().mapToInt(r -> r.exitCode(settings.failOn())).max().orElse(ExitCode.OK);
    }

    /**
     * Returns the sources that were checked.
     *
     * @return the checked ones, in order
     */
    public List<SourceResult.Checked> checked() {
        return results.stream().filter(SourceResult.Checked.class::isInstance).map(SourceResult.Checked.class::cast)
                .toList();
    }

    /**
     * Returns the sources that could not be read.
     *
     * @return the unreadable ones, in order
     */
    public List<SourceResult.Unreadable> unreadable() {
        return results.stream().filter(SourceResult.Unreadable.class::isInstance)
                .map(SourceResult.Unreadable.class::cast).toList();
    }
}
