package io.specdriven.core;

import static io.specdriven.core.internal.Checks.copy;
import static io.specdriven.core.internal.Checks.notNull;
import static java.util.Objects.requireNonNull;

import io.specdriven.core.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Someone or something outside the system that interacts with it: a person in a role, or another system.
 *
 * @param id the actor's id, unique in the spec (the id {@code SYSTEM} is reserved for the system itself,
 *     see {@link Step#SYSTEM})
 * @param name a readable name
 * @param description what the actor does and wants
 * @param kind a person or an external system
 * @param waivers findings accepted on this actor
 * @since 0.1
 */
public record Actor(
        Id id,
        @NotBlank @Size(max = 200) String name,
        Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 4000) String> description,
        ActorKind kind,
        List<@Valid Waiver> waivers) {

    /**
     * Checks for nulls and copies the list.
     *
     * @param id the actor's id, unique in the spec (the id {@code SYSTEM} is reserved for the system itself, see {@link Step#SYSTEM})
     * @param name a readable name
     * @param description what the actor does and wants
     * @param kind a person or an external system
     * @param waivers findings accepted on this actor
     */
    public Actor {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(description, "description");
        requireNonNull(kind, "kind");
        waivers = copy(waivers, "waivers");
    }

    /**
     * Starts a builder; an actor needs a name and is {@link ActorKind#HUMAN} unless told otherwise.
     *
     * @param id the actor's id
     * @return a new builder
     */
    public static Builder builder(String id) {
        return new Builder(Id.of(notNull(id, "id")));
    }

    /**
     * Returns a builder holding this actor's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.name = name;
        b.description = description.orElse(null);
        b.kind = kind;
        b.waivers.addAll(waivers);
        return b;
    }

    /** Builds an {@link Actor}; every setter returns this builder. */
    public static final class Builder {
        private final Id id;
        private String name;
        private String description;
        private ActorKind kind = ActorKind.HUMAN;
        private final List<Waiver> waivers = new ArrayList<>();

        private Builder(Id id) {
            this.id = id;
        }

        /**
         * Sets the readable name.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = notNull(name, "name");
            return this;
        }

        /**
         * Sets the description.
         *
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = notNull(description, "description");
            return this;
        }

        /**
         * Sets the kind.
         *
         * @param kind the kind
         * @return this builder
         */
        public Builder kind(ActorKind kind) {
            this.kind = notNull(kind, "kind");
            return this;
        }

        /**
         * Makes this actor an external system.
         *
         * @return this builder
         */
        public Builder externalSystem() {
            return kind(ActorKind.EXTERNAL_SYSTEM);
        }

        /**
         * Waives a rule's findings on this actor.
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
         * Builds the actor.
         *
         * @return a new, immutable actor
         * @throws IllegalStateException if the name is missing
         */
        public Actor build() {
            List<String> missing = new ArrayList<>();
            if (name == null) missing.add("name");
            Checks.complete("Actor " + id, missing);
            return new Actor(id, name, Optional.ofNullable(description), kind, waivers);
        }
    }
}
