package io.specdriven.core.diff;

import static io.specdriven.core.internal.Checks.copy;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An element of the new spec that did not change itself but references, or is tied to, something that
 * did: someone should review it.
 *
 * @param element the element
 * @param reasons why it is suspect, one sentence fragment per path that reached it, such as
 *     {@code realizes changed requirement REQ-1}; never empty
 * @since 0.1
 */
public record Suspect(ElementRef element, List<String> reasons) {
    /**
     * Checks for nulls and copies the list.
     *
     * @param element the element
     * @param reasons why it is suspect, one sentence fragment per path that reached it, such as {@code realizes changed requirement REQ-1}; never empty
     */
    public Suspect {
        requireNonNull(element, "element");
        reasons = copy(reasons, "reasons");
    }
}
