package io.specdriven.json.internal;

import java.util.Collection;
import java.util.Locale;

/** Small text helpers for messages: quoting user text safely and suggesting a close match. */
public final class Text {
    private Text() {}

    private static final int MAX_QUOTED = 60;

    /**
     * Quotes user text for a one-line message: at most 60 characters, control characters, quotes and
     * unpaired surrogates escaped, so a hostile value cannot break the message's single line.
     *
     * @param text the text
     * @return {@code 'text'}
     */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_QUOTED) + 8).append('\'');
        int shown = 0;
        for (int i = 0; i < text.length(); i++) {
            if (shown == MAX_QUOTED) {
                out.append('…');
                break;
            }
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\'' || c == '\\' || Character.isSurrogate(c) && !pairedAt(text, i)
                    || c == '\u2028' || c == '\u2029') {
                switch (c) {
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    case '\r' -> out.append("\\r");
                    case '\'' -> out.append("\\'");
                    case '\\' -> out.append("\\\\");
                    default -> out.append(String.format("\\u%04X", (int) c));
                }
            } else {
                out.append(c);
                if (Character.isHighSurrogate(c)) out.append(text.charAt(++i));
            }
            shown++;
        }
        return out.append('\'').toString();
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /**
     * Finds the first unpaired surrogate, which is not Unicode text and cannot be encoded as UTF-8.
     *
     * @param s the text
     * @return its index, or -1 if the text is well-formed
     */
    public static int unpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
                else return i;
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Suggests the candidate closest to what was written: the same after ignoring case, {@code _} and
     * {@code -}, or at most two edits away (one for short words). Returns null when nothing is close, or
     * when two candidates are equally close.
     *
     * @param written what the document says
     * @param candidates what would be accepted
     * @return the suggestion, or null
     */
    public static String suggest(String written, Collection<String> candidates) {
        if (written.length() > 100) return null;
        String loose = loosen(written);
        for (String c : candidates) {
            if (loosen(c).equals(loose)) return c;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String c : candidates) {
            int d = distance(written.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        int allowed = Math.min(written.length(), best == null ? 0 : best.length()) <= 4 ? 1 : 2;
        // A suggestion that rewrites the whole word ('*' → '1') is no suggestion.
        boolean close = bestDistance <= allowed && bestDistance < Math.min(written.length(), best == null ? 0 : best.length());
        return best != null && !tie && close ? best : null;
    }

    private static String loosen(String s) {
        return s.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
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
}
