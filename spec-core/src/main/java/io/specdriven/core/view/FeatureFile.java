package io.specdriven.core.view;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.Id;

/**
 * A generated Gherkin feature file: one requirement as a Feature, its acceptance criteria as Scenarios.
 *
 * @param fileName a file name for it, such as {@code REQ-EXPORT.feature}, unique among the files of one
 *     spec (also on case-insensitive file systems)
 * @param requirement the id of the requirement it was generated from
 * @param content the file's text, ending with a line break
 * @since 0.1
 */
public record FeatureFile(String fileName, Id requirement, String content) {
    /**
     * Checks for nulls.
     *
     * @param fileName a file name for it, such as {@code REQ-EXPORT.feature}, unique among the files of one spec (also on case-insensitive file systems)
     * @param requirement the id of the requirement it was generated from
     * @param content the file's text, ending with a line break
     */
    public FeatureFile {
        requireNonNull(fileName, "fileName");
        requireNonNull(requirement, "requirement");
        requireNonNull(content, "content");
    }
}
