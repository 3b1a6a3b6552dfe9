package io.specdriven.core.validation;

/**
 * The word lists the language rules use. Each has a built-in list ({@link Lexicon#builtIn(LexiconKind)})
 * that an embedder can replace or extend on {@link SpecValidator.Builder#lexicon(LexiconKind, Lexicon)}.
 *
 * @since 0.1
 */
public enum LexiconKind {
    /** Unfinished text such as {@code TBD}, {@code TODO} or {@code [NEEDS CLARIFICATION}; rule {@code lang.placeholder}. */
    PLACEHOLDERS("placeholders.txt"),
    /** Words a tester cannot check, such as {@code fast} or {@code as soon as possible}; rule {@code lang.vague-term}. */
    VAGUE_TERMS("vague-terms.txt"),
    /** Technology in a requirement, such as {@code SQL} or {@code endpoint}; rule {@code lang.implementation-detail}. */
    IMPLEMENTATION_TERMS("implementation-terms.txt"),
    /** The words that make a statement a requirement, such as {@code shall}; rule {@code lang.no-normative-keyword}. */
    NORMATIVE_KEYWORDS("normative-keywords.txt"),
    /** Words that say what a user experiences, such as {@code sees}; rule {@code criteria.failure-no-experience}. */
    USER_EXPERIENCE("user-experience.txt");

    private final String resource;

    LexiconKind(String resource) {
        this.resource = resource;
    }

    /**
     * Returns the file name of the built-in list, a resource of the core module.
     *
     * @return such as {@code vague-terms.txt}
     */
    public String resource() {
        return resource;
    }
}
