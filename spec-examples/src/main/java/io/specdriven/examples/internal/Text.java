package io.specdriven.examples.internal;

/**
 * Makes text from files and findings safe to print: control characters, bidirectional overrides and lone
 * surrogates are replaced by visible escapes, so a file name or message can neither move the cursor,
 * colour the terminal, reorder what is shown nor break a one-line error in two.
 */
public final class Text {
    private Text() {}

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

    /** C0 and C1 controls, DEL, and the characters that change the direction of what follows them. */
    static boolean isControlOrBidi(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
    }

    /**
     * Returns the edit distance between two words (insertions, deletions, substitutions and swaps of
     * neighbours each cost 1), for "did you mean" suggestions.
     *
     * @param a a word
     * @param b another word
     * @return the distance
     */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * Returns the candidate closest to {@code word}, if it is close enough to be a likely typo.
     *
     * @param word what the user typed
     * @param candidates the known words
     * @return the suggestion, or null
     */
    public static String closest(String word, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(word, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(2, word.length() / 3));
        return bestDistance <= allowed ? best : null;
    }
}
