package io.specdriven.core.internal.view;

import io.specdriven.core.Id;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Gives every element of a diagram an ASCII identifier that no diagram language can misread: a prefix
 * (so no alias is ever a keyword), then the id with every character outside {@code [A-Za-z0-9_]} turned
 * into {@code _}, then a counter if the alias is already taken, by another id's alias or by a name the
 * diagram uses as it is ({@link #reserve(String)}). Aliases depend only on the reserved names and the
 * order in which ids are first seen, so output is deterministic.
 */
public final class Aliases {
    private final String prefix;
    private final Map<Id, String> aliases = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    /**
     * Creates an alias table.
     *
     * @param prefix the prefix, such as {@code E_}; must itself be a safe identifier
     */
    public Aliases(String prefix) {
        this.prefix = prefix;
    }

    /**
     * Reserves an identifier the diagram uses as it is, so that no alias created afterwards equals it:
     * an entity literally named {@code E_a_b} keeps that name, and {@code a-b} gets {@code E_a_b_2}.
     * Reserve every plain name before asking for the first alias.
     *
     * @param identifier the identifier used without an alias
     */
    public void reserve(String identifier) {
        taken.add(identifier);
    }

    /**
     * Returns the alias of an id, creating it on first use.
     *
     * @param id the element's id
     * @return its alias
     */
    public String of(Id id) {
        String alias = aliases.get(id);
        if (alias != null) return alias;
        String base = prefix + ascii(id.value());
        alias = base;
        for (int n = 2; !taken.add(alias); n++) alias = base + "_" + n;
        aliases.put(id, alias);
        return alias;
    }

    /**
     * Tells whether an id already has an alias.
     *
     * @param id the id
     * @return whether {@link #of(Id)} was called for it
     */
    public boolean has(Id id) {
        return aliases.containsKey(id);
    }

    /**
     * Maps text to {@code [A-Za-z0-9_]*}.
     *
     * @param text any text
     * @return the text with every other character replaced by {@code _}
     */
    public static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '_');
        }
        return out.toString();
    }

    /**
     * Keeps letters, digits, spaces, {@code _}, {@code -} and {@code .} and turns every other character
     * into {@code _}: for member and label text, where diagram languages give punctuation meaning.
     *
     * @param text any text
     * @return the text, on one line, with no punctuation beyond those four
     */
    public static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.') out.append(c);
            else if (c == ' ' || c == '\t' || LineBreaks.is(c)) out.append(' ');
            else out.append('_');
        }
        String trimmed = out.toString().trim().replaceAll(" +", " ");
        return trimmed.isEmpty() ? "_" : trimmed;
    }

    /**
     * Makes text safe inside a double-quoted diagram string: one line, no double quote, no backslash
     * (PlantUML reads {@code \n} in strings), no angle brackets (Mermaid passes labels through an HTML
     * sanitizer), no {@code %%} (a Mermaid directive or comment) and no entity code such as
     * {@code #35;} (Mermaid decodes those).
     *
     * @param text any text
     * @return the text to put between double quotes
     */
    public static String quoted(String text) {
        return quoted(text, false);
    }

    /**
     * Like {@link #quoted(String)}, but keeps backslashes: Mermaid takes them literally inside quotes, so
     * a pattern such as {@code \d{4}} reaches the diagram unchanged. A tilde becomes {@code ∼} (U+223C):
     * Mermaid reads {@code ~} as the start of a generic type even inside quotes, and its erDiagram parser
     * rejects an attribute comment such as {@code "List~String~"}.
     *
     * @param text any text
     * @return the text to put between double quotes in a Mermaid diagram
     */
    public static String mermaidQuoted(String text) {
        return quoted(text, true);
    }

    private static String quoted(String text, boolean mermaid) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append('\'');
                case '\\' -> out.append(mermaid ? '\\' : '/');
                case '~' -> out.append(mermaid ? '∼' : '~');
                case '<' -> out.append('‹');
                case '>' -> out.append('›');
                case '%' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '%') out.append("% ");
                    else out.append('%');
                }
                case '#' -> out.append("# ".equals(text.substring(i, Math.min(i + 2, text.length()))) ? "#" : "# ");
                // U+2028 and U+2029 are no control characters, but PlantUML breaks the line there (issue 14)
                default -> out.append(Character.isISOControl(c) || LineBreaks.is(c) || c == '`' ? ' ' : c);
            }
        }
        String trimmed = out.toString().trim().replaceAll("  +", " ");
        return trimmed.isEmpty() ? "_" : trimmed;
    }
}
