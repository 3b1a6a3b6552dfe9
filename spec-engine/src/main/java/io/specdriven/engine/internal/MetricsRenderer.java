package io.specdriven.engine.internal;

import io.specdriven.core.verify.AcceptanceMetrics;
import io.specdriven.core.verify.MetricSummary;
import io.specdriven.core.verify.TrendPoint;
import io.specdriven.engine.MetricsResult;
import io.specdriven.engine.TerminalText;
import java.util.Locale;
import java.util.OptionalDouble;

/** {@code spec metrics} as text and JSON. The trend lists at most the last {@link #TREND} runs in text. */
public final class MetricsRenderer {
    /** The most runs the text trend shows. */
    static final int TREND = 20;

    private MetricsRenderer() {}

    public static String text(MetricsResult result) {
        AcceptanceMetrics m = result.metrics();
        StringBuilder out = new StringBuilder();
        out.append(result.history().runs().get(0).specId()).append(": ").append(result.history().runs().size())
                .append(result.history().runs().size() == 1 ? " run" : " runs").append('\n');
        int width = "overall".length();
        for (MetricSummary v : m.versions()) width = Math.max(width, label(v).length());
        for (MetricSummary v : m.versions()) out.append(line(label(v), v, width)).append('\n');
        out.append(line("overall", m.overall(), width)).append('\n');
        int from = Math.max(0, m.trend().size() - TREND);
        StringBuilder trend = new StringBuilder("trend (acceptance / coverage per run");
        trend.append(from > 0 ? ", last " + TREND + "):" : "):");
        for (TrendPoint p : m.trend().subList(from, m.trend().size())) {
            trend.append(' ').append(percent(p.passed(), p.criteria())).append('/').append(percent(p.tested(), p.criteria()));
        }
        out.append(trend).append('\n');
        return TerminalText.safeLines(out.toString());
    }

    private static String label(MetricSummary s) {
        return s.specVersion().map(v -> "version " + v).orElse("unversioned");
    }

    private static String line(String name, MetricSummary s, int width) {
        StringBuilder l = new StringBuilder(name).append(" ".repeat(width - name.length())).append("  ")
                .append(s.runs()).append(s.runs() == 1 ? " run" : " runs")
                .append(" · first-pass acceptance ").append(s.firstPass()).append('/').append(s.verified());
        if (s.verified() > 0) l.append(" (").append(percent(s.firstPass(), s.verified())).append(')');
        if (s.introduced() > s.verified()) l.append(", ").append(s.introduced() - s.verified()).append(" never verified");
        l.append(" · iteration cycles median ").append(cycles(s.medianCycles())).append(", max ")
                .append(s.maxCycles().isPresent() ? String.valueOf(s.maxCycles().getAsInt()) : "-");
        TrendPoint last = s.last();
        l.append(" · acceptance ").append(percent(last.passed(), last.criteria()))
                .append(" · coverage ").append(percent(last.tested(), last.criteria()));
        if (last.score().isPresent()) l.append(" · score ").append(last.score().getAsInt());
        return l.toString();
    }

    public static String json(MetricsResult result) {
        AcceptanceMetrics m = result.metrics();
        Json json = new Json().beginObject().name("metricsFormat").value(1)
                .name("spec").value(result.history().runs().get(0).specId().value())
                .name("runs").value(result.history().runs().size()).name("overall");
        summary(json, m.overall());
        json.name("versions").beginArray();
        for (MetricSummary v : m.versions()) summary(json, v);
        json.endArray().name("trend").beginArray();
        for (TrendPoint p : m.trend()) point(json, p);
        return json.endArray().endObject() + "\n";
    }

    private static void summary(Json json, MetricSummary s) {
        json.beginObject();
        if (s.specVersion().isPresent()) json.name("specVersion").value(s.specVersion().get());
        json.name("runs").value(s.runs()).name("introduced").value(s.introduced()).name("verified").value(s.verified())
                .name("firstPass").value(s.firstPass());
        if (s.firstPassRate().isPresent()) json.name("firstPassRate").value(s.firstPassRate().getAsDouble());
        if (s.medianCycles().isPresent()) json.name("medianCycles").value(s.medianCycles().getAsDouble());
        if (s.maxCycles().isPresent()) json.name("maxCycles").value(s.maxCycles().getAsInt());
        json.name("last");
        point(json, s.last());
        json.endObject();
    }

    private static void point(Json json, TrendPoint p) {
        json.beginObject().name("time").value(p.time().toString());
        if (p.specVersion().isPresent()) json.name("specVersion").value(p.specVersion().get());
        json.name("criteria").value(p.criteria()).name("passed").value(p.passed()).name("tested").value(p.tested());
        if (p.score().isPresent()) json.name("score").value(p.score().getAsInt());
        json.endObject();
    }

    static String percent(int part, int whole) {
        return (whole == 0 ? 100 : (int) (100L * part / whole)) + "%";
    }

    static String cycles(OptionalDouble median) {
        if (median.isEmpty()) return "-";
        double d = median.getAsDouble();
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }
}
