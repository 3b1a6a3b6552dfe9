package io.specdriven.engine.internal;

/**
 * A small writer for the tool's JSON report: two-space indent, keys in the order written, strings
 * escaped as RFC 8259 requires plus bidirectional controls and line separators, so the output is plain
 * ASCII-safe in structure and never carries raw control characters.
 */
public final class Json {
    private final StringBuilder out = new StringBuilder();
    private int depth;
    private boolean first = true;

    /** Writes a JSON token. @return this */
    public Json beginObject() {
        value();
        out.append('{');
        depth++;
        first = true;
        return this;
    }

    /** Writes a JSON token. @return this */
    public Json endObject() {
        return end('}');
    }

    /** Writes a JSON token. @return this */
    public Json beginArray() {
        value();
        out.append('[');
        depth++;
        first = true;
        return this;
    }

    /** Writes a JSON token. @return this */
    public Json endArray() {
        return end(']');
    }

    private Json end(char bracket) {
        depth--;
        if (!first) newline();
        out.append(bracket);
        first = false;
        return this;
    }

    /** Writes a JSON token. @return this */
    public Json name(String name) {
        if (!first) out.append(',');
        newline();
        string(name);
        out.append(": ");
        first = true;
        pendingName = true;
        return this;
    }

    private boolean pendingName;

    private void value() {
        if (pendingName) {
            pendingName = false;
            first = false;
            return;
        }
        if (depth > 0) {
            if (!first) out.append(',');
            newline();
        }
        first = false;
    }

    /** Writes a JSON token. @return this */
    public Json value(String text) {
        if (text == null) return nullValue();
        value();
        string(text);
        return this;
    }

    /** Writes a JSON token. @return this */
    public Json value(long number) {
        value();
        out.append(number);
        return this;
    }

    /** Writes a finite number, as Java prints a double ({@code 1.5}, {@code 0.6666666666666666}). @return this */
    public Json value(double number) {
        if (!Double.isFinite(number)) throw new IllegalArgumentException("JSON has no " + number);
        value();
        out.append(number);
        return this;
    }

    /** Writes a JSON token. @return this */
    public Json value(boolean bool) {
        value();
        out.append(bool);
        return this;
    }

    /** Writes a JSON token. @return this */
    public Json nullValue() {
        value();
        out.append("null");
        return this;
    }

    private void newline() {
        out.append('\n');
        for (int i = 0; i < depth; i++) out.append("  ");
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (Character.isSurrogate(c) && !pairedSurrogate(text, i)) {
                        out.append("\\ufffd"); // a lone surrogate is not text: replace it, as a decoder would
                    } else if (io.specdriven.engine.TerminalText.isControlOrBidi(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    private static boolean pairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /**
     * Writes a value that is already a canonical JSON document (two-space indent, no raw line breaks in
     * strings), indented to fit here.
     *
     * @param json the document, with or without a final newline
     * @return this
     */
    public Json raw(String json) {
        value();
        StringBuilder indent = new StringBuilder("\n");
        for (int i = 0; i < depth; i++) indent.append("  ");
        out.append(json.strip().replace("\n", indent));
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
