package io.specdriven.json.internal.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * A JSON value with the place it was written, read strictly (duplicate keys refused, read limits), so
 * that a decoder can walk it and report any problem at its line, column and path.
 */
public final class Node {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(256L << 20)
                    .maxStringLength(1_000_000).maxNumberLength(100).maxNestingDepth(64).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private final Object value; // Map<String, Node>, List<Node>, String, Long, Double, Boolean, or null
    private final int line;
    private final int column;
    private final String path;

    private Node(Object value, TokenStreamLocation at, String path) {
        this.value = value;
        this.line = at == null ? 1 : Math.max(1, at.getLineNr());
        this.column = at == null ? 1 : Math.max(1, at.getColumnNr());
        this.path = path;
    }

    /** Parses a whole document; a syntax error, a duplicate key or trailing content is a located problem. */
    public static Node parse(String text) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            JsonToken first = p.nextToken();
            if (first == null) throw new Located(1, 1, "the file is empty: expected a JSON value", null);
            Node root = read(p, "");
            if (p.nextToken() != null) {
                TokenStreamLocation at = p.currentTokenLocation();
                throw new Located(at.getLineNr(), at.getColumnNr(), "unexpected content after the JSON value", null);
            }
            return root;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            int cut = message.indexOf('\n');
            if (cut >= 0) message = message.substring(0, cut);
            throw new Located(at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(),
                    "not valid JSON: " + message, e);
        }
    }

    private static Node read(JsonParser p, String path) {
        TokenStreamLocation at = p.currentTokenLocation();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    fields.put(name, read(p, path.isEmpty() ? name : path + "." + name));
                }
                return new Node(fields, at, path);
            }
            case START_ARRAY -> {
                List<Node> items = new java.util.ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(read(p, path + "[" + i++ + "]"));
                return new Node(items, at, path);
            }
            case VALUE_STRING -> {
                return new Node(p.getString(), at, path);
            }
            case VALUE_NUMBER_INT -> {
                if (p.getNumberType() != JsonParser.NumberType.INT && p.getNumberType() != JsonParser.NumberType.LONG) {
                    return new Node(Double.POSITIVE_INFINITY, at, path); // too large: refused where used
                }
                return new Node(p.getLongValue(), at, path);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Node(p.getDoubleValue(), at, path);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node(t == JsonToken.VALUE_TRUE, at, path);
            }
            default -> {
                return new Node(null, at, path);
            }
        }
    }

    public Located error(String problem) {
        return new Located(line, column, (path.isEmpty() ? "" : path + ": ") + problem, null);
    }

    public String path() {
        return path;
    }

    public boolean isObject() {
        return value instanceof Map;
    }

    /** The fields of an object, refusing any not in {@code allowed}. */
    @SuppressWarnings("unchecked")
    public Map<String, Node> object(Set<String> allowed) {
        if (!(value instanceof Map)) throw error("expected an object, found " + kind());
        Map<String, Node> fields = (Map<String, Node>) value;
        for (Map.Entry<String, Node> f : fields.entrySet()) {
            if (!allowed.contains(f.getKey())) {
                throw f.getValue().error("unknown field '" + f.getKey() + "'; expected one of "
                        + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
        return fields;
    }

    /** The fields of an object, whatever they are (for formats that are not ours). */
    @SuppressWarnings("unchecked")
    public Map<String, Node> fields() {
        if (!(value instanceof Map)) throw error("expected an object, found " + kind());
        return (Map<String, Node>) value;
    }

    @SuppressWarnings("unchecked")
    public List<Node> array() {
        if (!(value instanceof List)) throw error("expected an array, found " + kind());
        return (List<Node>) value;
    }

    public boolean isArray() {
        return value instanceof List;
    }

    public String string() {
        if (!(value instanceof String s)) throw error("expected a string, found " + kind());
        return s;
    }

    public long integer(long min, long max) {
        if (!(value instanceof Long n)) throw error("expected an integer, found " + kind());
        if (n < min || n > max) throw error(n + " is out of range " + min + " to " + max);
        return n;
    }

    public double number() {
        if (value instanceof Long n) return n;
        if (value instanceof Double d && Double.isFinite(d)) return d;
        throw error("expected a number, found " + kind());
    }

    public boolean isNull() {
        return value == null;
    }

    String kind() {
        if (value == null) return "null";
        if (value instanceof Map) return "an object";
        if (value instanceof List) return "an array";
        if (value instanceof String) return "a string";
        if (value instanceof Boolean) return "a boolean";
        return "a number";
    }

    /** Requires a field. */
    public static Node required(Map<String, Node> fields, Node owner, String name) {
        Node n = fields.get(name);
        if (n == null) throw owner.error("missing field '" + name + "'");
        return n;
    }

    /** The enum constant a lower-case word names. */
    public <E extends Enum<E>> E word(Class<E> type) {
        String s = string();
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(s)) return e;
        }
        StringBuilder choices = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (choices.length() > 0) choices.append(", ");
            choices.append(e.name().toLowerCase(Locale.ROOT));
        }
        throw error("'" + printable(s) + "' is not one of " + choices);
    }

    static String printable(String s) {
        String cut = s.length() > 60 ? s.substring(0, 60) + "…" : s;
        return cut.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("'", "\\'");
    }

    /** The most characters of a failure message kept from a report. */
    public static final int MAX_MESSAGE = 2000;

    /** A failure message cut to {@link #MAX_MESSAGE} characters, with an ellipsis when cut. */
    public static String bounded(String message) {
        if (message.length() <= MAX_MESSAGE) return message;
        int end = MAX_MESSAGE;
        if (Character.isHighSurrogate(message.charAt(end - 1))) end--;
        return message.substring(0, end) + "…";
    }
}
