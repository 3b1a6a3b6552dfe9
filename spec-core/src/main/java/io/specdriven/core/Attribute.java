package io.specdriven.core;

import static io.specdriven.core.internal.Checks.copy;
import static io.specdriven.core.internal.Checks.notNull;
import static java.util.Objects.requireNonNull;

import io.specdriven.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An attribute of an entity: a typed value with its constraints.
 *
 * @param name the attribute's name, unique within its entity
 * @param type the type, from a closed set
 * @param values the allowed values, for an {@link AttributeType#ENUM ENUM} attribute
 * @param required whether every instance has a value
 * @param unique whether no two instances share a value
 * @param identifier whether the attribute identifies an instance
 * @param min the smallest allowed value, for numbers, money and durations (in the unit the spec states)
 * @param max the largest allowed value
 * @param minLength the shortest allowed text, in characters
 * @param maxLength the longest allowed text, in characters
 * @param pattern a regular expression the text must match
 * @param defaultValue the value a new instance has, as the spec writes it (JSON {@code default}; issue 9)
 * @param reference the entity this attribute refers to, for a foreign key (issue 9); a checked reference
 * @param description what the attribute means
 * @since 0.1
 */
public record Attribute(
        @NotBlank @Size(max = 200) String name,
        AttributeType type,
        List<@NotBlank @Size(max = 200) String> values,
        boolean required,
        boolean unique,
        boolean identifier,
        Optional<BigDecimal> min,
        Optional<BigDecimal> max,
        Optional<@PositiveOrZero Integer> minLength,
        Optional<@PositiveOrZero Integer> maxLength,
        Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 1000) String> pattern,
        Optional<@Size(max = 1000) String> defaultValue,
        Optional<Id> reference,
        Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 4000) String> description) {

    /**
     * The largest exponent of a {@link #min() min} or {@link #max() max}, either sign, as in the scientific
     * notation {@code 1.5E+1000}; the JSON reader refuses numbers beyond it.
     */
    public static final int MAX_DECIMAL_EXPONENT = 1000;

    /**
     * The most characters a {@link #min() min} or {@link #max() max} takes as {@link BigDecimal#toString()}
     * writes it, which is how JSON holds it: the JSON reader's default number limit, so that every spec the
     * model accepts can be written and read back.
     */
    public static final int MAX_DECIMAL_LENGTH = 100;

    /**
     * Checks for nulls, copies the list and checks that {@code min} and {@code max} lie within
     * {@link #MAX_DECIMAL_EXPONENT} and {@link #MAX_DECIMAL_LENGTH}.
     *
     * @param name the attribute's name, unique within its entity
     * @param type the type, from a closed set
     * @param values the allowed values, for an {@link AttributeType#ENUM ENUM} attribute
     * @param required whether every instance has a value
     * @param unique whether no two instances share a value
     * @param identifier whether the attribute identifies an instance
     * @param min the smallest allowed value, for numbers, money and durations (in the unit the spec states)
     * @param max the largest allowed value
     * @param minLength the shortest allowed text, in characters
     * @param maxLength the longest allowed text, in characters
     * @param pattern a regular expression the text must match
     * @param defaultValue the value a new instance has, as the spec writes it
     * @param reference the entity this attribute refers to, for a foreign key
     * @param description what the attribute means
     * @throws IllegalArgumentException if {@code min} or {@code max} is beyond those limits
     */
    public Attribute {
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        values = copy(values, "values");
        requireNonNull(min, "min").ifPresent(v -> Checks.decimal(v, "min", MAX_DECIMAL_EXPONENT, MAX_DECIMAL_LENGTH));
        requireNonNull(max, "max").ifPresent(v -> Checks.decimal(v, "max", MAX_DECIMAL_EXPONENT, MAX_DECIMAL_LENGTH));
        requireNonNull(minLength, "minLength");
        requireNonNull(maxLength, "maxLength");
        requireNonNull(pattern, "pattern");
        requireNonNull(defaultValue, "defaultValue");
        requireNonNull(reference, "reference");
        requireNonNull(description, "description");
    }

    /**
     * Returns an optional attribute with no constraints.
     *
     * @param name the name
     * @param type the type
     * @return the attribute
     */
    public static Attribute of(String name, AttributeType type) {
        return builder(name, type).build();
    }

    /**
     * Starts a builder.
     *
     * @param name the attribute's name
     * @param type its type
     * @return a new builder
     */
    public static Builder builder(String name, AttributeType type) {
        return new Builder(notNull(name, "name"), notNull(type, "type"));
    }

    /**
     * Returns a builder holding this attribute's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(name, type);
        b.values.addAll(values);
        b.required = required;
        b.unique = unique;
        b.identifier = identifier;
        b.min = min.orElse(null);
        b.max = max.orElse(null);
        b.minLength = minLength.orElse(null);
        b.maxLength = maxLength.orElse(null);
        b.pattern = pattern.orElse(null);
        b.defaultValue = defaultValue.orElse(null);
        b.reference = reference.orElse(null);
        b.description = description.orElse(null);
        return b;
    }

    /** Builds an {@link Attribute}; every setter returns this builder. */
    public static final class Builder {
        private final String name;
        private final AttributeType type;
        private final List<String> values = new ArrayList<>();
        private boolean required;
        private boolean unique;
        private boolean identifier;
        private BigDecimal min;
        private BigDecimal max;
        private Integer minLength;
        private Integer maxLength;
        private String pattern;
        private String defaultValue;
        private Id reference;
        private String description;

        private Builder(String name, AttributeType type) {
            this.name = name;
            this.type = type;
        }

        /**
         * Sets the allowed values, for an enum attribute, replacing any set before.
         *
         * @param values the values, in order
         * @return this builder
         */
        public Builder values(String... values) {
            List<String> checked = Checks.elements("values", values);
            this.values.clear();
            this.values.addAll(checked);
            return this;
        }

        /**
         * Makes a value mandatory.
         *
         * @return this builder
         */
        public Builder required() {
            this.required = true;
            return this;
        }

        /**
         * Makes values unique among instances.
         *
         * @return this builder
         */
        public Builder unique() {
            this.unique = true;
            return this;
        }

        /**
         * Makes this the identifying attribute; an identifier is also required and unique.
         *
         * @return this builder
         */
        public Builder identifier() {
            this.identifier = true;
            this.required = true;
            this.unique = true;
            return this;
        }

        /**
         * Sets the smallest allowed value.
         *
         * @param min the minimum
         * @return this builder
         * @throws IllegalArgumentException if it is beyond {@link Attribute#MAX_DECIMAL_EXPONENT} or
         *     {@link Attribute#MAX_DECIMAL_LENGTH}
         */
        public Builder min(BigDecimal min) {
            this.min = Checks.decimal(notNull(min, "min"), "min", MAX_DECIMAL_EXPONENT, MAX_DECIMAL_LENGTH);
            return this;
        }

        /**
         * Sets the smallest allowed value.
         *
         * @param min the minimum
         * @return this builder
         */
        public Builder min(long min) {
            return min(BigDecimal.valueOf(min));
        }

        /**
         * Sets the largest allowed value.
         *
         * @param max the maximum
         * @return this builder
         * @throws IllegalArgumentException if it is beyond {@link Attribute#MAX_DECIMAL_EXPONENT} or
         *     {@link Attribute#MAX_DECIMAL_LENGTH}
         */
        public Builder max(BigDecimal max) {
            this.max = Checks.decimal(notNull(max, "max"), "max", MAX_DECIMAL_EXPONENT, MAX_DECIMAL_LENGTH);
            return this;
        }

        /**
         * Sets the largest allowed value.
         *
         * @param max the maximum
         * @return this builder
         */
        public Builder max(long max) {
            return max(BigDecimal.valueOf(max));
        }

        /**
         * Sets the shortest allowed text.
         *
         * @param minLength the minimum length in characters
         * @return this builder
         */
        public Builder minLength(int minLength) {
            this.minLength = minLength;
            return this;
        }

        /**
         * Sets the longest allowed text.
         *
         * @param maxLength the maximum length in characters
         * @return this builder
         */
        public Builder maxLength(int maxLength) {
            this.maxLength = maxLength;
            return this;
        }

        /**
         * Sets a regular expression values must match.
         *
         * @param pattern the pattern
         * @return this builder
         */
        public Builder pattern(String pattern) {
            this.pattern = notNull(pattern, "pattern");
            return this;
        }

        /**
         * Sets the value a new instance has.
         *
         * @param defaultValue the default, as the spec writes it
         * @return this builder
         */
        public Builder defaultValue(String defaultValue) {
            this.defaultValue = notNull(defaultValue, "defaultValue");
            return this;
        }

        /**
         * Makes this attribute a foreign key to another entity.
         *
         * @param entity the name of the entity it refers to
         * @return this builder
         */
        public Builder reference(String entity) {
            this.reference = Id.of(notNull(entity, "entity"));
            return this;
        }

        /**
         * Sets what the attribute means.
         *
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = notNull(description, "description");
            return this;
        }

        /**
         * Builds the attribute.
         *
         * @return a new, immutable attribute
         */
        public Attribute build() {
            return new Attribute(name, type, values, required, unique, identifier, Optional.ofNullable(min),
                    Optional.ofNullable(max), Optional.ofNullable(minLength), Optional.ofNullable(maxLength),
                    Optional.ofNullable(pattern), Optional.ofNullable(defaultValue), Optional.ofNullable(reference),
                    Optional.ofNullable(description));
        }
    }
}
