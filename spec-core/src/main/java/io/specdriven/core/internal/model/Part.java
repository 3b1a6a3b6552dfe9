package io.specdriven.core.internal.model;

import io.specdriven.core.Id;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One record type of the model: what it is called, how its instances are keyed within their list, and
 * its fields in declared order.
 *
 * @param <T> the record type
 */
public final class Part<T> {
    private final String noun;
    private final Class<T> type;
    private final Function<T, String> key;
    private final Function<T, Id> id;
    private final IdKind idKind;
    private List<Field<T>> fields = List.of();
    private BiFunction<T, Shape.References, String> compact;

    Part(String noun, Class<T> type, Function<T, String> key, Function<T, Id> id, IdKind idKind) {
        this.noun = Objects.requireNonNull(noun, "noun");
        this.type = Objects.requireNonNull(type, "type");
        this.key = key;
        this.id = id;
        this.idKind = idKind;
    }

    Part<T> fields(List<Field<T>> fields) {
        this.fields = List.copyOf(fields);
        return this;
    }

    /** Makes the part's canonical form one value, such as a step's {@code ACTOR: action}. */
    Part<T> compact(BiFunction<T, Shape.References, String> compact) {
        this.compact = compact;
        return this;
    }

    /** @return what the part is called, such as {@code requirement} */
    public String noun() {
        return noun;
    }

    /** @return the record type */
    public Class<T> type() {
        return type;
    }

    /** @return the fields, in declared order */
    public List<Field<T>> fields() {
        return fields;
    }

    /**
     * Returns the key of an instance within its list: its id, name, step number or rule id.
     *
     * @param value the instance
     * @return the key
     */
    public String key(Object value) {
        return key.apply(type.cast(value));
    }

    /**
     * Returns the id of an instance that has one (id-space elements, flows, business rules).
     *
     * @param value the instance
     * @return the id, or null for parts keyed by a name or number
     */
    public Id id(Object value) {
        return id == null ? null : id.apply(type.cast(value));
    }

    /** @return the kind of id-space element this part is, or null for parts outside the id space */
    public IdKind idKind() {
        return idKind;
    }

    /** @return the single-value canonical form, or null when each field is written */
    BiFunction<T, Shape.References, String> compact() {
        return compact;
    }

    @Override
    public String toString() {
        return noun;
    }
}
