package io.specdriven.core.internal.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds terms (sequences of normalized tokens, see {@link Text}) in text, on token boundaries, in time
 * linear in the text: terms are indexed by their first token, and at each position the longest term that
 * matches wins, so {@code as soon as possible} is one match and a glossary term hides its own words.
 *
 * @param <T> what a term stands for
 */
public final class TermMatcher<T> {
    /**
     * A match.
     *
     * @param value what the term stands for
     * @param from its first token
     * @param to the token after its last
     * @param <T> what a term stands for
     */
    public record Match<T>(T value, int from, int to) {}

    private record Term<T>(List<String> tokens, T value) {}

    private final Map<String, List<Term<T>>> byFirst = new HashMap<>();
    private final List<Term<T>> numberFirst = new ArrayList<>();

    /**
     * Adds a term; an empty token list is ignored.
     *
     * @param tokens the term's tokens, from {@link Text#termTokens(String)}
     * @param value what it stands for
     * @return this matcher
     */
    public TermMatcher<T> add(List<String> tokens, T value) {
        if (tokens.isEmpty()) return this;
        Term<T> term = new Term<>(List.copyOf(tokens), value);
        List<Term<T>> list = tokens.get(0).equals(Text.NUMBER) ? numberFirst
                : byFirst.computeIfAbsent(tokens.get(0), k -> new ArrayList<>());
        list.add(term);
        // longest first, stable for equal lengths: the first declared wins
        list.sort(Collections.reverseOrder((a, b) -> Integer.compare(a.tokens.size(), b.tokens.size())));
        return this;
    }

    /**
     * Tells whether no term was added.
     *
     * @return whether this matcher can never match
     */
    public boolean isEmpty() {
        return byFirst.isEmpty() && numberFirst.isEmpty();
    }

    /**
     * Finds every non-overlapping match, left to right, longest first at each position.
     *
     * @param text the tokenized text
     * @return the matches in text order
     */
    public List<Match<T>> find(Text text) {
        List<Match<T>> found = new ArrayList<>();
        int i = 0;
        while (i < text.size()) {
            Term<T> hit = at(text, i, byFirst.getOrDefault(text.token(i), List.of()));
            if (hit == null && !numberFirst.isEmpty() && text.isNumber(i)) hit = at(text, i, numberFirst);
            if (hit == null) {
                i++;
            } else {
                found.add(new Match<>(hit.value, i, i + hit.tokens.size()));
                i += hit.tokens.size();
            }
        }
        return found;
    }

    private static <T> Term<T> at(Text text, int i, List<Term<T>> candidates) {
        for (Term<T> t : candidates) {
            if (matches(text, i, t.tokens)) return t;
        }
        return null;
    }

    private static boolean matches(Text text, int at, List<String> tokens) {
        if (at + tokens.size() > text.size()) return false;
        for (int k = 0; k < tokens.size(); k++) {
            String want = tokens.get(k);
            if (want.equals(Text.NUMBER) ? !text.isNumber(at + k) : !want.equals(text.token(at + k))) return false;
        }
        return true;
    }
}
