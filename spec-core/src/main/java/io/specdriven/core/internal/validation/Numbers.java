package io.specdriven.core.internal.validation;

import java.util.Set;
import java.util.regex.Pattern;

/** Whether a text states a number or an exact quoted value: what makes an outcome checkable. */
public final class Numbers {
    private Numbers() {}

    /** Numbers written as words; digits in any script count as well. */
    private static final Set<String> WORDS = Set.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "twenty", "hundred", "thousand", "million", "billion",
            "once", "twice", "half", "dozen");

    private static final Pattern QUOTE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])'[^']+'(?![\\p{L}\\p{N}])|\"[^\"]+\"|“[^”]+”|‘[^’]+’|«[^»]+»|„[^“”]+[“”]|「[^」]+」");

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
     * @param text the text
     * @return whether it has a quoted passage
     */
    public static boolean hasQuote(String text) {
        return QUOTE.matcher(text).find();
    }
}
