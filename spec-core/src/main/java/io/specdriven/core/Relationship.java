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
 * @param sourceCardinality how many sources one target has, if stated (issue 9): with {@code cardinality}
 *     it states both ends, so that one-to-many ({@code 1} here, {@code 0..*} there) is not drawn as
 *     many-to-many
 * @param cardinality how many targets one source has, if stated
 * @param description what the relationship means
 * @since 0.1
 */
public record Relationship(
        @NotBlank @Size(max = 200) String name,
        Id target,
        RelationshipKind kind,
        Optional<Cardinality> sourceCardinality,
        Optional<Cardinality> cardinality,
        Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 4000) String> description) {

    /**
     * Checks for nulls.
     *
     * @param name the relationship's name, unique within its entity (such as {@code rows})
     * @param target the name of the target entity
     * @param kind association, aggregation or composition
     * @param sourceCardinality how many sources one target has, if stated
     * @param cardinality how many targets one source has, if stated
     * @param description what the relationship means
     */
    public Relationship {
        requireNonNull(name, "name");
        requireNonNull(target, "target");
        requireNonNull(kind, "kind");
        requireNonNull(sourceCardinality, "sourceCardinality");
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
        return new Relationship(name, Id.of(requireNonNull(target, "target")), kind, Optional.empty(),
                Optional.of(requireNonNull(cardinality, "cardinality")), Optional.empty());
    }

    /**
     * Starts a builder for an {@link RelationshipKind#ASSOCIATION ASSOCIATION} without a cardinality.
     *
     * @param name the relationship's name
     * @param target the target entity's name
     * @return a new builder
     */
    public static Builder builder(String name, String target) {
        return new Builder(requireNonNull(name, "name"), Id.of(requireNonNull(target, "target")));
    }

    /**
     * Returns a builder holding this relationship's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(name, target);
        b.kind = kind;
        b.sourceCardinality = sourceCardinality.orElse(null);
        b.cardinality = cardinality.orElse(null);
        b.description = description.orElse(null);
        return b;
    }

    /** Builds a {@link Relationship}; every setter returns this builder. */
    public static final class Builder {
        private final String name;
        private final Id target;
        private RelationshipKind kind = RelationshipKind.ASSOCIATION;
        private Cardinality sourceCardinality;
        private Cardinality cardinality;
        private String description;

        private Builder(String name, Id target) {
            this.name = name;
            this.target = target;
        }

        /**
         * Sets the kind.
         *
         * @param kind association, aggregation or composition
         * @return this builder
         */
        public Builder kind(RelationshipKind kind) {
            this.kind = requireNonNull(kind, "kind");
            return this;
        }

        /**
         * Sets how many sources one target has: {@code ONE} for the "one" end of one-to-many.
         *
         * @param sourceCardinality the cardinality at the source's end
         * @return this builder
         */
        public Builder sourceCardinality(Cardinality sourceCardinality) {
            this.sourceCardinality = requireNonNull(sourceCardinality, "sourceCardinality");
            return this;
        }

        /**
         * Sets how many targets one source has.
         *
         * @param cardinality the cardinality
         * @return this builder
         */
        public Builder cardinality(Cardinality cardinality) {
            this.cardinality = requireNonNull(cardinality, "cardinality");
            return this;
        }

        /**
         * Sets what the relationship means.
         *
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = requireNonNull(description, "description");
            return this;
        }

        /**
         * Builds the relationship.
         *
         * @return a new, immutable relationship
         */
        public Relationship build() {
            return new Relationship(name, target, kind, Optional.ofNullable(sourceCardinality),
                    Optional.ofNullable(cardinality), Optional.ofNullable(description));
        }
    }

    /**
     * Returns a copy with a description.
     *
     * @param description what the relationship means
     * @return the changed copy
     */
    public Relationship withDescription(String description) {
        return new Relationship(name, target, kind, sourceCardinality, cardinality, Optional.of(requireNonNull(description, "description")));
    }
}
