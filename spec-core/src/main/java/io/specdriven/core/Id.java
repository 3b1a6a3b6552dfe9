package io.specdriven.core;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.internal.NaturalOrder;
import java.util.Optional;

/**
 * A stable identifier of an element of a specification: a requirement, acceptance criterion, use case,
 * actor or entity (which share one id space per spec), or an alternative flow or business rule (unique
 * within their use case).
 *
 * <p>Grammar: ids are written as real tools write them. An id is any text of 1 to 200 characters that
 * is one line and has no white space at either end: {@code REQ-1}, {@code FR-001}, {@code 1.1},
 * {@code dsn~cli-option-parsing~2} (OpenFastTrace), {@code Validate all specs in one run} (a header used
 * as the id, as OpenSpec does), {@code Order Line} and {@code Größe} are all ids. Refused are:
 * <ul>
 *   <li>control characters (Unicode category Cc: U+0000–U+001F, U+007F–U+009F, so tab, line feed, carriage
 *       return and U+0085 NEXT LINE), the line and paragraph separators U+2028 and U+2029, and the
 *       bidirectional embedding, override and isolate controls U+202A–U+202E and U+2066–U+2069, which make
 *       an id display as other text than it holds;</li>
 *   <li>white space at the start or the end (Unicode's White_Space property: the space, the no-break spaces
 *       U+00A0, U+2007 and U+202F, U+1680, U+2000–U+200A, U+205F and U+3000); inside an id it is kept as
 *       written;</li>
 *   <li>a lone surrogate, which is no character at all.</li>
 * </ul>
 * Characters are counted as Unicode code points, as JSON Schema's {@code maxLength} counts them: a
 * letter with a combining accent written as two code points counts two. Ids are case-sensitive and
 * compared exactly, code point by code point (no Unicode normalization: {@code é} and {@code e} with a
 * combining accent are two ids, which the validator's look-alike rule reports). Prefix conventions such as
 * {@code REQ-} are a completeness rule, never a reason to refuse an id.
 *
 * <p>Ids sort in natural order: {@code REQ-2} before {@code REQ-10}.
 *
 * @param value the identifier text
 * @since 0.1
 */
public record Id(String value) implements Comparable<Id> {
    /** The longest id accepted, in code points. */
    public static final int MAX_LENGTH = 200;

    /**
     * Checks the grammar.
     *
     * @param value the identifier text
     * @throws IllegalArgumentException if {@code value} is not an id
     */
    public Id {
        requireNonNull(value, "value");
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /**
     * Returns the id with the given text.
     *
     * @param value the identifier text
     * @return the id
     * @throws IllegalArgumentException if {@code value} does not follow the grammar
     */
    public static Id of(String value) {
        return new Id(value);
    }

    /**
     * Tells whether {@code value} follows the id grammar, without throwing.
     *
     * @param value the text to check
     * @return whether {@code Id.of(value)} would succeed
     */
    public static boolean isValid(String value) {
        requireNonNull(value, "value");
        return problem(value) == null;
    }

    /**
     * The id a lookup by text means: empty when {@code value} is not an id at all, since then no element
     * can have it.
     */
    static Optional<Id> lookup(String value, String name) {
        requireNonNull(value, name);
        return isValid(value) ? Optional.of(new Id(value)) : Optional.empty();
    }

    private static boolean tooLong(String value) {
        // Cheap first: more than twice the limit in UTF-16 units is too long whatever the code points.
        return value.length() > MAX_LENGTH && (value.length() > 2 * MAX_LENGTH
                || value.codePointCount(0, value.length()) > MAX_LENGTH);
    }

    /** What is wrong with {@code value} as an id, or null when nothing is; one pass over the text. */
    private static String problem(String value) {
        if (value.isEmpty()) {
            return "invalid id '': an id cannot be empty";
        }
        if (tooLong(value)) {
            int shown = value.offsetByCodePoints(0, 20); // never splits a surrogate pair
            return "invalid id '" + printable(value.substring(0, shown)) + "…': " + value.codePointCount(0, value.length())
                    + " characters, at most " + MAX_LENGTH + " allowed";
        }
        int position = 1;
        for (int i = 0; i < value.length(); position++) {
            int c = value.codePointAt(i);
            String what = forbidden(c);
            if (what != null) {
                return "invalid id '" + printable(value) + "': " + what + " at character " + position
                        + "; an id is one line of text without control characters";
            }
            i += Character.charCount(c);
        }
        if (isWhiteSpace(value.codePointAt(0))) {
            return "invalid id '" + printable(value) + "': it starts with white space; remove it";
        }
        if (isWhiteSpace(value.codePointBefore(value.length()))) {
            return "invalid id '" + printable(value) + "': it ends with white space; remove it";
        }
        return null;
    }

    /** Names a code point an id cannot hold, or returns null. */
    private static String forbidden(int c) {
        if (c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C) {
            return "a line break (" + codePoint(c) + ")";
        }
        if (Character.getType(c) == Character.CONTROL) return "a control character (" + codePoint(c) + ")";
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
            return "a bidirectional control character (" + codePoint(c) + ")";
        }
        if (Character.getType(c) == Character.SURROGATE) return "a lone surrogate (" + codePoint(c) + ")";
        return null;
    }

    /**
     * Unicode's White_Space property: the ASCII white space, U+0085, and the space, line and paragraph
     * separators (categories Zs, Zl, Zp, which include the no-break spaces).
     */
    private static boolean isWhiteSpace(int c) {
        return (c >= 0x09 && c <= 0x0D) || c == 0x85 || Character.isSpaceChar(c);
    }

    private static String codePoint(int c) {
        return String.format("U+%04X", c);
    }

    /** The text with line breaks, control and format characters (such as bidi overrides) escaped, so a
     *  message stays one readable line whatever the input. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (c == '\n') out.append("\\n");
            else if (c == '\t') out.append("\\t");
            else if (c == '\r') out.append("\\r");
            else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE) {
                out.append(String.format("\\u%04X", c));
            } else out.appendCodePoint(c);
        });
        return out.toString();
    }

    @Override
    public int compareTo(Id other) {
        return NaturalOrder.INSTANCE.compare(value, other.value);
    }

    /** Returns the identifier text. */
    @Override
    public String toString() {
        return value;
    }
}
