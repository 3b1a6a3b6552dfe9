package io.specdriven.core;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * A named relationship from one entity to another.
 *
 * @param name the relationship's name, unique within its entity (such as {@code rows})
 * @param target the name of the target entity
 * @param kind association, aggregation or composition
 * @param cardinality how many targets one source has, if stated
 * @param description what the relationship means
 * @since 0.1
 */
public record Relationship(
        @NotBlank @Size(max = 200) String name,
        Id target,
        RelationshipKind kind,
        Optional<Cardinality> cardinality,
        Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 4000) String> description) {

    /**
     * Checks for nulls.
     *
     * @param name the relationship's name, unique within its entity (such as {@code rows})
     * @param target the name of the target entity
     * @param kind association, aggregation or composition
     * @param cardinality how many targets one source has, if stated
     * @param description what the relationship means
     */
    public Relationship {
        requireNonNull(name, "name");
        requireNonNull(target, "target");
        requireNonNull(kind, "kind");
        requireNonNull(cardinality, "cardinality");
        requireNonNull(description, "description");
    }

    /**
     * Returns an association with a cardinality.
     *
     * @param name the name
     * @param target the target entity's name
     * @param cardinality how many targets
     * @return the relationship
     */
    public static Relationship of(String name, String target, Cardinality cardinality) {
        return of(name, target, RelationshipKind.ASSOCIATION, cardinality);
    }

    /**
     * Returns a relationship of the given kind with a cardinality.
     *
     * @param name the name
     * @param target the target entity's name
     * @param kind association, aggregation or composition
     * @param cardinality how many targets
     * @return the relationship
     */
    public static Relationship of(String name, String target, RelationshipKind kind, Cardinality cardinality) {
        return new Relationship(name, Id.of(requireNonNull(target, "target")), kind,
                Optional.of(requireNonNull(cardinality, "cardinality")), Optional.empty());
    }

    /**
     * Returns a copy with a description.
     *
     * @param description what the relationship means
     * @return the changed copy
     */
    public Relationship withDescription(String description) {
        return new Relationship(name, target, kind, cardinality, Optional.of(requireNonNull(description, "description")));
    }
}
