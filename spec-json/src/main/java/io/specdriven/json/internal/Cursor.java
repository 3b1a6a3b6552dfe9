package io.specdriven.json.internal;

import io.specdriven.core.Id;
import io.specdriven.core.source.SourceLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A JSON parser plus the path to the value it stands on. Every read checks the token type itself (no
 * coercion), and every refusal is a {@link FormatError} located at the offending token.
 *
 * <p>Each {@code read…} method expects the parser to stand on the first token of the value and leaves it
 * on the value's last token.
 */
public final class Cursor {
    /** Decimals with an exponent beyond this are refused: BigDecimal arithmetic on them can exhaust memory. */
    static final int MAX_DECIMAL_EXPONENT = io.specdriven.core.Attribute.MAX_DECIMAL_EXPONENT;

    private final JsonParser parser;
    private Object[] segments = new Object[16];
    private int depth;

    /**
     * Wraps a parser.
     *
     * @param parser the parser, standing before or on the first token to read
     */
    public Cursor(JsonParser parser) {
        this.parser = parser;
    }

    JsonParser parser() {
        return parser;
    }

    JsonToken token() {
        return parser.currentToken();
    }

    JsonToken advance() {
        return parser.nextToken();
    }

    void push(Object segment) {
        if (depth == segments.length) segments = Arrays.copyOf(segments, depth * 2);
        segments[depth++] = segment;
    }

    void pop() {
        segments[--depth] = null;
    }

    /**
     * Makes an error at the current token.
     *
     * @param problem one sentence
     * @return the error, to throw
     */
    public FormatError error(String problem) {
        return error(parser.currentTokenLocation(), problem);
    }

    /**
     * Makes an error at a location, for the current path.
     *
     * @param at the location, or null if unknown
     * @param problem one sentence
     * @return the error, to throw
     */
    public FormatError error(TokenStreamLocation at, String problem) {
        return error(at, depth, problem);
    }

    FormatError error(TokenStreamLocation at, int atDepth, String problem) {
        return error(at, atDepth, problem, null);
    }

    private FormatError error(TokenStreamLocation at, int atDepth, String problem, Throwable cause) {
        // Jackson gives column 0 at the very end of input; users count from 1.
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        return new FormatError(line, column, pointer(atDepth), path(atDepth), problem, cause);
    }

    /**
     * Turns a failure the reader did not foresee into an error located at the current token, keeping it as
     * the cause, so that a caller never sees a raw exception for a bad document.
     *
     * @param e what was thrown
     * @return the error, to throw
     */
    FormatError unexpected(RuntimeException e) {
        TokenStreamLocation at;
        try {
            at = parser.currentTokenLocation();
        } catch (RuntimeException ignored) {
            // Broad on purpose: this runs for a failure nobody foresaw, and the parser that failed may fail
            // again when asked where it is; the error is then reported without a location, never lost.
            at = null;
        }
        String detail = e.getMessage() == null ? "" : ": " + Text.quote(e.getMessage());
        return error(at, depth, "cannot read this value (" + e.getClass().getName() + detail
                + "); this is a bug in specdriven, please report it", e);
    }

