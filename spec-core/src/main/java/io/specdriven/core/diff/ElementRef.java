package io.specdriven.core.diff;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.Id;

/**
 * Names one element of a spec: its kind and its id (for an entity, its name; for the spec, the spec's id).
 *
 * @param kind the element's kind
 * @param id its id
 * @since 0.1
 */
public record ElementRef(ElementKind kind, Id id) {
    /**
     * Checks for nulls.
     *
     * @param kind the element's kind
     * @param id its id
     */
    public ElementRef {
        requireNonNull(kind, "kind");
        requireNonNull(id, "id");
    }

    /**
     * Returns a reference.
     *
     * @param kind the element's kind
     * @param id its id
     * @return the reference
     */
    public static ElementRef of(ElementKind kind, String id) {
        return new ElementRef(kind, Id.of(requireNonNull(id, "id")));
    }

    /** Returns the reference as readers say it, such as {@code use case UC-1}. */
    @Override
    public String toString() {
        return kind.label() + " " + id;
    }
}
