package io.specdriven.core.diff;

import static io.specdriven.core.internal.view.Markdown.header;
import static io.specdriven.core.internal.view.Markdown.inline;
import static io.specdriven.core.internal.view.Markdown.row;
import static java.util.Objects.requireNonNull;

import io.specdriven.core.Spec;
import io.specdriven.core.internal.diff.Canonical;
import io.specdriven.core.internal.diff.Differ;
import java.util.List;
import java.util.Optional;

/**
 * What changed between two versions of a spec, and what else the change touches.
 *
 * <pre>{@code
 * SpecDiff diff = SpecDiff.between(v1, v2);
 * if (!diff.isEmpty()) {
 *     System.out.print(diff.toText());
 *     diff.impact().forEach(s -> reviewQueue.add(s.element()));
 * }
 * }</pre>
 *
 * <p><b>Changes.</b> Actors, requirements, acceptance criteria, use cases and entities are matched by id
 * (an entity by name); the spec's own fields (title, summary, glossary, ...) form one more element. An
 * element only in the new version is {@link ChangeKind#ADDED added}, only in the old one
 * {@link ChangeKind#REMOVED removed}; when an added and a removed element of the same kind have the same
 * content, it was {@link ChangeKind#RENAMED renamed}. An element present in both is
 * {@link ChangeKind#CHANGED changed} if any field differs (the fields are listed, old → new, in the
 * canonical form {@link Fingerprint} hashes), and {@link ChangeKind#MOVED moved} if it left its place
 * relative to the others in its list (or, for a criterion, its requirement). Moves are found as the
 * complement of a longest run of elements that kept their order, so inserting one element moves nothing.
 *
 * <p><b>Impact.</b> Every element of the new version that references, transitively, an element whose
 * meaning changed (or that was removed or renamed) is {@linkplain #impact() suspect}: a changed
 * requirement marks its criteria, the use cases that realize it and the entities they use, and the
 * requirements that depend on it, and so on down; a changed entity marks the use cases that use it and
 * their requirements, and the entities with a relationship to it, but those entities, whose content
 * did not change, mark nothing further; a changed use case marks its entities
 * and requirements; a changed criterion marks its requirement and what realizes that. Changes to a
 * requirement's status or to waivers are listed but impact nothing.
 *
 * <p>Elements are assumed to have unique ids (the validator reports duplicates): for a duplicate id, the
 * first occurrence is compared and later ones are ignored. The diff takes time linear in the size of the
 * specs: it indexes by id and never compares all pairs. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SpecDiff {
    private final List<Change> changes;
    private final List<Suspect> impact;

    private SpecDiff(List<Change> changes, List<Suspect> impact) {
        this.changes = changes;
        this.impact = impact;
    }

    /**
     * Compares two versions of a spec.
     *
     * @param oldSpec the earlier version
     * @param newSpec the later version
     * @return the diff, with its impact
     * @since 0.1
     */
    public static SpecDiff between(Spec oldSpec, Spec newSpec) {
        Differ.Result result = Differ.diff(requireNonNull(oldSpec, "oldSpec"), requireNonNull(newSpec, "newSpec"));
        return new SpecDiff(result.changes(), result.impact());
    }

    /**
     * Returns the changes: the spec's own fields first, then actors, requirements, criteria, use cases
     * and entities; within a kind, in the new version's order, removed elements last in the old order.
     *
     * @return the changes; empty if the versions are equal
     */
    public List<Change> changes() {
        return changes;
    }

    /**
     * Returns the changes of one kind.
     *
     * @param kind the kind of change
     * @return those changes, in {@link #changes()} order
     */
    public List<Change> changes(ChangeKind kind) {
        requireNonNull(kind, "kind");
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /**
     * Returns the elements to review because of the changes, ordered by kind and then by their place in
     * the new version. Elements that are themselves added, changed or renamed are not repeated here.
     *
     * @return the suspect elements, each with its reasons
     */
    public List<Suspect> impact() {
        return impact;
    }

    /**
     * Tells whether the two versions are equal.
     *
     * @return whether there are no changes
     */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * Renders the diff as plain text for a terminal: one line per change, its fields indented below it,
     * then the suspect elements with their reasons. Text values are quoted, with line breaks as
     * {@code \n}; lists ({@code [A, B]}, {@code ["a", "b"]}), numbers and flags are shown as they are.
     *
     * @return the text, ending with a line break
     */
    public String toText() {
        if (isEmpty()) return "No changes.\n";
        StringBuilder out = new StringBuilder(summary()).append("\n\n");
        for (Change c : changes) {
            out.append(String.format("%-8s %s", c.kind().label(), c.element()));
            c.previousId().ifPresent(p -> out.append(" (was ").append(p).append(')'));
            out.append('\n');
            if (c.kind() == ChangeKind.RENAMED) continue;
            for (FieldChange f : c.fields()) {
                boolean text = Canonical.isText(f.field());
                out.append("           ").append(f.field()).append(": ").append(value(f.oldValue(), text))
                        .append(" → ").append(value(f.newValue(), text)).append('\n');
            }
        }
        if (!impact.isEmpty()) {
            out.append("\nSuspect, to review:\n");
            for (Suspect s : impact) {
                out.append("  ").append(s.element()).append('\n');
                s.reasons().forEach(r -> out.append("      ").append(r).append('\n'));
            }
        }
        return out.toString();
    }

    /**
     * Renders the diff as GitHub-flavoured Markdown: a table of changes with one row per changed field,
     * then a table of suspect elements. Text is escaped so that no value breaks a table.
     *
     * @return the Markdown, ending with a line break
     */
    public String toMarkdown() {
        if (isEmpty()) return "No changes.\n";
        StringBuilder out = new StringBuilder("**").append(summary()).append("**\n\n");
        out.append(header("Change", "Element", "Field", "Old", "New"));
        for (Change c : changes) {
            String element = inline(c.element().toString());
            if (c.fields().isEmpty()) {
                out.append(row(c.kind().label(), element, "—", "—", "—"));
            }
            for (FieldChange f : c.fields()) {
                out.append(row(c.kind().label(), element, inline(f.field()), cell(f.oldValue()), cell(f.newValue())));
            }
        }
        if (!impact.isEmpty()) {
            out.append("\n**Suspect, to review**\n\n").append(header("Element", "Why"));
            for (Suspect s : impact) {
                out.append(row(inline(s.element().toString()), inline(String.join("; ", s.reasons()))));
            }
        }
        return out.toString();
    }

    private String summary() {
        return changes.size() + (changes.size() == 1 ? " change, " : " changes, ") + impact.size()
                + (impact.size() == 1 ? " suspect element" : " suspect elements");
    }

    /**
     * Text quoted, with {@code \} and {@code "} escaped; lists, numbers and flags as they are (a list
     * already quotes and escapes its texts). Line breaks become {@code \n}, so a value keeps to its line.
     */
    private static String value(Optional<String> value, boolean text) {
        return value.map(v -> text ? '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"' : v)
                .map(v -> v.replace("\r", "\\r").replace("\n", "\\n"))
                .orElse("(none)");
    }

    private static String cell(Optional<String> value) {
        return value.map(v -> v.isEmpty() ? "\"\"" : inline(v)).orElse("—");
    }

    /**
     * Returns a one-line summary, for logs.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "SpecDiff[" + summary() + "]";
    }
}
