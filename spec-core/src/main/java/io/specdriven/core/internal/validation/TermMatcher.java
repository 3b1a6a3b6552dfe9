package io.specdriven.core.internal.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds terms (sequences of normalized tokens, see {@link Text}) in text, on token boundaries, in time
 * linear in the text and independent of how many terms there are: the terms form a trie, one level per
 * token, built once as they are added, and at each position the walk down the trie follows the text
 * only as far as some term does. The longest term that matches wins, so {@code as soon as possible} is
 * one match and a glossary term hides its own words; of terms of the same length, the first added wins.
 * A term added with {@link #addExactCase(List, Object)} matches only where the text has its letter case.
 *
 * <p>Indexing terms by their first token alone made a text that names {@code Order} scan every term
 * starting with "order" ({@code OrderLine}, {@code Order Item}, …), quadratic with thousands of entities
 * (found in review); the trie never looks at a term whose next token the text does not have.
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

    /**
     * A term that ends at a node: its value, the order it was added in, which breaks ties of length, and,
     * for a term that matches only in its letter case, its tokens in that case (otherwise null).
     */
    private record Term<T>(T value, int order, List<String> exact) {
        boolean matches(Text text, int from) {
            if (exact == null) return true;
            for (int k = 0; k < exact.size(); k++) {
                String want = exact.get(k);
                if (!want.equals(Text.NUMBER) && !want.equals(text.exactToken(from + k))) return false;
            }
            return true;
        }
    }

    /** A node of the trie: the terms that end here, and the nodes one token further. */
    private static final class Node<T> {
        private Map<String, Node<T>> next = Map.of();
        /** The node one {@link Text#NUMBER} token further: followed by any number in digits. */
        private Node<T> number;
        /**
         * The terms that end here, in the order they were added: the first that matches wins. After a term
         * that matches in any case, later terms with the same tokens are ignored.
         */
        private List<Term<T>> terms = List.of();

        private void add(Term<T> term) {
            if (!terms.isEmpty() && terms.get(terms.size() - 1).exact == null) return;
            if (terms.isEmpty()) terms = new ArrayList<>(1);
            terms.add(term);
        }

        private Term<T> match(Text text, int from) {
            for (Term<T> t : terms) {
                if (t.matches(text, from)) return t;
            }
            return null;
        }

        private Node<T> child(String token) {
            if (token.equals(Text.NUMBER)) {
                if (number == null) number = new Node<>();
                return number;
            }
            if (next.isEmpty()) next = new HashMap<>(4);
            return next.computeIfAbsent(token, k -> new Node<>());
        }
    }

    private final Node<T> root = new Node<>();
    private int added;

    /**
     * Adds a term that matches in any case; an empty token list is ignored, and so is a term whose tokens
     * an earlier term has.
     *
     * @param tokens the term's tokens, from {@link Text#termTokens(String)}
     * @param value what it stands for
     * @return this matcher
     */
    public TermMatcher<T> add(List<String> tokens, T value) {
        return add(tokens, null, value);
    }

    /**
     * Adds a term that matches only in the letter case it is written in; an empty token list is ignored.
     *
     * @param exactTokens the term's tokens in their case, from {@link Text#exactTermTokens(String)}
     * @param value what it stands for
     * @return this matcher
     */
    public TermMatcher<T> addExactCase(List<String> exactTokens, T value) {
        List<String> folded = new ArrayList<>(exactTokens.size());
        for (String t : exactTokens) folded.add(t.equals(Text.NUMBER) ? t : t.toLowerCase(Locale.ROOT));
        return add(folded, List.copyOf(exactTokens), value);
    }

    private TermMatcher<T> add(List<String> tokens, List<String> exact, T value) {
        if (tokens.isEmpty()) return this;
        Node<T> node = root;
        for (String token : tokens) node = node.child(token);
        node.add(new Term<>(value, added++, exact));
        return this;
    }

    /**
     * Tells whether no term was added.
     *
     * @return whether this matcher can never match
     */
    public boolean isEmpty() {
        return added == 0;
    }

    /**
     * Finds every non-overlapping match, left to right, longest first at each position.
     *
     * @param text the tokenized text
     * @return the matches in text order
     */
    public List<Match<T>> find(Text text) {
        List<Match<T>> found = new ArrayList<>();
        if (isEmpty()) return found;
        int i = 0;
        while (i < text.size()) {
            Best<T> best = new Best<>();
            walk(root, text, i, i, best);
            if (best.term == null) {
                i++;
            } else {
                found.add(new Match<>(best.term.value, i, best.to));
                i = best.to;
            }
        }
        return found;
    }

    /** The best match found so far from one position. */
    private static final class Best<T> {
        private Term<T> term;
        private int to;
    }

    /**
     * Follows the text down the trie from {@code node}, which the tokens before {@code at} led to. Only
     * numbers can branch (a literal token and {@code <number>}), so the walk is as long as the longest term.
     */
    private static <T> void walk(Node<T> node, Text text, int from, int at, Best<T> best) {
        Term<T> here = node.terms.isEmpty() ? null : node.match(text, from);
        if (here != null && (best.term == null || at > best.to || (at == best.to && here.order < best.term.order))) {
            best.term = here;
            best.to = at;
        }
        if (at >= text.size()) return;
        Node<T> literal = node.next.get(text.token(at));
        if (literal != null) walk(literal, text, from, at + 1, best);
        if (node.number != null && text.isNumber(at)) walk(node.number, text, from, at + 1, best);
    }
}
