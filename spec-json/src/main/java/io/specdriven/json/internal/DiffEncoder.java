package io.specdriven.json.internal;

import io.specdriven.core.diff.Change;
import io.specdriven.core.diff.ChangeKind;
import io.specdriven.core.diff.ElementRef;
import io.specdriven.core.diff.FieldChange;
import io.specdriven.core.diff.SpecDiff;
import io.specdriven.core.diff.Suspect;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a {@link SpecDiff} for tools (diffFormat 1, see docs/format.md): the verdict, counts, every
 * change with its element and changed fields (old and new values in the diff's canonical text form), and
 * the suspect elements with their reasons. Everything is in the diff's own order, so equal diffs give
 * equal bytes.
 */
public final class DiffEncoder {
    /** The diff format version. */
    public static final int FORMAT = 1;

    private final JsonGenerator g;
    private final ToolWriter w;

    /**
     * Creates an encoder.
     *
     * @param generator where to write
     */
    public DiffEncoder(JsonGenerator generator) {
        this.g = generator;
        this.w = new ToolWriter(generator);
    }

    /**
     * Writes a diff as one object.
     *
     * @param diff the diff
     */
    public void diff(SpecDiff diff) {
        g.writeStartObject();
        w.number("diffFormat", FORMAT);
        w.bool("equal", diff.isEmpty());
        w.object("counts", () -> {
            // One count per kind, in the enum's order, named as the kinds are in the format ("added", ...).
            for (ChangeKind kind : ChangeKind.values()) w.number(kind.label(), diff.changes(kind).size());
            w.number("suspect", diff.impact().size());
        });
        w.objects("changes", diff.changes(), this::change);
        w.objects("impact", diff.impact(), (Suspect s) -> {
            element(s.element());
            w.texts("reasons", s.reasons());
        });
        g.writeEndObject();
    }

    private void change(Change c) {
        w.text("change", c.kind().name());
        element(c.element());
        c.previousId().ifPresent(id -> w.text("previousId", id.value()));
        w.objects("fields", c.fields(), (FieldChange f) -> {
            w.text("field", f.field());
            f.oldValue().ifPresent(v -> w.text("oldValue", v));
            f.newValue().ifPresent(v -> w.text("newValue", v));
        });
    }

    /** The element as two flat fields, so that a change and a suspect name elements alike. */
    private void element(ElementRef ref) {
        w.text("kind", ref.kind().name());
        w.text("id", ref.id().value());
    }
}
