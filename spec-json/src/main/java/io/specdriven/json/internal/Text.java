package io.specdriven.json.internal;

import io.specdriven.core.Suggestions;
import java.util.Collection;
import java.util.Locale;

/** Small text helpers for messages: quoting user text safely and suggesting a close match. */
public final class Text {
    private Text() {}

    private static final int MAX_QUOTED = 60;

    /**
     * Quotes user text for a one-line message: at most 60 code points (never half a surrogate pair), with
     * quotes, backslashes and everything {@link #oneLine} escapes escaped, so a hostile value can neither
     * break the message's single line nor reorder it on screen.
     *
     * @param text the text
     * @return {@code 'text'}
     */
    public static String quote(String text) {
        return '\'' + escape(text, MAX_QUOTED, true) + '\'';
    }

    /**
     * Shows a name (a field name on a message's path) safely: like {@link #quote}, at most 60 code points
     * with everything {@link #oneLine} escapes escaped, but without quotes around it.
     *
     * @param name the name
     * @return the printable name, ending with {@code …} if it was cut
     */
    public static String name(String name) {
        return escape(name, MAX_QUOTED, false);
    }

    /**
     * Makes a whole message one printable line: line breaks, control characters (C0 and C1), format
     * characters (bidi controls such as U+202E, U+2066 to U+2069, the byte-order mark, zero-width
     * characters), line and paragraph separators and unpaired surrogates are written as escapes
     * ({@code \n}, {@code \u202E}). Nothing else is changed, backslashes included, so text that is already
     * safe, such as the model's own messages, stays as it is.
     *
     * @param text the text
     * @return the safe text
     */
    public static String oneLine(String text) {
        return escape(text, Integer.MAX_VALUE, false);
    }

    private static String escape(String text, int maxCodePoints, boolean quoted) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 2 * MAX_QUOTED) + 8);
        int shown = 0;
        for (int i = 0; i < text.length(); ) {
            if (shown == maxCodePoints) {
                out.append('…');
                break;
            }
            int cp = text.codePointAt(i);
            int units = Character.charCount(cp);
            if (quoted && (cp == '\'' || cp == '\\')) {
                out.append('\\').append((char) cp);
            } else if (unsafe(cp)) {
                switch (cp) {
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    case '\r' -> out.append("\\r");
                    default -> {
                        // An unpaired surrogate is one unit; an astral character is written as its pair.
                        for (int k = 0; k < units; k++) out.append(String.format("\\u%04X", (int) text.charAt(i + k)));
                    }
                }
            } else {
                out.appendCodePoint(cp);
            }
            i += units;
            shown++;
        }
        return out.toString();
    }

    /** Whether a code point would break a one-line message, hide in it, or reorder it on screen. */
    private static boolean unsafe(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE -> true;
            default -> false;
        };
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
            int d = Suggestions.distance(written.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
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

}
