package io.specdriven.engine;

import java.util.Locale;

/**
 * The formats {@link SpecOutput} writes results in.
 *
 * @since 0.1
 */
public enum OutputFormat {
    /** For people on a terminal: findings grouped by element, the matrix, the changes. */
    TEXT,
    /** GitHub Markdown: the traceability matrix, the diff. */
    MARKDOWN,
    /** For tools and agents: one JSON document, described by a versioned schema. */
    JSON;

    /**
     * Returns the format of a name, as a command line writes it.
     *
     * @param name such as {@code json}, in any case
     * @return the format
     * @throws IllegalArgumentException for an unknown name
     */
    public static OutputFormat parse(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    /** Returns the name in lower case: {@code json}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
