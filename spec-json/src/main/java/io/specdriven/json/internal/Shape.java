package io.specdriven.json.internal;

import java.util.List;

/**
 * The JSON shape of one element of the model: its noun for messages, its fields in canonical order and
 * which of them a document must contain. The reader, the writer's field order and the schema tests all
 * use these lists, so they cannot drift apart.
 *
 * @param noun the element with an article, as in "a requirement"
 * @param plural the plural, as in "requirements"
 * @param fields every field, in the order the writer emits them
 * @param required the fields a document must contain
 */
public record Shape(String noun, String plural, List<String> fields, List<String> required) {
    /** Copies the lists. */
    public Shape {
        fields = List.copyOf(fields);
        required = List.copyOf(required);
        if (fields.size() > 64) throw new IllegalArgumentException("a shape tracks at most 64 fields");
    }

    /**
     * Returns a field's position in {@link #fields()}.
     *
     * @param field the field name
     * @return its index, or -1 if the shape has no such field
     */
    public int indexOf(String field) {
        return fields.indexOf(field);
    }
}
