package io.specdriven.core.validation;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.Id;
import io.specdriven.core.internal.Checks;
import io.specdriven.core.internal.NaturalOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where in a spec a finding stands, naming elements by id rather than by position:
 * {@code requirements[REQ-7].criteria[AC-2].then}. The empty path is the spec itself.
 *
 * <p>Keys are element ids, or names (attributes, relationships, glossary terms), or step numbers, or, for
 * plain lists of text, the 0-based index. In the text form a {@code ]} or {@code \} inside a key is
 * escaped with a backslash. Paths sort segment by segment in natural order, so {@code REQ-2} comes
 * before {@code REQ-10}.
 *
 * @param segments the segments, from the spec down
 * @since 0.1
 */
public record ElementPath(List<Segment> segments) implements Comparable<ElementPath> {
    private static final ElementPath ROOT = new ElementPath(List.of());

    /**
     * Checks for nulls and copies the list.
     *
     * @param segments the segments, from the spec down
     */
    public ElementPath {
        segments = Checks.copy(segments, "segments");
    }

    /**
     * One step of a path: a field name, and for an element of a list, its key.
     *
     * @param name the field name, such as {@code requirements} or {@code title}
     * @param key the element's key within the list, if this segment selects an element
     */
    public record Segment(String name, Optional<String> key) {
        /**
         * Checks for nulls and an empty name.
         *
         * @param name the field name
         * @param key the element's key, if this segment selects an element
         */
        public Segment {
            requireNonNull(name, "name");
            requireNonNull(key, "key");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a path segment needs a name");
            }
        }

        @Override
        public String toString() {
            return key.map(k -> name + "[" + escape(k) + "]").orElse(name);
        }
    }

    /**
     * Returns the path of the spec itself.
     *
     * @return the empty path
     */
    public static ElementPath root() {
        return ROOT;
    }

    /**
     * Returns the path of a field below this one.
     *
     * @param name the field name
     * @return the longer path
     */
    public ElementPath field(String name) {
        return append(new Segment(requireNonNull(name, "name"), Optional.empty()));
    }

    /**
     * Returns the path of an element of a list below this one, such as {@code requirements[REQ-7]}.
     *
     * @param list the list's field name
     * @param key the element's key
     * @return the longer path
     */
    public ElementPath element(String list, String key) {
        return append(new Segment(requireNonNull(list, "list"), Optional.of(requireNonNull(key, "key"))));
    }

    /**
     * Returns the path of an element identified by an id, such as {@code requirements[REQ-7]}.
     *
     * @param list the list's field name
     * @param id the element's id
     * @return the longer path
     */
    public ElementPath element(String list, Id id) {
        return element(list, requireNonNull(id, "id").value());
    }

    private ElementPath append(Segment segment) {
        List<Segment> longer = new ArrayList<>(segments.size() + 1);
        longer.addAll(segments);
        longer.add(segment);
        return new ElementPath(longer);
    }

    /**
     * Returns the path one segment up; the root's parent is the root.
     *
     * @return the parent path
     */
    public ElementPath parent() {
        return segments.isEmpty() ? this : new ElementPath(segments.subList(0, segments.size() - 1));
    }

    /**
     * Tells whether this is the spec itself.
     *
     * @return whether the path is empty
     */
    public boolean isRoot() {
        return segments.isEmpty();
    }

    /**
     * Tells whether this path is {@code ancestor} or lies below it.
     *
     * @param ancestor the candidate ancestor
     * @return whether {@code ancestor} is a prefix of this path
     */
    public boolean startsWith(ElementPath ancestor) {
        requireNonNull(ancestor, "ancestor");
        return ancestor.segments.size() <= segments.size()
                && segments.subList(0, ancestor.segments.size()).equals(ancestor.segments);
    }

    /**
     * Parses the text form produced by {@link #toString()}.
     *
     * @param text such as {@code requirements[REQ-7].criteria[AC-2].then}, or empty for the root
     * @return the path
     * @throws IllegalArgumentException if the text is not a path
     */
    public static ElementPath parse(String text) {
        requireNonNull(text, "text");
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && text.charAt(i) != '.' && text.charAt(i) != '[') {
                if (text.charAt(i) == ']') throw malformed(text, i);
                i++;
            }
            String name = text.substring(start, i);
            if (name.isEmpty()) throw malformed(text, i);
            Optional<String> key = Optional.empty();
            if (i < text.length() && text.charAt(i) == '[') {
                StringBuilder k = new StringBuilder();
                i++;
                while (i < text.length() && text.charAt(i) != ']') {
                    char c = text.charAt(i);
                    if (c == '\\' && i + 1 < text.length()) {
                        c = text.charAt(++i);
                    }
                    k.append(c);
                    i++;
                }
                if (i >= text.length()) throw malformed(text, i);
                i++; // the closing bracket
                key = Optional.of(k.toString());
            }
            segments.add(new Segment(name, key));
            if (i < text.length()) {
                if (text.charAt(i) != '.' || i == text.length() - 1) throw malformed(text, i);
                i++;
            }
        }
        return new ElementPath(segments);
    }

    private static IllegalArgumentException malformed(String text, int at) {
        return new IllegalArgumentException("invalid element path '" + text + "' at character " + (at + 1)
                + ": expected name, name[key] or segments joined by '.'");
    }

    private static String escape(String key) {
        if (key.indexOf(']') < 0 && key.indexOf('\\') < 0) return key;
        return key.replace("\\", "\\\\").replace("]", "\\]");
    }

    @Override
    public int compareTo(ElementPath other) {
        int n = Math.min(segments.size(), other.segments.size());
        for (int i = 0; i < n; i++) {
            Segment a = segments.get(i);
            Segment b = other.segments.get(i);
            int c = a.name.compareTo(b.name);
            if (c != 0) return c;
            if (a.key.isPresent() != b.key.isPresent()) return a.key.isPresent() ? 1 : -1;
            if (a.key.isPresent()) {
                c = NaturalOrder.INSTANCE.compare(a.key.get(), b.key.get());
                if (c != 0) return c;
            }
        }
        return Integer.compare(segments.size(), other.segments.size());
    }

    /** Returns the text form, such as {@code requirements[REQ-7].criteria[AC-2].then}; empty for the root. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Segment s : segments) {
            if (out.length() > 0) out.append('.');
            out.append(s);
        }
        return out.toString();
    }
}
