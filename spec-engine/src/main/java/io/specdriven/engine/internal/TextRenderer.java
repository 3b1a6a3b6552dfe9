package io.specdriven.engine.internal;

import static io.specdriven.engine.TerminalText.safe;

import io.specdriven.core.validation.Score;
import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.validation.Violation;
import io.specdriven.core.validation.WaivedViolation;
import io.specdriven.engine.CheckRun;
import io.specdriven.engine.SourceResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A check run for people: per checked file its findings grouped by element, then its score; a closing
 * line when there were several sources. Unreadable sources are not shown here: adapters report their
 * one-line errors apart (the CLI on stderr). Text from files is made safe to print.
 */
public final class TextRenderer {
    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String RED = "\u001B[1;31m";
    private static final String YELLOW = "\u001B[33m";
    private static final String CYAN = "\u001B[36m";
    private static final String GREEN = "\u001B[32m";
    private static final String DIM = "\u001B[2m";

    private final StringBuilder out = new StringBuilder();
    private final boolean colour;

    private TextRenderer(boolean colour) {
        this.colour = colour;
    }

    /**
     * Renders a run.
     *
     * @param run the run
     * @param colour whether to use ANSI colours
     * @return the text
     */
    public static String render(CheckRun run, boolean colour) {
        TextRenderer text = new TextRenderer(colour);
        for (SourceResult r : run.results()) {
            if (r instanceof SourceResult.Checked c) text.file(c);
        }
        if (run.results().size() > 1) text.summary(run.results());
        return text.out.toString();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private void file(SourceResult.Checked checked) {
        ValidationReport report = checked.report();
        line(paint(BOLD, safe(checked.name())) + "  " + safe(checked.spec().id().value()) + " — "
                + safe(checked.spec().title()));
        for (Map.Entry<String, List<Violation>> group : byElement(report.violations()).entrySet()) {
            line("  " + safe(group.getKey()));
            for (Violation v : group.getValue()) finding(v, group.getKey(), null);
        }
        if (!report.waived().isEmpty()) {
            line("  waived");
            for (WaivedViolation w : report.waived()) finding(w.violation(), "", w.waiver().reason());
        }
        Score score = report.score();
        line("  " + score(report, score));
        if (score.total() < 100) {
            List<String> areas = new ArrayList<>();
            for (Score.AreaScore a : score.areas()) areas.add(a.area() + " " + a.points() + "/" + a.max());
            line("    " + safe(String.join(", ", areas)));
            // the explanation's lines, not the deductions alone: where an area fell to 0 a line gives back
            // what it could not lose, so the numbers add up to 100 - score
            score.explanation().lines().skip(1).map(String::strip).forEach(l -> line("    " + safe(l)));
        }
    }

    private void finding(Violation v, String element, String waiverReason) {
        String path = v.path().toString();
        String rest = path.length() > element.length() ? path.substring(element.length()) : "";
        if (rest.startsWith(".")) rest = rest.substring(1);
        String where = rest.isEmpty() ? "" : rest + ": ";
        line("    " + level(v.severity()) + "  " + safe(v.ruleId()) + "  " + safe(where + v.message()));
        // A hint the message already ends with says nothing new to a reader (the JSON report keeps it as `fix`).
        v.hint().filter(h -> !v.message().endsWith(h)).ifPresent(h -> line("      " + paint(DIM, "hint: " + safe(h))));
        if (waiverReason != null) line("      " + paint(DIM, "waived: " + safe(waiverReason)));
    }

    private String level(Severity severity) {
        String label = String.format("%-7s", severity.name().toLowerCase(Locale.ROOT));
        switch (severity) {
            case ERROR:
                return paint(RED, label);
            case WARNING:
                return paint(YELLOW, label);
            default:
                return paint(CYAN, label);
        }
    }

    private String score(ValidationReport report, Score score) {
        List<String> counts = new ArrayList<>();
        counts.add(plural(report.findings(Severity.ERROR).size(), "error"));
        counts.add(plural(report.findings(Severity.WARNING).size(), "warning"));
        counts.add(report.findings(Severity.INFO).size() + " info");
        if (!report.waived().isEmpty()) counts.add(report.waived().size() + " waived");
        String text = "score " + score.total() + "/100";
        return (score.total() == 100 ? paint(GREEN, text) : text) + " · " + String.join(", ", counts);
    }

    private void summary(List<SourceResult> results) {
        long errors = 0;
        long warnings = 0;
        long infos = 0;
        long refused = 0;
        for (SourceResult r : results) {
            if (r instanceof SourceResult.Checked c) {
                errors += c.report().findings(Severity.ERROR).size();
                warnings += c.report().findings(Severity.WARNING).size();
                infos += c.report().findings(Severity.INFO).size();
            } else {
                refused++;
            }
        }
        line(plural(results.size(), "file") + ": " + plural(errors, "error") + ", " + plural(warnings, "warning")
                + ", " + infos + " info" + (refused > 0 ? "; " + refused + " could not be read" : ""));
    }

    /**
     * Groups findings by the top-level element their path names (a requirement, use case, entity, actor:
     * the path up to its first ']'), in first-seen order; findings on the spec itself go under "spec".
     */
    static Map<String, List<Violation>> byElement(List<Violation> findings) {
        Map<String, List<Violation>> groups = new LinkedHashMap<>();
        for (Violation v : findings) groups.computeIfAbsent(element(v.path().toString()), k -> new ArrayList<>()).add(v);
        return groups;
    }

    static String element(String path) {
        int end = path.indexOf(']');
        if (end >= 0) return path.substring(0, end + 1);
        return path.isEmpty() ? "spec" : path;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}
