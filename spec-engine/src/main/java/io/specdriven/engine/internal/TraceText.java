package io.specdriven.engine.internal;

import io.specdriven.core.Id;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.trace.RequirementTrace;
import io.specdriven.core.trace.Traceability;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The traceability matrix as text for a terminal, laid out like {@code check}'s report: the file and
 * spec on the first line, then each requirement with its criteria, use cases and entities, then the
 * orphans. The library offers Markdown and JSON; a terminal wants neither.
 */
public final class TraceText {
    private TraceText() {}

    public static String render(String file, Spec spec, Traceability trace) {
        Map<Id, String> titles = new HashMap<>();
        for (Requirement r : spec.requirements()) titles.putIfAbsent(r.id(), r.title().orElse(""));
        StringBuilder out = new StringBuilder();
        out.append(file).append("  ").append(spec.id()).append(" — ").append(oneLine(spec.title())).append('\n');
        if (trace.requirements().isEmpty()) out.append("  no requirements\n");
        for (RequirementTrace r : trace.requirements()) {
            out.append("  ").append(r.requirement()).append("  ").append(oneLine(titles.get(r.requirement())))
                    .append('\n');
            line(out, "    criteria   ", r.criteria());
            line(out, "    use cases  ", r.useCases());
            line(out, "    entities   ", r.entities());
        }
        if (!trace.hasOrphans()) {
            out.append("  no orphans\n");
            return out.toString();
        }
        out.append("  orphans\n");
        orphans(out, "requirements without acceptance criteria", trace.requirementsWithoutCriteria());
        orphans(out, "requirements no use case realizes", trace.requirementsWithoutUseCases());
        orphans(out, "use cases that realize no requirement", trace.useCasesWithoutRequirements());
        orphans(out, "entities no use case uses", trace.entitiesWithoutUseCases());
        return out.toString();
    }

    private static void line(StringBuilder out, String label, List<Id> ids) {
        out.append(label).append(ids.isEmpty() ? "—" : join(ids)).append('\n');
    }

    private static void orphans(StringBuilder out, String label, List<Id> ids) {
        if (!ids.isEmpty()) out.append("    ").append(label).append(": ").append(join(ids)).append('\n');
    }

    private static String join(List<Id> ids) {
        StringBuilder joined = new StringBuilder();
        for (Id id : ids) joined.append(joined.length() == 0 ? "" : ", ").append(id.value());
        return joined.toString();
    }

    /** A title is one line here; the tool escapes what is left (control characters) when it prints. */
    private static String oneLine(String text) {
        return text == null ? "" : text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
