package io.specdriven.core.internal.model;

/** The kinds of element that share a spec's id space. */
public enum IdKind {
    /** An actor. */
    ACTOR("actor", "an"),
    /** A requirement. */
    REQUIREMENT("requirement", "a"),
    /** An acceptance criterion. */
    CRITERION("acceptance criterion", "an"),
    /** A use case. */
    USE_CASE("use case", "a"),
    /** An entity. */
    ENTITY("entity", "an");

    private final String noun;
    private final String article;

    IdKind(String noun, String article) {
        this.noun = noun;
        this.article = article;
    }

    /** @return the kind with its indefinite article, such as {@code a use case} */
    public String withArticle() {
        return article + " " + noun;
    }

    /** @return the kind as a word for messages, such as {@code use case} */
    public String noun() {
        return noun;
    }
}
