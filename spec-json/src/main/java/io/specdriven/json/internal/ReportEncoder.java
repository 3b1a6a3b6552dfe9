package io.specdriven.json.internal;

import io.specdriven.core.source.SourceLocation;
import io.specdriven.core.source.SourceMap;
import io.specdriven.core.validation.ElementPath;
import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.validation.Violation;
import io.specdriven.core.validation.WaivedViolation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a {@link ValidationReport} for tools and agents (reportFormat 2, see docs/format.md): the verdict,
 * score and counts, every finding with {@code rule}, {@code severity}, {@code message}, {@code element},
 * {@code path}, {@code fix} and, where the reader knew it, {@code file} and {@code line}; the waived
 * findings with their reasons, and the rules that ran. The report sorts its findings, so equal reports
 * give equal bytes. The {@code spec check --format json} run embeds this same object once per file.
 */
public final class ReportEncoder {
    /** The report format version. */
    public static final int FORMAT = 2;

    /** The lists whose keys are element ids (or names) a user can look up. */
    private static final Set<String> ELEMENT_LISTS = Set.of("requirements", "criteria", "useCases", "flows", "actors",
            "entities", "glossary", "businessRules", "userStories");

    private final JsonGenerator g;
    private final ToolWriter w;

    /**
     * Creates an encoder.
     *
     * @param generator where to write
     */
    public ReportEncoder(JsonGenerator generator) {
        this.g = generator;
        this.w = new ToolWriter(generator);
    }

    /**
     * Writes a report as one object.
     *
     * @param report the report
     * @param locations where the findings' elements stand, or {@link SourceMap#empty()}
     */
    public void report(ValidationReport report, SourceMap locations) {
        g.writeStartObject();
        w.number("reportFormat", FORMAT);
        w.bool("valid", report.isValid());
        w.number("score", report.score().total());
        w.object("counts", () -> {
            w.number("errors", report.findings(Severity.ERROR).size());
            w.number("warnings", report.findings(Severity.WARNING).size());
            w.number("infos", report.findings(Severity.INFO).size());
            w.number("waived", report.waived().size());
        });
        w.objects("findings", report.violations(), v -> finding(v, locations));
        w.objects("waived", report.waived(), (WaivedViolation v) -> {
            finding(v.violation(), locations);
            w.text("waivedAt", v.waivedAt().toString());
            w.text("reason", v.waiver().reason());
        });
        w.texts("rules", report.rules());
        g.writeEndObject();
    }

    private void finding(Violation v, SourceMap locations) {
        w.text("rule", v.ruleId());
        w.text("severity", v.severity().name());
        w.text("message", v.message());
        element(v.path()).ifPresent(e -> w.text("element", e));
        w.text("path", v.path().toString());
        v.hint().ifPresent(h -> w.text("fix", h));
        SourceLocation at = locations.locate(v.path());
        at.file().ifPresent(f -> w.text("file", f));
        if (at.hasLine()) {
            w.number("line", at.line());
            if (at.column() > 0) w.number("column", at.column());
        }
    }

    /** The id of the innermost element on the path: {@code AC-2} for {@code requirements[REQ-1].criteria[AC-2].then}. */
    static Optional<String> element(ElementPath path) {
        List<ElementPath.Segment> segments = path.segments();
        for (int i = segments.size() - 1; i >= 0; i--) {
            ElementPath.Segment s = segments.get(i);
            if (s.key().isPresent() && ELEMENT_LISTS.contains(s.name())) return s.key();
        }
        return Optional.empty();
    }
}
