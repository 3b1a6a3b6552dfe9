package io.specdriven.core;

/**
 * How much a requirement matters, in MoSCoW terms.
 *
 * @since 0.1
 */
public enum Priority {
    /** Without it the release is not acceptable. */
    MUST,
    /** Important, but the release is acceptable without it. */
    SHOULD,
    /** Desirable; done if time allows. */
    COULD,
    /** Agreed not to be done in this release. */
    WONT
}
