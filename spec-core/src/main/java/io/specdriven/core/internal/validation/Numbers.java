package io.specdriven.core.internal.validation;

import java.util.Set;

/** Whether a text states a number or an exact quoted value: what makes an outcome checkable. */
public final class Numbers {
    private Numbers() {}

    /** Numbers written as words; digits in any script count as well. */
    private static final Set<String> WORDS = Set.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "twenty", "hundred", "thousand", "million", "billion",
            "once", "twice", "half", "dozen");

    /**
     * The quote pairs: each opener, then the characters that close it. A quoted value is an opener, at
     * least one character that closes nothing, and a closer: {@code 'Nothing'}, {@code "Nothing"},
     * {@code “Nothing”}, {@code ‘Nothing’}, {@code «Rien»}, {@code „Nichts“} (or {@code „Nichts”}) and
     * {@code 「なし」}. An apostrophe counts only outside a word on both sides, so {@code the user's file} is
     * no quote.
     */
    private static final String[][] PAIRS = {
        {"'", "'"}, {"\"", "\""}, {"“", "”"}, {"‘", "’"}, {"«", "»"}, {"„", "“”"}, {"「", "」"},
    };

    /**
     * Tells whether a text states a number, in digits of any script or as an English number word.
     *
     * @param text the tokenized text
     * @return whether it has a number
     */
    public static boolean hasNumber(Text text) {
        if (text.hasDigit()) return true;
        for (String token : text.tokens()) {
            if (WORDS.contains(token)) return true;
        }
        return false;
    }

    /**
     * Tells whether a text quotes an exact value, such as {@code 'Nothing to export'}.
     *
     * <p>Linear in the text (issue 14: a regular expression rescanned the rest of the text from every
     * unterminated opener, so 100,000 × {@code “} took 21 s). For each pair the scan moves only forward:
     * from an opener it looks for the first closer; if that one does not make a quote, no opener before it
     * can (the content may not hold a closer), so the scan goes on from the closer.
     *
     * @param text the text
     * @return whether it has a quoted passage
     */
    public static boolean hasQuote(String text) {
        for (String[] pair : PAIRS) {
            if (hasQuote(text, pair[0].charAt(0), pair[1], pair[0].equals("'"))) return true;
        }
        return false;
    }

    private static boolean hasQuote(String text, char opener, String closers, boolean apostrophe) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (text.charAt(i) != opener || (apostrophe && wordBefore(text, i))) {
                i++;
                continue;
            }
            int close = i + 1;
            while (close < n && closers.indexOf(text.charAt(close)) < 0) close++;
            if (close == n) return false; // no closer after this opener, so none after any later one
            if (close > i + 1 && !(apostrophe && wordAfter(text, close + 1))) return true;
            // the closer may open the next quote (an apostrophe or a straight quote does both); an opener
            // between i and close would meet the same closer and fail the same way
            i = close;
        }
        return false;
    }

    private static boolean wordBefore(String text, int i) {
        return i > 0 && isLetterOrNumber(text.codePointBefore(i));
    }

    private static boolean wordAfter(String text, int i) {
        return i < text.length() && isLetterOrNumber(text.codePointAt(i));
    }

    /** Letters and numbers as the regular expression classes {@code \p{L}} and {@code \p{N}} define them. */
    private static boolean isLetterOrNumber(int cp) {
        return Character.isLetter(cp) || switch (Character.getType(cp)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
