package io.specdriven.json.internal;

import io.specdriven.core.Id;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;

/**
 * Field writers shared by the output-only documents for tools (validation reports, traceability,
 * diffs). Unlike a spec, such a document quotes user text it did not check and must still be written,
 * so text is made {@linkplain #safe(String) safe} instead of refused. As in a spec, a list is left out
 * when it is empty.
 */
final class ToolWriter {
    private final JsonGenerator g;

    ToolWriter(JsonGenerator generator) {
        this.g = generator;
    }

    void text(String name, String value) {
        g.writeName(name);
        g.writeString(safe(value));
    }

    void number(String name, int value) {
        g.writeName(name);
        g.writeNumber(value);
    }

    void bool(String name, boolean value) {
        g.writeName(name);
        g.writeBoolean(value);
    }

    /** Writes a list of strings; nothing when it is empty. */
    void texts(String name, List<String> values) {
        if (values.isEmpty()) return;
        g.writeName(name);
        g.writeStartArray();
        for (String v : values) g.writeString(safe(v));
        g.writeEndArray();
    }

    /** Writes a list of ids; nothing when it is empty. */
    void ids(String name, List<Id> values) {
        if (values.isEmpty()) return;
        g.writeName(name);
        g.writeStartArray();
        for (Id v : values) g.writeString(safe(v.value()));
        g.writeEndArray();
    }

    /** Writes a list of objects, each written by {@code fields} between its braces; nothing when empty. */
    <T> void objects(String name, List<T> values, Consumer<T> fields) {
        if (values.isEmpty()) return;
        g.writeName(name);
        g.writeStartArray();
        for (T v : values) object(v, fields);
        g.writeEndArray();
    }

    /** Writes one object, its fields written by {@code fields}. */
    <T> void object(T value, Consumer<T> fields) {
        g.writeStartObject();
        fields.accept(value);
        g.writeEndObject();
    }

    /** Writes a named object, its fields written by {@code fields}. */
    void object(String name, Runnable fields) {
        g.writeName(name);
        g.writeStartObject();
        fields.run();
        g.writeEndObject();
    }

    /**
     * Tool output quotes user text (ids, titles) that may hold an unpaired surrogate; the document must
     * still be written, so such a character becomes U+FFFD, as a UTF-8 encoder would do, instead of
     * failing.
     */
    static String safe(String s) {
        if (Text.unpairedSurrogate(s) < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
