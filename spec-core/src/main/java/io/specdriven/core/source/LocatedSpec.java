package io.specdriven.core.source;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.Spec;

/**
 * A spec as a reader returns it: the model, and where its elements stand in the document.
 *
 * @param spec the spec
 * @param locations element path → location in the document
 * @since 0.1
 */
public record LocatedSpec(Spec spec, SourceMap locations) {
    /**
     * Checks for nulls.
     *
     * @param spec the spec
     * @param locations the locations
     */
    public LocatedSpec {
        requireNonNull(spec, "spec");
        requireNonNull(locations, "locations");
    }
}