    /**
     * Returns where the current token stands, for the source map of a read spec: line, column and JSON
     * Pointer, without a file (the reader adds the name it was given).
     *
     * @return the location
     */
    SourceLocation here() {
        TokenStreamLocation at = parser.currentTokenLocation();
        return new SourceLocation(Optional.empty(), Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()),
                pointer());
    }

    /**
     * Returns the JSON Pointer (RFC 6901) of the current value.
     *
     * @return such as {@code /requirements/2/priority}, or {@code ""} for the document
     */
    public String pointer() {
        return pointer(depth);
    }

    private String pointer(int upTo) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < upTo; i++) {
            out.append('/').append(segments[i].toString().replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    private String path(int upTo) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < upTo; i++) {
            Object s = segments[i];
            if (s instanceof Integer) {
                out.append('[').append(s).append(']');
            } else {
                if (out.length() > 0) out.append('.');
                // Field names are user text: escaped and cut on a code point, so the message stays one safe
                // line (found in review).
                out.append(Text.name((String) s));
            }
        }
        return out.toString();
    }

    /**
     * Names a token for "found …" in messages.
     *
     * @param token the token, null for end of input
     * @return such as "an array"
     */
    static String describe(JsonToken token) {
        if (token == null) return "the end of the document";
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    private FormatError wrongType(String expected) {
        JsonToken t = token();
        String hint = t == JsonToken.VALUE_NULL && depth > 0 ? "; leave the field out instead of writing null" : "";
        return error("expected " + expected + ", found " + describe(t) + hint);
    }

    /** Reads a string. */
    String readString() {
        if (token() != JsonToken.VALUE_STRING) throw wrongType("a string");
        String s = parser.getString();
        int bad = Text.unpairedSurrogate(s);
        if (bad >= 0) {
            throw error(String.format("the string contains an unpaired surrogate \\u%04X at index %d, which is"
                    + " not Unicode text", (int) s.charAt(bad), bad));
        }
        return s;
    }

    /**
     * Reads the steps of a criterion's given, when or then: one string, or a non-empty array of strings.
     *
     * @return the steps, in order
     */
    List<String> readSteps() {
        if (token() == JsonToken.VALUE_STRING) return List.of(readString());
        if (token() != JsonToken.START_ARRAY) throw wrongType("a string or an array of strings");
        TokenStreamLocation at = parser.currentTokenLocation();
        List<String> steps = readList("strings", this::readString);
        if (steps.isEmpty()) {
            throw error(at, "expected at least one step: write one string, or leave the field out");
        }
        return steps;
    }

    /** Reads an id, turning the model's refusal into a located error. */
    Id readId() {
        String text = readString();
        if (Id.isValid(text)) return Id.of(text);
        try {
            return Id.of(text);
        } catch (IllegalArgumentException e) {
            // The model escapes its own messages; oneLine makes sure, and leaves safe text as it is.
            throw error(Text.oneLine(e.getMessage()));
        }
    }

    /** Reads one of an enum's constants, by exact name. */
    <E extends Enum<E>> E readEnum(Class<E> type) {
        return readChoice(type.getEnumConstants(), Enum::name);
    }

    /** Reads one of a fixed set of values, written as the given text. */
    <E> E readChoice(E[] values, Function<E, String> text) {
        if (token() != JsonToken.VALUE_STRING) {
            throw wrongType("one of " + choices(values, text));
        }
        String s = parser.getString();
        for (E v : values) {
            if (text.apply(v).equals(s)) return v;
        }
        List<String> names = new ArrayList<>();
        for (E v : values) names.add(text.apply(v));
        String suggestion = Text.suggest(s, names);
        throw error(Text.quote(s) + " is not one of " + String.join(", ", names)
                + (suggestion == null ? "" : " (did you mean " + suggestion + "?)"));
    }

    private static <E> String choices(E[] values, Function<E, String> text) {
        List<String> names = new ArrayList<>();
        for (E v : values) names.add(text.apply(v));
        return String.join(", ", names);
    }

    /** Reads an integer that fits in an int; refuses fractions, exponents and floats. */
    int readInt() {
        JsonToken t = token();
        if (t == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
            return parser.getIntValue();
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            throw error("expected an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                    + ", found " + Text.quote(parser.getString()));
        }
        throw wrongType("an integer");
    }

    /** Reads a decimal number exactly as written (its scale is kept). */
    BigDecimal readDecimal() {
        JsonToken t = token();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) throw wrongType("a number");
        // Only a mapper that allows them (through SpecJsonModule) reads NaN or Infinity as a number token.
        if (parser.isNaN()) throw error("NaN and Infinity are not JSON numbers");
        String written = parser.getString();
        // Check the written exponent before Jackson converts: BigDecimal's scale is an int, so 1e9999999999
        // or 1e-2147483649 would fail inside the conversion with a NumberFormatException (found in review).
        if (!writtenExponentIsSmall(written)) throw outOfRange(written);
        BigDecimal value;
        try {
            value = parser.getDecimalValue();
        } catch (NumberFormatException | ArithmeticException e) {
            throw outOfRange(written);
        }
        long exponent = (long) value.precision() - value.scale() - 1;
        if (Math.abs(exponent) > MAX_DECIMAL_EXPONENT) throw outOfRange(written);
        return value;
    }

    private FormatError outOfRange(String written) {
        return error("the number " + Text.quote(written) + " is out of range: its exponent must lie"
                + " between -" + MAX_DECIMAL_EXPONENT + " and " + MAX_DECIMAL_EXPONENT);
    }

    /**
     * Tells whether the exponent part of a JSON number, as written, is small enough that the number's
     * adjusted exponent can be computed exactly: the digits before the exponent shift it by at most their
     * count, which the number length limit bounds.
     */
    static boolean writtenExponentIsSmall(String number) {
        int e = Math.max(number.indexOf('e'), number.indexOf('E'));
        if (e < 0) return true;
        int start = e + 1;
        if (start < number.length() && (number.charAt(start) == '+' || number.charAt(start) == '-')) start++;
        while (start < number.length() - 1 && number.charAt(start) == '0') start++;
        int digits = number.length() - start;
        if (digits > 9) return false; // beyond 999,999,999: far out of range, whatever the mantissa
        long exponent = Long.parseLong(number.substring(start));
        return exponent <= MAX_DECIMAL_EXPONENT + (long) number.length();
    }

    /** Reads true or false. */
    boolean readBoolean() {
        JsonToken t = token();
        if (t == JsonToken.VALUE_TRUE) return true;
        if (t == JsonToken.VALUE_FALSE) return false;
        throw wrongType("true or false");
    }

    /** Reads an array, each element with {@code element}, and returns the elements in order. */
    <T> List<T> readList(String expected, Supplier<T> element) {
        if (token() != JsonToken.START_ARRAY) throw wrongType("an array of " + expected);
        List<T> out = new ArrayList<>();
        for (int i = 0; advance() != JsonToken.END_ARRAY; i++) {
            push(i);
            out.add(element.get());
            pop();
        }
        return out;
    }

    /**
     * Starts reading an object of the given shape.
     *
     * @param shape what the object describes
     * @return the scope to iterate its fields
     */
    ObjectScope object(Shape shape) {
        if (token() != JsonToken.START_OBJECT) {
            throw wrongType("an object describing " + shape.noun());
        }
        return new ObjectScope(shape, parser.currentTokenLocation());
    }

    /** The fields of one object, iterated with unknown and duplicate names refused. */
    final class ObjectScope {
        private final Shape shape;
        private final TokenStreamLocation start;
        private final int startDepth;
        private long seen;
        private boolean inField;

        ObjectScope(Shape shape, TokenStreamLocation start) {
            this.shape = shape;
            this.start = start;
            this.startDepth = depth;
        }

        /**
         * Moves to the next field's value.
         *
         * @return the field's name, or null at the end of the object
         */
        String next() {
            if (inField) {
                pop();
                inField = false;
            }
            JsonToken token;
            try {
                token = advance();
            } catch (JacksonException e) {
                // Jackson reads a number or literal value together with its field name; if the name was
                // read, the error is the value's, so put the name on the path.
                if (parser.currentToken() == JsonToken.PROPERTY_NAME) {
                    push(parser.currentName());
                    inField = true;
                }
                throw e;
            }
            if (token == JsonToken.END_OBJECT) return null;
            String name = parser.currentName();
            int index = shape.indexOf(name);
            if (index < 0) {
                push(name);
                String suggestion = Text.suggest(name, shape.fields());
                throw error("unknown field " + Text.quote(name) + " in " + shape.noun()
                        + (suggestion != null ? " (did you mean '" + suggestion + "'?)"
                                : "; expected " + String.join(", ", shape.fields())));
            }
            push(name);
            if ((seen & (1L << index)) != 0) {
                throw error("duplicate field " + Text.quote(name) + " in " + shape.noun());
            }
            seen |= 1L << index;
            inField = true;
            advance();
            return name;
        }

        /**
         * Refuses the object if a required field is missing, naming every missing field.
         *
         * @param present for each name in the shape's required list, in order, whether it was read
         */
        void requireAll(boolean... present) {
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < present.length; i++) {
                if (!present[i]) missing.add("'" + shape.required().get(i) + "'");
            }
            if (!missing.isEmpty()) {
                throw error(start, startDepth, "missing required field" + (missing.size() == 1 ? " " : "s ")
                        + String.join(", ", missing) + " in " + shape.noun());
            }
        }

        /**
         * Turns the model constructor's refusal into an error located at the object's start. The model refuses
         * with exactly three exceptions, and only those are caught: an invalid value or id
         * ({@code IllegalArgumentException}), a builder missing parts ({@code IllegalStateException}), a
         * missing component ({@code NullPointerException}). Anything else is a bug and goes to
         * {@link #unexpected}.
         *
         * @param e what the constructor threw
         * @return the error, to throw
         */
        FormatError refused(RuntimeException e) {
            return error(start, startDepth,
                    "cannot make " + shape.noun() + ": " + Text.oneLine(String.valueOf(e.getMessage())));
        }

        boolean seen(String field) {
            return (seen & (1L << shape.indexOf(field))) != 0;
        }
    }
}
