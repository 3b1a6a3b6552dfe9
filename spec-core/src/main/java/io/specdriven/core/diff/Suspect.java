package io.specdriven.core.diff;

import static io.specdriven.core.internal.Checks.copy;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An element of the new spec that did not change itself but references, or is tied to, something that
 * did: someone should review it.
 *
 * <pre>{@code
 * for (Suspect s : diff.impact()) {
 *     for (Suspect.Cause c : s.causes()) {
 *         if (c.tie() == Suspect.Tie.REALIZES) reviewers.notify(s.element(), c.element());
 *     }
 * }
 * }</pre>
 *
 * @param element the element
 * @param causes why it is suspect, one per path that reached it; never empty
 * @since 0.1
 */
public record Suspect(ElementRef element, List<Cause> causes) {
    /**
     * Checks for nulls and copies the list.
     *
     * @param element the element
     * @param causes why it is suspect, one per path that reached it; never empty
     */
    public Suspect {
        requireNonNull(element, "element");
        causes = copy(causes, "causes");
    }

    /**
     * Returns why the element is suspect, as sentence fragments such as {@code realizes changed requirement
     * REQ-1}: each cause's {@link Cause#text()}.
     *
     * @return the reasons, in the order of {@link #causes()}
     */
    public List<String> reasons() {
        return causes.stream().map(Cause::text).toList();
    }

    /**
     * How a suspect is tied to the element that reached it.
     *
     * @since 0.1
     */
    public enum Tie {
        /** A criterion of a changed or suspect requirement. */
        CRITERION_OF,
        /** A use case that realizes a changed or suspect requirement. */
        REALIZES,
        /** A requirement that depends on, or is superseded by, a changed or suspect requirement. */
        DEPENDS_ON,
        /** A requirement realized by a changed or suspect use case. */
        REALIZED_BY,
        /** An entity used by a changed or suspect use case. */
        USED_BY,
        /** A use case that includes or extends a changed or suspect use case. */
        INCLUDES_OR_EXTENDS,
        /** A use case that uses a changed entity. */
        USES,
        /** An entity with a relationship to a changed entity. */
        RELATES_TO,
        /** A use case in which a changed actor takes part. */
        INVOLVES,
        /** A requirement one of whose acceptance criteria was added, removed, moved or changed. */
        CRITERION_CHANGED,
        /** An element that refers to a renamed element (the cause is the element under its new id). */
        REFERS_TO_RENAMED
    }

    /**
     * One reason an element is suspect: how it is tied to which element, and the same as a sentence fragment.
     *
     * @param tie how the suspect is tied to the cause
     * @param element the element that reached the suspect: the changed element, or a suspect one in between
     * @param text the reason as a sentence fragment, such as {@code realizes changed requirement REQ-1}
     * @since 0.1
     */
    public record Cause(Tie tie, ElementRef element, String text) {
        /**
         * Checks for nulls.
         *
         * @param tie how the suspect is tied to the cause
         * @param element the element that reached the suspect
         * @param text the reason as a sentence fragment
         */
        public Cause {
            requireNonNull(tie, "tie");
            requireNonNull(element, "element");
            requireNonNull(text, "text");
        }
    }
}
