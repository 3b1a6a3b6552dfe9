package io.specdriven.core.diff;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One changed field of an element, with its old and new value in a canonical text form: text as it is,
 * enums by name, numbers without trailing zeros, lists as {@code [a, b]} (text items quoted).
 *
 * @param field the field's path within the element, such as {@code statement},
 *     {@code attributes[total].maxLength} or {@code flows[A1].steps[2]}
 * @param oldValue the old value, or empty where the field was absent (or false)
 * @param newValue the new value, or empty where the field is now absent (or false)
 * @since 0.1
 */
public record FieldChange(String field, Optional<String> oldValue, Optional<String> newValue) {
    /**
     * Checks for nulls.
     *
     * @param field the field's path within the element, such as {@code statement}, {@code attributes[total].maxLength} or {@code flows[A1].steps[2]}
     * @param oldValue the old value, or empty where the field was absent (or false)
     * @param newValue the new value, or empty where the field is now absent (or false)
     */
    public FieldChange {
        requireNonNull(field, "field");
        requireNonNull(oldValue, "oldValue");
        requireNonNull(newValue, "newValue");
    }
}
