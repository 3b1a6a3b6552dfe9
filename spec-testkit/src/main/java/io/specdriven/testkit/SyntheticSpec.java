package io.specdriven.testkit;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.Spec;

/**
 * A spec made by {@link SyntheticSpecs}, with the findings a correct checker must report on it.
 *
 * @param spec the generated spec
 * @param manifest the findings the standard profile must report on it, and no others
 */
public record SyntheticSpec(Spec spec, DefectManifest manifest) {
    /**
     * Checks for nulls.
     *
     * @param spec the spec
     * @param manifest the manifest
     */
    public SyntheticSpec {
        requireNonNull(spec, "spec");
        requireNonNull(manifest, "manifest");
    }
}
