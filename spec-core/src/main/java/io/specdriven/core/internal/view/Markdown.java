package io.specdriven.core.internal.view;

/**
 * Escapes free text for GitHub-flavoured Markdown. Every piece of spec text is rendered inline, so one
 * escaper serves paragraphs, list items and table cells: characters with Markdown meaning are
 * backslash-escaped, {@code <}, {@code >} and {@code &} become entities (no raw HTML gets through), and
 * line breaks (each of {@link LineBreaks}) become {@code <br>}, which keeps a cell on its row and a list item in its list.
 */
public final class Markdown {
    private Markdown() {}

    /**
     * Escapes text to be shown literally inline, after other text on its line or in a table cell.
     *
     * @param text any text
     * @return the escaped text, on one line
     */
    public static String inline(String text) {
        return escape(text, false);
    }

    /**
     * Escapes text that starts a paragraph or a list item, where a leading {@code #}, {@code -},
     * {@code +}, {@code =} or {@code 1.} would start a heading or a list, and leading whitespace would
     * indent it: four spaces make a code block. Leading whitespace is dropped.
     *
     * @param text any text
     * @return the escaped text, on one line
     */
    public static String block(String text) {
        return escape(text.stripLeading(), true);
    }

    private static String escape(String text, boolean atLineStart) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        // line breaks become <br>, so only the very start of the text can start a block
        boolean lineStart = atLineStart;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                    out.append("<br>");
                    continue;
                }
                case '\n', '\u000B', '\f', '\u0085', '\u2028', '\u2029' -> {
                    // every line terminator some renderer or editor knows, not only CommonMark's (issue 14)
                    out.append("<br>");
                    continue;
                }
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                // '|' ends a table cell even inside a code span, so it is always escaped
                case '\\', '`', '*', '_', '[', ']', '|', '~', '$', '{', '}' -> out.append('\\').append(c);
                case '#', '-', '+', '=' -> {
                    // these start a heading, a list item or a setext underline only at the start of a line
                    if (lineStart) out.append('\\');
                    out.append(c);
                }
                case '\t' -> out.append(' ');
                default -> {
                    if (lineStart && Character.isDigit(c) && startsOrderedItem(text, i)) {
                        out.append(c);
                        int j = i + 1;
                        while (j < text.length() && Character.isDigit(text.charAt(j))) out.append(text.charAt(j++));
                        out.append('\\');
                        i = j - 1;
                    } else if (Character.isISOControl(c)) {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
            lineStart = false;
        }
        return out.toString();
    }

    private static boolean startsOrderedItem(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isDigit(text.charAt(j))) j++;
        return j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ')');
    }

    /**
     * Joins escaped items with a comma, or returns an em dash for none.
     *
     * @param items the raw items
     * @return escaped text
     */
    public static String list(Iterable<?> items) {
        StringBuilder out = new StringBuilder();
        for (Object item : items) {
            if (out.length() > 0) out.append(", ");
            out.append(inline(item.toString()));
        }
        return out.length() == 0 ? "—" : out.toString();
    }

    /**
     * Builds one table row from escaped cells.
     *
     * @param cells cells, already escaped
     * @return the row, with a line break
     */
    public static String row(String... cells) {
        StringBuilder out = new StringBuilder("|");
        for (String cell : cells) {
            out.append(' ').append(cell.isEmpty() ? " " : cell).append(" |");
        }
        return out.append('\n').toString();
    }

    /**
     * Builds a table header and its delimiter row.
     *
     * @param headers plain header texts
     * @return two lines
     */
    public static String header(String... headers) {
        StringBuilder out = new StringBuilder(row(headers)).append('|');
        for (int i = 0; i < headers.length; i++) out.append("---|");
        return out.append('\n').toString();
    }
}
