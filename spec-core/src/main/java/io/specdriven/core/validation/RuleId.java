package io.specdriven.core.validation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The stable id of a rule, or of a finding below one: dot-separated segments, such as {@code ref.cycle},
 * {@code constraint.NotBlank} or {@code team.naming}.
 *
 * <p>The grammar: 1 to 100 characters; one or more segments separated by single dots; each segment starts
 * with an ASCII letter and goes on with ASCII letters, digits, {@code -} or {@code _}. So {@code team.naming}
 * and {@code acme.v2.no_tbd} are ids; {@code .x}, {@code x..y}, {@code 2fa}, {@code team naming} and
 * {@code équipe} are not. The first segment is the id's <em>family</em> as {@code disable(..)} and
 * {@code severity(..)} take it: {@code lang} for {@code lang.vague-term}.
 *
 * <p>{@link Violation#ruleId()} stays a {@code String} holding this form, so reports stay plain data.
 *
 * @param value the id as written
 * @since 0.2
 */
public record RuleId(String value) implements Comparable<RuleId> {
    /** The most characters an id has. */
    public static final int MAX_LENGTH = 100;

    /**
     * Checks the grammar.
     *
     * @param value the id as written
     * @throws IllegalArgumentException naming the id and the grammar, if it is malformed
     */
    public RuleId {
        requireNonNull(value, "value");
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("invalid rule id '" + shorten(value) + "': " + problem + "; a rule id is"
                    + " dot-separated segments such as 'team.naming', each starting with a letter and going on with"
                    + " letters, digits, '-' or '_', at most " + MAX_LENGTH + " characters");
        }
    }

    /**
     * Returns the id of a text.
     *
     * @param value the id as written, such as {@code team.naming}
     * @return the id
     * @throws IllegalArgumentException if it is malformed
     */
    public static RuleId of(String value) {
        return new RuleId(value);
    }

    /**
     * Tells whether a text is a well-formed rule id, without throwing.
     *
     * @param value the text
     * @return whether {@link #of(String)} accepts it
     */
    public static boolean isValid(String value) {
        return problem(requireNonNull(value, "value")) == null;
    }

    /**
     * Returns the id one level up: {@code lang} for {@code lang.vague-term}.
     *
     * @return the parent, or empty for a single segment
     */
    public Optional<RuleId> parent() {
        int dot = value.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(new RuleId(value.substring(0, dot)));
    }

    /**
     * Tells whether a finding id is this id or lies below it: {@code constraint} covers
     * {@code constraint.NotBlank}, and {@code lang} covers {@code lang.vague-term}, but {@code lang} does not
     * cover {@code language.x}.
     *
     * @param findingId a finding's rule id
     * @return whether it is this id or below it
     */
    public boolean covers(String findingId) {
        requireNonNull(findingId, "findingId");
        return findingId.equals(value)
                || findingId.length() > value.length() + 1 && findingId.startsWith(value) && findingId.charAt(value.length()) == '.';
    }

    @Override
    public int compareTo(RuleId other) {
        return value.compareTo(other.value);
    }

    /** Returns the id as written. */
    @Override
    public String toString() {
        return value;
    }

    /** What is wrong with a text as a rule id, or null if nothing is; linear in its length. */
    private static String problem(String value) {
        if (value.isEmpty()) return "it is empty";
        if (value.length() > MAX_LENGTH) return "it has " + value.length() + " characters";
        boolean segmentStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (segmentStart) {
                if (!letter(c)) {
                    return c == '.' ? "it has an empty segment at index " + i
                            : "a segment starts with '" + printable(c) + "' at index " + i + ", not a letter";
                }
                segmentStart = false;
            } else if (c == '.') {
                segmentStart = true;
            } else if (!letter(c) && !(c >= '0' && c <= '9') && c != '-' && c != '_') {
                return "it has '" + printable(c) + "' at index " + i;
            }
        }
        return segmentStart ? "it ends with a dot" : null;
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static String printable(char c) {
        return Character.isISOControl(c) || Character.isWhitespace(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c);
    }

    private static String shorten(String value) {
        return value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH) + "…";
    }
}
