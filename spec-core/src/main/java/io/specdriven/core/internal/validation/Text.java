package io.specdriven.core.internal.validation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits text into normalized tokens for word matching, safe on any script.
 *
 * <p>A word token is a maximal run of letters, digits, combining marks and {@code _}; it is normalized to
 * NFKC and lower case (locale-independent), so case and full-width forms do not hide a match. Whitespace
 * and hyphens separate tokens and vanish, so {@code user-friendly} and {@code user friendly} are the same
 * two tokens; the zero-width space separates words too. Invisible formatting characters (soft hyphen,
 * zero-width joiners, direction marks) inside a word are dropped, so a soft hyphen does not split
 * "some&#173;thing" into "some" and "thing"; outside a word they vanish. Every other character
 * (punctuation, symbols, emoji) is a token of its own, so
 * {@code and/or} and {@code ???} can be matched while a trailing full stop does not hide {@code fast}.
 * Offsets refer to the original text, for excerpts.
 */
public final class Text {
    /** The special lexicon token that matches any number written in digits. */
    public static final String NUMBER = "<number>";

    private static final int ZERO_WIDTH_SPACE = 0x200B;
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final String source;
    private final List<String> tokens = new ArrayList<>();
    /** The tokens in NFKC but in the case they are written in, for terms that match only in their case. */
    private final List<String> exact = new ArrayList<>();
    private final List<int[]> spans = new ArrayList<>();

    private Text(String source) {
        this.source = source;
    }

