package io.specdriven.engine.internal;

import io.specdriven.core.source.SourceLocation;
import io.specdriven.engine.SpecConfigException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * A configuration document as a small tree whose every value knows its place: one pass of Jackson's
 * streaming parser (YAML or JSON) records each value with the line and column of its key and of itself,
 * so an unknown key or a wrong value is reported where it stands. Duplicate keys are refused.
 */
public final class ConfigTree {
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxNestingDepth(32)
            .maxStringLength(100_000).build();
    private static final TokenStreamFactory JSON = JsonFactory.builder().streamReadConstraints(LIMITS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final TokenStreamFactory YAML = YAMLFactory.builder().streamReadConstraints(LIMITS).build();

    private ConfigTree() {}

    /**
     * One value: a string, a number ({@link Long}), a boolean, null, a list of nodes or a map of nodes.
     *
     * @param value the value
     * @param at where the value stands
     * @param keyAt where its key stands (the value's place for list items and the document)
     * @param pointer its JSON Pointer, such as {@code /rules/lang.vague-term}
     */
    public record Node(Object value, SourceLocation at, SourceLocation keyAt, String pointer) {}

    /**
     * Parses a document.
     *
     * @param bytes the document
     * @param json JSON if true, else YAML
     * @param file the name errors give
     * @return the root; an empty document is an empty map
     * @throws SpecConfigException if it is not well formed
     */
    public static Node parse(byte[] bytes, boolean json, String file) {
        try (JsonParser p = (json ? JSON : YAML).createParser(ObjectReadContext.empty(), bytes)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                SourceLocation start = SourceLocation.of(file, 1, 1, "");
                return new Node(new LinkedHashMap<String, Node>(), start, start, "");
            }
            Node root = value(p, file, "", null);
            if (p.nextToken() != null) {
                throw new SpecConfigException(at(file, p.currentTokenLocation(), ""), "more than one document", null);
            }
            return root;
        } catch (JacksonException e) {
            String message = e.getOriginalMessage();
            int cut = message.indexOf('\n');
            throw new SpecConfigException(at(file, e.getLocation(), ""), "not well-formed " + (json ? "JSON" : "YAML")
                    + ": " + (cut > 0 ? message.substring(0, cut) : message), e);
        }
    }

    private static SourceLocation at(String file, TokenStreamLocation l, String pointer) {
        if (l == null || l.getLineNr() <= 0) return SourceLocation.of(file, 0, 0, pointer);
        return SourceLocation.of(file, l.getLineNr(), Math.max(0, l.getColumnNr()), pointer);
    }

    private static Node value(JsonParser p, String file, String pointer, SourceLocation keyAt) {
        SourceLocation here = at(file, p.currentTokenLocation(), pointer);
        SourceLocation key = keyAt == null ? here : keyAt;
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Node> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                    SourceLocation nameAt = at(file, p.currentTokenLocation(), child);
                    if (map.containsKey(name)) throw new SpecConfigException(nameAt, "duplicate key '" + name + "'", null);
                    p.nextToken();
                    map.put(name, value(p, file, child, nameAt));
                }
                return new Node(map, here, key, pointer);
            }
            case START_ARRAY: {
                List<Node> list = new ArrayList<>();
                for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) list.add(value(p, file, pointer + "/" + i, null));
                return new Node(list, here, key, pointer);
            }
            case VALUE_STRING:
                return new Node(p.getString(), here, key, pointer);
            case VALUE_NUMBER_INT:
                return new Node(p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? (Object) p.getBigIntegerValue()
                        : (Object) p.getLongValue(), here, key, pointer);
            case VALUE_NUMBER_FLOAT:
                return new Node(p.getDoubleValue(), here, key, pointer);
            case VALUE_TRUE:
                return new Node(Boolean.TRUE, here, key, pointer);
            case VALUE_FALSE:
                return new Node(Boolean.FALSE, here, key, pointer);
            default:
                return new Node(null, here, key, pointer);
        }
    }

    private static String kind(Object value) {
        if (value == null) return "nothing";
        if (value instanceof String) return "a text";
        if (value instanceof Boolean) return "true or false";
        if (value instanceof Number) return "a number";
        if (value instanceof List) return "a list";
        return "a map";
    }

    private static SpecConfigException wrongType(Node n, String expected) {
        return new SpecConfigException(n.at(), "expected " + expected + ", found " + kind(n.value()), null);
    }

    /**
     * Returns a map's entries.
     *
     * @param n the node
     * @param what what the map holds, for the error
     * @return the entries, in the document's order
     * @throws SpecConfigException if it is not a map
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Node> object(Node n, String what) {
        if (!(n.value() instanceof Map)) throw wrongType(n, "a map (" + what + ")");
        return (Map<String, Node>) n.value();
    }

    /**
     * Returns a list's items.
     *
     * @param n the node
     * @param what what the list holds, for the error
     * @return the items
     * @throws SpecConfigException if it is not a list
     */
    @SuppressWarnings("unchecked")
    public static List<Node> list(Node n, String what) {
        if (!(n.value() instanceof List)) throw wrongType(n, "a list (" + what + ")");
        return (List<Node>) n.value();
    }

    /**
     * Returns a text.
     *
     * @param n the node
     * @return the text
     * @throws SpecConfigException if it is not one
     */
    public static String string(Node n) {
        if (!(n.value() instanceof String s)) throw wrongType(n, "a text");
        return s;
    }

    /**
     * Returns a whole number.
     *
     * @param n the node
     * @return the number
     * @throws SpecConfigException if it is not a whole number that fits in a long
     */
    public static long integer(Node n) {
        if (!(n.value() instanceof Long l)) throw wrongType(n, "a whole number");
        return l;
    }

    /**
     * Returns a list of texts; a single text is a list of one.
     *
     * @param n the node
     * @return the texts
     * @throws SpecConfigException if it is neither
     */
    public static List<String> strings(Node n) {
        if (n.value() instanceof String s) return List.of(s);
        List<String> out = new ArrayList<>();
        for (Node item : list(n, "texts")) out.add(string(item));
        return out;
    }

    /**
     * Describes a value in one line, as {@code --verbose} shows it.
     *
     * @param n the node
     * @return such as {@code strict}, {@code [REQ-, FR-]} or {@code {lang.vague-term: off}}
     */
    public static String describe(Node n) {
        Object v = n.value();
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> e.getKey() + ": " + describe((Node) e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (v instanceof List<?> l) {
            return l.stream().map(x -> describe((Node) x)).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(v);
    }
}
