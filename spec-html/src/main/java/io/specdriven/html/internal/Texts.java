package io.specdriven.html.internal;

import io.specdriven.core.Attribute;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text from a spec made safe to show, and enum names made readable. */
final class Texts {
    private Texts() {}

    /**
     * The text with every control character except line feed and tab, and every bidirectional
     * formatting character, shown as a visible escape such as {@code \u202E}: a spec cannot reorder or
     * hide what the page shows. HTML escaping is the serializer's job.
     */
    static String safe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (visible(c)) {
                if (out != null) out.append(c);
                continue;
            }
            if (out == null) out = new StringBuilder(text.length() + 16).append(text, 0, i);
            out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
        }
        return out == null ? text : out.toString();
    }

    private static boolean visible(char c) {
        if (c == '\n' || c == '\t') return true;
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return false;
        // bidirectional embeddings, overrides, isolates and marks; line and paragraph separators
        return !((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\u2028' || c == '\u2029');
    }

    /** {@code EDGE_CASE} as {@code edge case}. */
    static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String join(List<String> items) {
        List<String> safe = new ArrayList<>(items.size());
        for (String item : items) safe.add(safe(item));
        return String.join(", ", safe);
    }

    /** An attribute's constraints in one line, as the Markdown view lists them. */
    static String constraints(Attribute a) {
        List<String> parts = new ArrayList<>();
        if (a.identifier()) parts.add("identifier");
        if (a.required()) parts.add("required");
        if (a.unique()) parts.add("unique");
        a.min().ifPresent(v -> parts.add("min " + number(v)));
        a.max().ifPresent(v -> parts.add("max " + number(v)));
        a.minLength().ifPresent(v -> parts.add("min length " + v));
        a.maxLength().ifPresent(v -> parts.add("max length " + v));
        a.pattern().ifPresent(p -> parts.add("pattern " + safe(p)));
        if (!a.values().isEmpty()) parts.add("one of " + join(a.values()));
        return parts.isEmpty() ? "—" : String.join(" · ", parts);
    }

    /** A number as written, in plain notation unless that would be long: {@code 1E+100000000} stays short. */
    static String number(BigDecimal value) {
        if (value.precision() > 40 || Math.abs((long) value.scale()) > 40) return value.toString();
        return value.stripTrailingZeros().toPlainString();
    }
}
