package io.specdriven.maven.internal;

import static io.specdriven.engine.TerminalText.safe;

import io.specdriven.core.source.SourceLocation;
import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.validation.Violation;
import io.specdriven.core.validation.WaivedViolation;
import io.specdriven.engine.CheckRun;
import io.specdriven.engine.SourceResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.logging.Log;

/**
 * A check run as Maven log lines: one line per finding at the finding's level (error, warning, info), with
 * the file and line, the rule, the element's path, the message and the hint; a score line per spec; a
 * closing line; and the sentence the build fails with. Text from spec files is made safe to print.
 */
public final class CheckLog {
    /** The most files the failure sentence names one by one. */
    static final int MAX_NAMED = 5;

    private CheckLog() {}

    /**
     * Logs every finding and score of a run, and the closing line; the goal logs the unreadable sources.
     *
     * @param run the run
     * @param settings the settings it ran with, for the closing line
     * @param log Maven's log
     */
    public static void log(CheckRun run, Settings settings, Log log) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        for (SourceResult result : run.results()) {
            if (result instanceof SourceResult.Checked checked) {
                ValidationReport report = checked.report();
                for (Violation v : report.violations()) {
                    String line = finding(checked, v);
                    switch (v.severity()) {
                        case ERROR -> log.error(line);
                        case WARNING -> log.warn(line);
                        default -> log.info(line);
                    }
                }
                for (WaivedViolation w : report.waived()) {
                    log.info(finding(checked, w.violation()) + " (waived: " + safe(w.waiver().reason()) + ")");
                }
                log.info(score(checked));
                errors += report.findings(Severity.ERROR).size();
                warnings += report.findings(Severity.WARNING).size();
                infos += report.findings(Severity.INFO).size();
            }
        }
        int unreadable = run.unreadable().size();
        log.info("spec check: " + plural(run.results().size(), "spec file") + ", " + plural(errors, "error") + ", "
                + plural(warnings, "warning") + ", " + infos + " info"
                + (unreadable > 0 ? ", " + unreadable + " could not be read" : "") + " (" + settings.describe() + ")");
    }

    /**
     * Returns the log line of one finding: {@code FILE:LINE:COLUMN: RULE PATH: MESSAGE (hint: HINT)}, the line
     * and column where the reader knows them, the path {@code (spec)} for the spec itself, and no hint when
     * the rule has none or the message already ends with it.
     *
     * @param checked the checked source
     * @param v the finding
     * @return the line
     */
    public static String finding(SourceResult.Checked checked, Violation v) {
        SourceLocation at = checked.read().locations().locate(v.path());
        String where = new SourceLocation(Optional.of(checked.name()), at.line(), at.column(), "").toString();
        String path = v.path().isRoot() ? "(spec)" : v.path().toString();
        String hint = v.hint().filter(h -> !v.message().endsWith(h)).map(h -> " (hint: " + h + ")").orElse("");
        return safe(where + ": " + v.ruleId() + " " + path + ": " + v.message() + hint);
    }

    private static String score(SourceResult.Checked checked) {
        ValidationReport report = checked.report();
        return safe(checked.name() + ": " + checked.spec().id().value() + " — " + checked.spec().title() + ": score "
                + report.score().total() + "/100 · " + plural(report.findings(Severity.ERROR).size(), "error") + ", "
                + plural(report.findings(Severity.WARNING).size(), "warning") + ", "
                + report.findings(Severity.INFO).size() + " info"
                + (report.waived().isEmpty() ? "" : ", " + report.waived().size() + " waived"));
    }

    /**
     * Returns the sentence the build fails with when findings reach the fail-on level, naming the files and
     * their counts at that level or above (the first {@value #MAX_NAMED}, then how many more).
     *
     * @param run the run
     * @param settings its settings
     * @return the sentence, or empty when no finding reaches the level
     */
    public static Optional<String> failure(CheckRun run, Settings settings) {
        Severity failOn = run.settings().failOn();
        List<String> files = new ArrayList<>();
        for (SourceResult.Checked checked : run.checked()) {
            if (checked.report().atLeast(failOn).isEmpty()) continue;
            int errors = checked.report().findings(Severity.ERROR).size();
            int warnings = checked.report().findings(Severity.WARNING).size();
            String counts = failOn == Severity.ERROR || warnings == 0 ? plural(errors, "error")
                    : errors == 0 ? plural(warnings, "warning")
                    : plural(errors, "error") + " and " + plural(warnings, "warning");
            files.add(safe(checked.name()) + " has " + counts);
        }
        if (files.isEmpty()) return Optional.empty();
        String named = String.join(", ", files.subList(0, Math.min(MAX_NAMED, files.size())))
                + (files.size() > MAX_NAMED ? " and " + (files.size() - MAX_NAMED) + " more files" : "");
        return Optional.of("spec check failed (" + settings.describe() + "): " + named + "; the findings are logged above");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
