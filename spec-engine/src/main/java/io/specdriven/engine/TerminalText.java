package io.specdriven.engine;

/**
 * Makes text from files and findings safe to print on a terminal or in a log: control characters, bidirectional overrides and lone
 * surrogates are replaced by visible escapes, so a file name or message can neither move the cursor,
 * colour the terminal, reorder what is shown nor break a one-line error in two.
 *
 * @since 0.1
 */
public final class TerminalText {
    private TerminalText() {}

    /**
     * Returns {@code text} with every unsafe character escaped ({@code \n}, {@code \t}, {@code \u001B} …).
     *
     * @param text any text
     * @return the same text when it is safe, an escaped copy otherwise
     */
    public static String safe(String text) {
        int i = 0;
        while (i < text.length() && !unsafe(text, i)) i++;
        if (i == text.length()) return text;
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!unsafe(text, i)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    /**
     * Returns multi-line {@code text} with every line made {@link #safe(String) safe} and its line breaks
     * kept: for documents, diagrams and reports printed whole.
     *
     * @param text text with {@code \n} line breaks
     * @return the same text when it is safe, an escaped copy otherwise
     */
    public static String safeLines(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) lines[i] = safe(lines[i]);
        return String.join("\n", lines);
    }

    private static boolean unsafe(String text, int i) {
        char c = text.charAt(i);
        if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c)) {
                return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
            }
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return isControlOrBidi(c);
    }

    /**
     * Tells whether a character is a C0 or C1 control, DEL, or changes the direction of what follows it.
     *
     * @param c the character
     * @return whether {@link #safe(String)} escapes it
     */
    public static boolean isControlOrBidi(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
    }
}
