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
    JSON,
    /**
     * For code scanning (check runs only): SARIF 2.1.0, one run with the rules and one result per finding,
     * at its file and line.
     */
    SARIF,
    /**
     * For GitHub Actions (check runs only): one workflow command per finding,
     * {@code ::error file=F,line=L::message}, which the runner shows as an annotation.
     */
    GITHUB,
    /**
     * For any CI's test tab (check runs only): JUnit XML, one test case per spec element and a failure per
     * finding at or above the fail-on level.
     */
    JUNIT;

    /**
     * Tells whether this is a format for CI tools that only check runs have (SARIF, GitHub, JUnit).
     *
     * @return whether only a check run can be written in it
     */
    public boolean isCheckOnly() {
        return this == SARIF || this == GITHUB || this == JUNIT;
    }

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
