package io.specdriven.core;

import static java.util.Objects.requireNonNull;

/**
 * How many targets one source of a relationship has: the multiplicity at the target end, as in UML.
 *
 * @since 0.1
 */
public enum Cardinality {
    /** Exactly one: {@code 1}. */
    ONE("1"),
    /** At most one: {@code 0..1}. */
    ZERO_OR_ONE("0..1"),
    /** Any number: {@code 0..*}. */
    ZERO_OR_MORE("0..*"),
    /** At least one: {@code 1..*}. */
    ONE_OR_MORE("1..*");

    private final String notation;

    Cardinality(String notation) {
        this.notation = notation;
    }

    /**
     * Returns the UML notation, such as {@code 0..*}.
     *
     * @return the notation
     */
    public String notation() {
        return notation;
    }

    /**
     * Tells whether more than one target is allowed.
     *
     * @return true for {@code 0..*} and {@code 1..*}
     */
    public boolean many() {
        return this == ZERO_OR_MORE || this == ONE_OR_MORE;
    }

    /**
     * Tells whether no target is allowed.
     *
     * @return true for {@code 0..1} and {@code 0..*}
     */
    public boolean optional() {
        return this == ZERO_OR_ONE || this == ZERO_OR_MORE;
    }

    /**
     * Parses the UML notation; {@code *} and {@code 1..1} are accepted as {@code 0..*} and {@code 1}.
     *
     * @param notation {@code 1}, {@code 0..1}, {@code 0..*}, {@code 1..*}, {@code *} or {@code 1..1}
     * @return the cardinality
     * @throws IllegalArgumentException for any other text
     */
    public static Cardinality parse(String notation) {
        requireNonNull(notation, "notation");
        switch (notation) {
            case "1":
            case "1..1":
                return ONE;
            case "0..1":
                return ZERO_OR_ONE;
            case "*":
            case "0..*":
                return ZERO_OR_MORE;
            case "1..*":
                return ONE_OR_MORE;
            default:
                throw new IllegalArgumentException(
                        "invalid cardinality '" + notation + "': use 1, 0..1, 0..* or 1..*");
        }
    }
}
