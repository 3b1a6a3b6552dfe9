package io.specdriven.core.validation;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.Waiver;

/**
 * A finding accepted by a {@link Waiver}: still reported, apart from the others, with the reason.
 *
 * @param violation the finding
 * @param waiver the waiver that accepted it
 * @param waivedAt the element on which the waiver was declared
 * @since 0.1
 */
public record WaivedViolation(Violation violation, Waiver waiver, ElementPath waivedAt) {
    /**
     * Checks for nulls.
     *
     * @param violation the finding
     * @param waiver the waiver that accepted it
     * @param waivedAt the element on which the waiver was declared
     */
    public WaivedViolation {
        requireNonNull(violation, "violation");
        requireNonNull(waiver, "waiver");
        requireNonNull(waivedAt, "waivedAt");
    }

    /** Returns the finding's text form followed by the reason it was waived. */
    @Override
    public String toString() {
        return violation + " (waived: " + waiver.reason() + ")";
    }
}
