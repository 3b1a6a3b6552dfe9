package io.specdriven.core.internal.model;

import io.specdriven.core.Id;
import java.util.Objects;
import java.util.function.Function;

/**
 * One field of a record type of the model, as the walk, the canonical form and the differ see it.
 *
 * @param <T> the record type that holds the field
 */
public final class Field<T> {
    /** What a field holds. */
    public enum Type {
        /** The element's own key (its id or name): not content. */
        KEY,
        /** A text: {@code String} or {@code Optional<String>}. */
        TEXT,
        /** A list of texts. */
        TEXTS,
        /**
         * The steps of a criterion's given, when or then: a list of texts that is one text when it has one
         * step (path {@code name}), a list when it has several (paths {@code name[0]}, {@code name[1]} …).
         */
        STEPS,
        /** An enum value, or an optional one. */
        CHOICE,
        /** A number: {@code int}, {@code Optional<Integer>} or {@code Optional<BigDecimal>}. */
        NUMBER,
        /** A {@code boolean}, written only when true. */
        FLAG,
        /** A reference: {@code Id} or {@code Optional<Id>}. */
        REF,
        /** A list of references. */
        REFS,
        /** A record inside the element: {@code Optional<R>}, its fields written under {@code name.}. */
        INLINE,
        /** Keyed parts of the element (flows, steps, attributes …), written under {@code name[key]}. */
        PARTS,
        /** Elements of their own (requirements, criteria …): compared separately, not part of the content. */
        ELEMENTS,
        /** The element's waivers: bookkeeping, left out of the review form. */
        WAIVERS
    }

    private final String name;
    private final Type type;
    private final Function<T, ?> get;
    private final TextKind text;
    private final IdKind target;
    private final Id notAReference;
    private final Part<?> part;
    private final Function<Object, String> form;
    private final boolean bookkeeping;

    private Field(String name, Type type, Function<T, ?> get, TextKind text, IdKind target, Id notAReference,
            Part<?> part, Function<Object, String> form, boolean bookkeeping) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.get = Objects.requireNonNull(get, "get");
        this.text = text;
        this.target = target;
        this.notAReference = notAReference;
        this.part = part;
        this.form = form;
        this.bookkeeping = bookkeeping;
    }

    static <T> Field<T> of(String name, Type type, Function<T, ?> get) {
        return new Field<>(name, type, get, null, null, null, null, null, false);
    }

    static <T> Field<T> text(String name, Function<T, ?> get, TextKind kind) {
        return new Field<>(name, Type.TEXT, get, kind, null, null, null, null, false);
    }

    static <T> Field<T> texts(String name, Function<T, ?> get, TextKind kind) {
        return new Field<>(name, Type.TEXTS, get, kind, null, null, null, null, false);
    }

    static <T> Field<T> steps(String name, Function<T, ?> get, TextKind kind) {
        return new Field<>(name, Type.STEPS, get, kind, null, null, null, null, false);
    }

    static <T> Field<T> ref(String name, Function<T, ?> get, IdKind target) {
        return new Field<>(name, Type.REF, get, null, target, null, null, null, false);
    }

    static <T> Field<T> refs(String name, Function<T, ?> get, IdKind target) {
        return new Field<>(name, Type.REFS, get, null, target, null, null, null, false);
    }

    static <T> Field<T> part(String name, Type type, Function<T, ?> get, Part<?> part) {
        return new Field<>(name, type, get, null, null, null, part, null, false);
    }

    /** The same field, with its value written in canonical form by {@code form} instead of by name. */
    @SuppressWarnings("unchecked")
    <V> Field<T> form(Function<V, String> form) {
        return new Field<>(name, type, get, text, target, notAReference, part, (Function<Object, String>) form, bookkeeping);
    }

    /** The same field, where {@code id} stands for something outside the spec and refers to nothing. */
    Field<T> except(Id id) {
        return new Field<>(name, type, get, text, target, id, part, form, bookkeeping);
    }

    /** The same field, marked as bookkeeping: left out of the review form (a requirement's status). */
    Field<T> bookkeeping() {
        return new Field<>(name, type, get, text, target, notAReference, part, form, true);
    }

    /** @return the field's name, as in the JSON format and in element paths */
    public String name() {
        return name;
    }

    /** @return what the field holds */
    public Type type() {
        return type;
    }

    /**
     * Reads the field.
     *
     * @param record the record holding it
     * @return the component's value, as the record holds it
     */
    public Object get(T record) {
        return get.apply(record);
    }

    /** @return for a text field, what the text is for; null for texts no language rule reads */
    public TextKind textKind() {
        return text;
    }

    /** @return for a reference, the kind of element it names; otherwise null */
    public IdKind target() {
        return target;
    }

    /**
     * Tells whether an id in this reference field names an element of the spec.
     *
     * @param id the id held
     * @return false for the id that stands for something outside the spec ({@code SYSTEM} in a step)
     */
    public boolean refersTo(Id id) {
        return notAReference == null || !notAReference.equals(id);
    }

    /** @return for inline records, parts and elements, the part they are; otherwise null */
    public Part<?> part() {
        return part;
    }

    /** @return the canonical text of a value, or null to write enums by name */
    Function<Object, String> form() {
        return form;
    }

    /** @return whether the field is bookkeeping that does not change what an element means */
    public boolean isBookkeeping() {
        return bookkeeping;
    }

    @Override
    public String toString() {
        return name;
    }
}
