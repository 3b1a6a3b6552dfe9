package io.specdriven.core.internal.view;

/**
 * The line terminators some target language knows: {@code \n}, {@code \r}, vertical tab, form feed,
 * next line (U+0085), line separator (U+2028) and paragraph separator (U+2029), the set Java's
 * {@code \R} matches. CommonMark ends lines only at {@code \n} and {@code \r}, the Gherkin parser only at
 * those two as well, but PlantUML, JavaScript-based Mermaid and editors also break at some of the
 * others; each view turns every one of them into what a line break means in it, so no text of the spec
 * can start a line of its own (issue 14).
 */
final class LineBreaks {
    private LineBreaks() {}

    /**
     * Tells whether a character ends a line in some language.
     *
     * @param c the character
     * @return whether it is one of the seven line terminators
     */
    static boolean is(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
