package io.specdriven.core.internal.validation;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One term of a lexicon, as written and as tokens. A term written with a leading {@value #EXACT_CASE}
 * ({@code =REST}, {@code =Spring}) matches only in the letter case it is written in, so the acronym REST
 * is found but "the rest of the rows" is not; any other term matches in any case.
 *
 * @param written the term as written, with its marker
 * @param tokens its normalized tokens, in lower case; the same for {@code =REST} and {@code rest}
 * @param exactCase whether it matches only in the case it is written in
 */
public record LexiconTerm(String written, List<String> tokens, boolean exactCase) {
    /** The marker that makes a term match only in its case. */
    public static final String EXACT_CASE = "=";

    /**
     * Checks for nulls and copies the tokens.
     *
     * @param written the term as written
     * @param tokens its normalized tokens
     * @param exactCase whether it matches only in its case
     */
    public LexiconTerm {
        requireNonNull(written, "written");
        tokens = List.copyOf(requireNonNull(tokens, "tokens"));
    }

    /**
     * Reads a term.
     *
     * @param written the term, optionally with a leading {@value #EXACT_CASE}
     * @return the term; its tokens are empty if it has no word or symbol
     */
    public static LexiconTerm parse(String written) {
        boolean exact = requireNonNull(written, "written").startsWith(EXACT_CASE);
        return new LexiconTerm(written, Text.termTokens(exact ? written.substring(EXACT_CASE.length()) : written), exact);
    }

    /**
     * Returns the key under which a lexicon keeps the term: its lower-case tokens, so {@code =REST} and
     * {@code rest} are the same term.
     *
     * @return the tokens joined by a space
     */
    public String key() {
        return String.join(" ", tokens);
    }

    /**
     * Adds the term to a matcher.
     *
     * @param matcher the matcher
     * @param value what a match of the term stands for
     * @param <T> what a term stands for
     */
    public <T> void addTo(TermMatcher<T> matcher, T value) {
        if (exactCase) {
            matcher.addExactCase(Text.exactTermTokens(written.substring(EXACT_CASE.length())), value);
        } else {
            matcher.add(tokens, value);
        }
    }
}
