package io.specdriven.json.internal;

import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.validation.Violation;
import io.specdriven.core.validation.WaivedViolation;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a {@link ValidationReport} for tools (reportFormat 1, see docs/format.md): the verdict, counts,
 * every finding with rule id, severity, path, message and hint, the waived findings with their reasons,
 * and the rules that ran. The report sorts its findings, so equal reports give equal bytes.
 */
public final class ReportEncoder {
    /** The report format version. */
    public static final int FORMAT = 1;

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
     */
    public void report(ValidationReport report) {
        g.writeStartObject();
        w.number("reportFormat", FORMAT);
        w.bool("valid", report.isValid());
        w.object("counts", () -> {
            w.number("errors", report.findings(Severity.ERROR).size());
            w.number("warnings", report.findings(Severity.WARNING).size());
            w.number("infos", report.findings(Severity.INFO).size());
            w.number("waived", report.waived().size());
        });
        w.objects("violations", report.violations(), this::violation);
        w.objects("waived", report.waived(), (WaivedViolation v) -> {
            violation(v.violation());
            w.text("waivedAt", v.waivedAt().toString());
            w.text("reason", v.waiver().reason());
        });
        w.texts("rules", report.rules());
        g.writeEndObject();
    }

    private void violation(Violation v) {
        w.text("ruleId", v.ruleId());
        w.text("severity", v.severity().name());
        w.text("path", v.path().toString());
        w.text("message", v.message());
        v.hint().ifPresent(h -> w.text("hint", h));
    }
}
