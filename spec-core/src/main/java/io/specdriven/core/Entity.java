package io.specdriven.core;

import io.specdriven.core.internal.Checks;
import static io.specdriven.core.internal.Checks.copy;
import static io.specdriven.core.internal.Checks.notNull;
import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A concept of the domain: its attributes, its relationships to other entities and the invariants that
 * always hold. The entity model is the spec's language.
 *
 * @param name the entity's name, which is its id in the spec (such as {@code Order})
 * @param description what it means
 * @param attributes its attributes, in their declared order
 * @param relationships its relationships to other entities
 * @param invariants statements that always hold for every instance
 * @param waivers findings accepted on this entity
 * @since 0.1
 */
public record Entity(
        Id name,
        Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 4000) String> description,
        List<@Valid Attribute> attributes,
        List<@Valid Relationship> relationships,
        List<@NotBlank @Size(max = 2000) String> invariants,
        List<@Valid Waiver> waivers) {

    /**
     * Checks for nulls and copies every list.
     *
     * @param name the entity's name, which is its id in the spec (such as {@code Order})
     * @param description what it means
     * @param attributes its attributes, in their declared order
     * @param relationships its relationships to other entities
     * @param invariants statements that always hold for every instance
     * @param waivers findings accepted on this entity
     */
    public Entity {
        requireNonNull(name, "name");
        requireNonNull(description, "description");
        attributes = copy(attributes, "attributes");
        relationships = copy(relationships, "relationships");
        invariants = copy(invariants, "invariants");
        waivers = copy(waivers, "waivers");
    }

    /**
     * Returns an entity with only a name.
     *
     * @param name the entity's name
     * @return the entity
     */
    public static Entity of(String name) {
        return builder(name).build();
    }

    /**
     * Starts a builder.
     *
     * @param name the entity's name
     * @return a new builder
     */
    public static Builder builder(String name) {
        return new Builder(Id.of(notNull(name, "name")));
    }

    /**
     * Returns a builder holding this entity's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.description = description.orElse(null);
        b.attributes.addAll(attributes);
        b.relationships.addAll(relationships);
        b.invariants.addAll(invariants);
        b.waivers.addAll(waivers);
        return b;
    }

    /**
     * Returns the attribute with the given name.
     *
     * @param attributeName the name
     * @return the attribute, or empty
     */
    public Optional<Attribute> attribute(String attributeName) {
        requireNonNull(attributeName, "attributeName");
        return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
    }

    /** Builds an {@link Entity}; every setter returns this builder. */
    public static final class Builder {
        private final Id name;
        private String description;
        private final List<Attribute> attributes = new ArrayList<>();
        private final List<Relationship> relationships = new ArrayList<>();
        private final List<String> invariants = new ArrayList<>();
        private final List<Waiver> waivers = new ArrayList<>();

        private Builder(Id name) {
            this.name = name;
        }

        /**
         * Sets what the entity means.
         *
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = notNull(description, "description");
            return this;
        }

        /**
         * Adds a finished attribute.
         *
         * @param attribute the attribute
         * @return this builder
         */
        public Builder attribute(Attribute attribute) {
            attributes.add(notNull(attribute, "attribute"));
            return this;
        }

        /**
         * Adds an optional attribute with no constraints.
         *
         * @param name the attribute's name
         * @param type its type
         * @return this builder
         */
        public Builder attribute(String name, AttributeType type) {
            return attribute(Attribute.of(name, type));
        }

        /**
         * Adds an attribute.
         *
         * @param name the attribute's name
         * @param type its type
         * @param attribute fills in its flags and constraints
         * @return this builder
         */
        public Builder attribute(String name, AttributeType type, Consumer<Attribute.Builder> attribute) {
            Attribute.Builder builder = Attribute.builder(name, type);
            notNull(attribute, "attribute").accept(builder);
            return attribute(builder.build());
        }

        /**
         * Adds a finished relationship.
         *
         * @param relationship the relationship
         * @return this builder
         */
        public Builder relationship(Relationship relationship) {
            relationships.add(notNull(relationship, "relationship"));
            return this;
        }

        /**
         * Adds an association.
         *
         * @param name the relationship's name
         * @param target the target entity's name
         * @param cardinality how many targets one instance has
         * @return this builder
         */
        public Builder relationship(String name, String target, Cardinality cardinality) {
            return relationship(Relationship.of(name, target, cardinality));
        }

        /**
         * Adds a relationship of the given kind.
         *
         * @param name the relationship's name
         * @param target the target entity's name
         * @param kind association, aggregation or composition
         * @param cardinality how many targets one instance has
         * @return this builder
         */
        public Builder relationship(String name, String target, RelationshipKind kind, Cardinality cardinality) {
            return relationship(Relationship.of(name, target, kind, cardinality));
        }

        /**
         * Adds a relationship.
         *
         * @param name the relationship's name
         * @param target the target entity's name
         * @param relationship fills in its kind, cardinality and description
         * @return this builder
         */
        public Builder relationship(String name, String target, Consumer<Relationship.Builder> relationship) {
            Relationship.Builder builder = Relationship.builder(name, target);
            notNull(relationship, "relationship").accept(builder);
            return relationship(builder.build());
        }

        /**
         * Adds an invariant.
         *
         * @param invariant a statement that always holds
         * @return this builder
         */
        public Builder invariant(String invariant) {
            invariants.add(notNull(invariant, "invariant"));
            return this;
        }

        /**
         * Waives a rule's findings on this entity.
         *
         * @param ruleId the rule id
         * @param reason why the finding is acceptable
         * @return this builder
         */
        public Builder waive(String ruleId, String reason) {
            waivers.add(Waiver.of(notNull(ruleId, "ruleId"), notNull(reason, "reason")));
            return this;
        }

        /**
         * Builds the entity.
         *
         * @return a new, immutable entity
         */
        public Entity build() {
            return new Entity(name, Optional.ofNullable(description), attributes, relationships, invariants,
                    waivers);
        }
    }
}
