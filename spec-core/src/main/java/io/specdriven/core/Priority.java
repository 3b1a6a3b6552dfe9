package io.specdriven.core;

/**
 * How much a requirement or story matters, in one of the schemes real catalogues use: MoSCoW (the
 * default, and the one the rules read: a {@link #WONT} requirement needs no use case), three levels
 * (High, Medium, Low) or a rank (P1 first; spec-kit ranks its user stories P1, P2, P3).
 *
 * <p>Every scheme is typed, so a misspelt value is refused where it stands, and none is mapped onto
 * another: a catalogue's {@code P2} stays {@code P2}, never a guessed {@code SHOULD}. {@link #scheme()}
 * tells the schemes apart.
 *
 * @since 0.1
 */
public enum Priority {
    /** Without it the release is not acceptable. */
    MUST(Scheme.MOSCOW),
    /** Important, but the release is acceptable without it. */
    SHOULD(Scheme.MOSCOW),
    /** Desirable; done if time allows. */
    COULD(Scheme.MOSCOW),
    /** Agreed not to be done in this release. */
    WONT(Scheme.MOSCOW),
    /** High, of three levels (since issue 9). */
    HIGH(Scheme.LEVEL),
    /** Medium, of three levels (since issue 9). */
    MEDIUM(Scheme.LEVEL),
    /** Low, of three levels (since issue 9). */
    LOW(Scheme.LEVEL),
    /** Rank 1, the first to be done (since issue 9). */
    P1(Scheme.RANK),
    /** Rank 2 (since issue 9). */
    P2(Scheme.RANK),
    /** Rank 3 (since issue 9). */
    P3(Scheme.RANK),
    /** Rank 4 (since issue 9). */
    P4(Scheme.RANK),
    /** Rank 5 (since issue 9). */
    P5(Scheme.RANK);

    /** The priority schemes. */
    public enum Scheme {
        /** Must, should, could, won't. */
        MOSCOW,
        /** High, medium, low. */
        LEVEL,
        /** P1, P2 … with P1 first. */
        RANK
    }

    private final Scheme scheme;

    Priority(Scheme scheme) {
        this.scheme = scheme;
    }

    /**
     * Returns the scheme this priority belongs to.
     *
     * @return its scheme
     */
    public Scheme scheme() {
        return scheme;
    }
}
