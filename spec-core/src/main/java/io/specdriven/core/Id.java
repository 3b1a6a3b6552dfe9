package io.specdriven.core;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.internal.NaturalOrder;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A stable identifier of an element of a specification: a requirement, acceptance criterion, use case,
 * actor or entity (which share one id space per spec), or an alternative flow or business rule (unique
 * within their use case).
 *
 * <p>Grammar: one to 128 letters, digits, {@code .}, {@code _} or {@code -}, starting with a letter or
 * digit. Letters are Unicode letters (combining marks may follow them), digits are Unicode decimal digits
 * (not other numbers such as ½), and the length counts code points, as JSON Schema's {@code maxLength}
 * does. So {@code REQ-1}, {@code FR-001}, {@code 1.2}, {@code Order} and {@code Größe} are all ids. Ids are
 * case-sensitive; prefix conventions such as {@code REQ-} are a completeness rule, never a reason to
 * refuse an id.
 *
 * <p>Ids sort in natural order: {@code REQ-2} before {@code REQ-10}.
 *
 * @param value the identifier text
 * @since 0.1
 */
public record Id(String value) implements Comparable<Id> {
    /** The longest id accepted. */
    public static final int MAX_LENGTH = 128;

    private static final Pattern FORM = Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{Nd}\\p{M}._-]*");

    /**
     * Checks the grammar.
     *
     * @param value the identifier text
     * @throws IllegalArgumentException if {@code value} is not an id
     */
    public Id {
        requireNonNull(value, "value");
        if (tooLong(value) || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(problem(value));
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
        return !tooLong(value) && FORM.matcher(value).matches();
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

    private static String problem(String value) {
        if (value.isEmpty()) {
            return "invalid id '': an id cannot be empty";
        }
        if (tooLong(value)) {
            int shown = value.offsetByCodePoints(0, 20); // never splits a surrogate pair
            return "invalid id '" + printable(value.substring(0, shown)) + "…': " + value.codePointCount(0, value.length())
                    + " characters, at most " + MAX_LENGTH + " allowed";
        }
        return "invalid id '" + printable(value)
                + "': use letters, digits, '.', '_' or '-', starting with a letter or digit";
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
