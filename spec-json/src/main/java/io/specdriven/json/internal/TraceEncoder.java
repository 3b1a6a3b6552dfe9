package io.specdriven.json.internal;

import io.specdriven.core.Id;
import io.specdriven.core.trace.RequirementTrace;
import io.specdriven.core.trace.Traceability;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a {@link Traceability} for tools (traceFormat 1, see docs/format.md): the matrix, the same links
 * read backwards, and the orphans. Everything is in the order the matrix gives, so equal specs give
 * equal bytes.
 */
public final class TraceEncoder {
    /** The trace format version. */
    public static final int FORMAT = 1;

    private final JsonGenerator g;
    private final ToolWriter w;

    /**
     * Creates an encoder.
     *
     * @param generator where to write
     */
    public TraceEncoder(JsonGenerator generator) {
        this.g = generator;
        this.w = new ToolWriter(generator);
    }

    /**
     * Writes a traceability matrix as one object.
     *
     * @param trace the matrix
     */
    public void trace(Traceability trace) {
        g.writeStartObject();
        w.number("traceFormat", FORMAT);
        w.bool("complete", !trace.hasOrphans());
        w.objects("requirements", trace.requirements(), (RequirementTrace r) -> {
            w.text("id", r.requirement().value());
            w.ids("criteria", r.criteria());
            w.ids("useCases", r.useCases());
            w.ids("entities", r.entities());
        });
        // The reverse view covers what the matrix traces: Traceability does not list a spec's use cases
        // and entities, and what it leaves out (untraced ones) is in the orphan lists or realizes nothing.
        Set<Id> useCases = new LinkedHashSet<>();
        Set<Id> entities = new LinkedHashSet<>();
        for (RequirementTrace r : trace.requirements()) {
            useCases.addAll(r.useCases());
            entities.addAll(r.entities());
        }
        w.objects("useCases", new ArrayList<>(useCases), (Id u) -> {
            w.text("id", u.value());
            w.ids("requirements", trace.requirementsOfUseCase(u));
        });
        w.objects("entities", new ArrayList<>(entities), (Id e) -> {
            w.text("name", e.value());
            w.ids("useCases", trace.useCasesOfEntity(e));
            w.ids("requirements", trace.requirementsOfEntity(e));
        });
        if (trace.hasOrphans()) {
            w.object("orphans", () -> {
                w.ids("requirementsWithoutCriteria", trace.requirementsWithoutCriteria());
                w.ids("requirementsWithoutUseCases", trace.requirementsWithoutUseCases());
                w.ids("useCasesWithoutRequirements", trace.useCasesWithoutRequirements());
                w.ids("entitiesWithoutUseCases", trace.entitiesWithoutUseCases());
            });
        }
        g.writeEndObject();
    }
}
