package io.specdriven.core.diff;

import static io.specdriven.core.internal.Checks.copy;
import static java.util.Objects.requireNonNull;

import io.specdriven.core.Id;
import java.util.List;
import java.util.Optional;

/**
 * One change between two versions of a spec.
 *
 * @param kind added, removed, changed, moved or renamed
 * @param element the element, by its id in the new version (in the old one, if removed)
 * @param previousId the old id, for a renamed element
 * @param fields what changed: the changed fields for {@link ChangeKind#CHANGED}, {@code position} (and
 *     {@code requirement}, for a criterion) for {@link ChangeKind#MOVED}, {@code id} for
 *     {@link ChangeKind#RENAMED}, and nothing for added and removed elements
 * @since 0.1
 */
public record Change(ChangeKind kind, ElementRef element, Optional<Id> previousId, List<FieldChange> fields) {
    /**
     * Checks for nulls and copies the list.
     *
     * @param kind added, removed, changed, moved or renamed
     * @param element the element, by its id in the new version (in the old one, if removed)
     * @param previousId the old id, for a renamed element
     * @param fields what changed: the changed fields for {@link ChangeKind#CHANGED}, {@code position}
     *     (and {@code requirement}, for a criterion) for {@link ChangeKind#MOVED}, {@code id} for
     *     {@link ChangeKind#RENAMED}, and nothing for added and removed elements
     */
    public Change {
        requireNonNull(kind, "kind");
        requireNonNull(element, "element");
        requireNonNull(previousId, "previousId");
        fields = copy(fields, "fields");
    }
}
