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

    /**
     * Creates an encoder.
     *
     * @param generator where to write
     */
    public ReportEncoder(JsonGenerator generator) {
        this.g = generator;
    }

    /**
     * Writes a report as one object.
     *
     * @param report the report
     */
    public void report(ValidationReport report) {
        g.writeStartObject();
        g.writeName("reportFormat");
        g.writeNumber(FORMAT);
        g.writeName("valid");
        g.writeBoolean(report.isValid());
        g.writeName("counts");
        g.writeStartObject();
        count("errors", report.findings(Severity.ERROR).size());
        count("warnings", report.findings(Severity.WARNING).size());
        count("infos", report.findings(Severity.INFO).size());
        count("waived", report.waived().size());
        g.writeEndObject();
        if (!report.violations().isEmpty()) {
            g.writeName("violations");
            g.writeStartArray();
            for (Violation v : report.violations()) {
                g.writeStartObject();
                violation(v);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!report.waived().isEmpty()) {
            g.writeName("waived");
            g.writeStartArray();
            for (WaivedViolation w : report.waived()) {
                g.writeStartObject();
                violation(w.violation());
                text("waivedAt", w.waivedAt().toString());
                text("reason", w.waiver().reason());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!report.rules().isEmpty()) {
            g.writeName("rules");
            g.writeStartArray();
            for (String rule : report.rules()) g.writeString(safe(rule));
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void violation(Violation v) {
        text("ruleId", v.ruleId());
        text("severity", v.severity().name());
        text("path", v.path().toString());
        text("message", v.message());
        v.hint().ifPresent(h -> text("hint", h));
    }

    private void count(String name, int value) {
        g.writeName(name);
        g.writeNumber(value);
    }

    private void text(String name, String value) {
        g.writeName(name);
        g.writeString(safe(value));
    }

    /**
     * A report quotes user text (ids, titles) that may hold an unpaired surrogate; a report must still be
     * written, so such a character becomes U+FFFD, as a UTF-8 encoder would do, instead of failing.
     */
    private static String safe(String s) {
        if (Text.unpairedSurrogate(s) < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