    /**
     * Tokenizes a text.
     *
     * @param source the text
     * @return its tokens
     */
    public static Text of(String source) {
        Text t = new Text(source);
        // Each distinct token is normalized once: a hostile text repeats one mark 100,000 times, and NFKC's
        // check costs far more than a map lookup (issue 14: 20 such fields took 18 s in a loaded build).
        Map<String, String[]> forms = new HashMap<>();
        int i = 0;
        int n = source.length();
        StringBuilder word = new StringBuilder();
        while (i < n) {
            int cp = source.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isWord(cp)) {
                int start = i;
                int end = next;
                word.setLength(0);
                word.appendCodePoint(cp);
                i = next;
                while (i < n) {
                    int c = source.codePointAt(i);
                    if (isWord(c)) {
                        word.appendCodePoint(c);
                        i += Character.charCount(c);
                        end = i;
                    } else if (isInvisible(c)) {
                        i += Character.charCount(c); // a soft hyphen or joiner inside a word is dropped
                    } else {
                        break;
                    }
                }
                t.add(forms.computeIfAbsent(word.toString(), Text::forms), start, end);
                i = end; // invisible characters after the word's last letter belong to no word
            } else {
                if (!isSeparator(cp)) t.add(forms.computeIfAbsent(source.substring(i, next), Text::forms), i, next);
                i = next;
            }
        }
        return t;
    }

    /**
     * Tokenizes a lexicon term: like {@link #of(String)}, but {@code <number>} becomes {@link #NUMBER}.
     *
     * @param term the term
     * @return its tokens; empty if it has none
     */
    public static List<String> termTokens(String term) {
        return numberMarkers(of(term), false);
    }

    /**
     * Tokenizes a lexicon term that matches only in the letter case it is written in: like
     * {@link #termTokens(String)}, but in NFKC without changing the case.
     *
     * @param term the term
     * @return its tokens; empty if it has none
     */
    public static List<String> exactTermTokens(String term) {
        return numberMarkers(of(term), true);
    }

    /** The tokens of a term, with each {@code < number >} run (in any case) replaced by {@link #NUMBER}. */
    private static List<String> numberMarkers(Text t, boolean exact) {
        List<String> out = new ArrayList<>(exact ? t.exact : t.tokens);
        for (int i = 0, j = 0; i < t.tokens.size(); i++, j++) {
            if (i + 2 < t.tokens.size() && t.tokens.get(i).equals("<") && t.tokens.get(i + 1).equals("number")
                    && t.tokens.get(i + 2).equals(">")) {
                out.subList(j, j + 3).clear();
                out.add(j, NUMBER);
                i += 2;
            }
        }
        return out;
    }

    /** A token's NFKC form as written and its normalized (lower case) form. */
    private static String[] forms(String raw) {
        String nfkc = nfkc(raw);
        String folded = nfkc.toLowerCase(Locale.ROOT);
        return new String[] {nfkc, folded.equals(nfkc) ? nfkc : folded};
    }

    private void add(String[] forms, int start, int end) {
        exact.add(forms[0]);
        tokens.add(forms[1]);
        spans.add(new int[] {start, end});
    }

    /**
     * Normalizes one token: NFKC, then lower case without locale.
     *
     * @param raw the token as written
     * @return its normal form
     */
    public static String normalize(String raw) {
        return nfkc(raw).toLowerCase(Locale.ROOT);
    }

    private static String nfkc(String raw) {
        // Below U+00A0 (ASCII and the C1 controls) nothing has a compatibility or canonical mapping.
        if (raw.chars().allMatch(c -> c < 0xA0)) return raw;
        return Normalizer.isNormalized(raw, Normalizer.Form.NFKC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFKC);
    }

    private static boolean isWord(int cp) {
        if (Character.isLetterOrDigit(cp) || cp == '_') return true;
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * An invisible formatting character (Unicode category Cf: soft hyphen, zero-width joiner and non-joiner,
     * word joiner, direction marks, byte order mark) other than the zero-width space. Inside a word it is
     * dropped, so "some", a soft hyphen and "thing" are the one word "something"; elsewhere it vanishes.
     */
    private static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT && cp != ZERO_WIDTH_SPACE;
    }

    /** White space, the zero-width space and hyphens separate words; invisible characters vanish. */
    private static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '-' || cp == '\u2010' || cp == '\u2011'
                || cp == ZERO_WIDTH_SPACE || isInvisible(cp);
    }

    /** @return the number of tokens */
    public int size() {
        return tokens.size();
    }

    /**
     * @param i the token's position
     * @return the normalized token
     */
    public String token(int i) {
        return tokens.get(i);
    }

    /**
     * @param i the token's position
     * @return the token in NFKC, in the letter case it is written in
     */
    public String exactToken(int i) {
        return exact.get(i);
    }

    /** @return the normalized tokens */
    public List<String> tokens() {
        return tokens;
    }

    /**
     * Tells whether a token is a number written in digits, in any script.
     *
     * @param i the token's position
     * @return whether every character is a digit
     */
    public boolean isNumber(int i) {
        String t = tokens.get(i);
        return !t.isEmpty() && t.codePoints().allMatch(Character::isDigit);
    }

    /**
     * Tells whether any token contains a digit, in any script.
     *
     * @return whether the text has a digit
     */
    public boolean hasDigit() {
        return source.codePoints().anyMatch(Character::isDigit);
    }

    /**
     * Returns the original text of tokens {@code from} (inclusive) to {@code to} (exclusive), on one line.
     *
     * @param from the first token
     * @param to the token after the last
     * @return the text as written
     */
    public String original(int from, int to) {
        return oneLine(source.substring(spans.get(from)[0], spans.get(to - 1)[1]));
    }

    /**
     * Returns the words around a match, as written, for a message: at most {@code words} words each side
     * (punctuation between them does not count), with an ellipsis where text is left out.
     *
     * @param from the match's first token
     * @param to the token after the match
     * @param words how many tokens to show on each side
     * @return the excerpt
     */
    public String excerpt(int from, int to, int words) {
        int a = from;
        for (int n = 0; a > 0 && n < words; ) {
            if (isWordToken(--a)) n++;
        }
        int b = to;
        for (int n = 0; b < tokens.size() && n < words; b++) {
            if (isWordToken(b)) n++;
        }
        int start = spans.get(a)[0];
        int end = spans.get(b - 1)[1];
        return (start > 0 ? "…" : "") + oneLine(source.substring(start, end)) + (end < source.length() ? "…" : "");
    }

    private boolean isWordToken(int i) {
        return isWord(tokens.get(i).codePointAt(0));
    }

    /** Collapses every run of white space to one space, so a message stays on one line. */
    private static String oneLine(String text) {
        return WHITESPACE.matcher(text.strip()).replaceAll(" ");
    }
}
