package io.specdriven.core.diff;

import java.util.Locale;

/**
 * How an element changed between two versions of a spec.
 *
 * @since 0.1
 */
public enum ChangeKind {
    /** Only in the new version. */
    ADDED,
    /** Only in the old version. */
    REMOVED,
    /** In both, with different content; {@link Change#fields()} lists what changed. */
    CHANGED,
    /**
     * In both, at another place in its list (or, for a criterion, under another requirement); content
     * may have changed as well, which is a separate {@link #CHANGED} entry.
     */
    MOVED,
    /** Its id changed and its content did not: an old element with the same content is gone. */
    RENAMED;

    /**
     * Returns the kind as a lower-case word.
     *
     * @return the label
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
