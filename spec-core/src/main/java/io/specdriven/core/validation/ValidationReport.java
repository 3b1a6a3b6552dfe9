package io.specdriven.core.validation;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The immutable result of validating a spec: every finding at once, in a deterministic order (by path,
 * then rule id), so that two reports of the same spec are equal and diff cleanly.
 *
 * <pre>{@code
 * ValidationReport report = SpecValidator.standard().validate(spec);
 * if (!report.isValid()) report.errors().forEach(System.out::println);
 * report.orThrow(); // or fail fast
 * report.score();    // 0–100, by area, with the findings that cost points
 * }</pre>
 *
 * @param violations the findings that stand, sorted
 * @param waived the findings accepted by a waiver, sorted by finding
 * @param rules the ids of the rules that ran, in the order they ran
 * @since 0.1
 */
public record ValidationReport(List<Violation> violations, List<WaivedViolation> waived, List<String> rules) {
    /** How many errors {@link #orThrow()} lists in its message before counting the rest. */
    public static final int LISTED_IN_EXCEPTION = 20;

    /**
     * Checks for nulls, copies the lists and sorts the findings.
     *
     * @param violations the findings that stand, sorted
     * @param waived the findings accepted by a waiver, sorted by finding
     * @param rules the ids of the rules that ran, in the order they ran
     */
    public ValidationReport {
        violations = sorted(Checks.copy(violations, "violations"));
        List<WaivedViolation> w = new ArrayList<>(Checks.copy(waived, "waived"));
        w.sort((a, b) -> a.violation().compareTo(b.violation()));
        waived = List.copyOf(w);
        rules = Checks.copy(rules, "rules");
    }

    private static List<Violation> sorted(List<Violation> list) {
        List<Violation> copy = new ArrayList<>(list);
        copy.sort(null);
        return List.copyOf(copy);
    }

    /**
     * Tells whether the spec has no errors (warnings and infos do not count; waived findings neither).
     *
     * @return whether no finding has {@link Severity#ERROR}
     */
    public boolean isValid() {
        return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
    }

    /**
     * Returns the findings of exactly one severity.
     *
     * @param severity the severity
     * @return those findings, in report order
     */
    public List<Violation> findings(Severity severity) {
        requireNonNull(severity, "severity");
        return violations.stream().filter(v -> v.severity() == severity).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the findings at or above a severity.
     *
     * @param severity the least severity to include
     * @return those findings, in report order
     */
    public List<Violation> atLeast(Severity severity) {
        requireNonNull(severity, "severity");
        return violations.stream().filter(v -> v.severity().atLeast(severity))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the errors.
     *
     * @return the findings with {@link Severity#ERROR}
     */
    public List<Violation> errors() {
        return findings(Severity.ERROR);
    }

    /**
     * Returns the warnings.
     *
     * @return the findings with {@link Severity#WARNING}
     */
    public List<Violation> warnings() {
        return findings(Severity.WARNING);
    }

    /**
     * Returns this report if the spec is valid, or throws.
     *
     * @return this report
     * @throws SpecValidationException carrying this report, if it has errors; its message lists the first
     *     {@value #LISTED_IN_EXCEPTION} errors and counts the rest
     */
    public ValidationReport orThrow() {
        if (!isValid()) {
            throw new SpecValidationException(this);
        }
        return this;
    }

    /**
     * Returns the findings most severe first: errors, then warnings, then infos, each in report order. A
     * short, prioritised list for a person: what to fix first.
     *
     * @return the findings by severity
     */
    public List<Violation> bySeverity() {
        List<Violation> out = new ArrayList<>(violations.size());
        for (Severity s : Severity.values()) out.addAll(findings(s));
        return List.copyOf(out);
    }

    /**
     * Scores the spec from 0 to 100 by the findings that stand, with a breakdown by area and the
     * findings that cost points; see {@link Score} for the formula. Waived findings cost nothing.
     *
     * @return the score, computed on each call from this report's findings
     */
    public Score score() {
        return Score.of(violations);
    }

    /** Returns a one-line count and the score, followed by one line per finding and per waived finding. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(summary()).append("; ").append(score());
        violations.forEach(v -> out.append('\n').append(v));
        waived.forEach(w -> out.append('\n').append(w));
        return out.toString();
    }

    /**
     * Returns a one-line count, such as {@code 2 errors, 1 warning, 0 info, 1 waived} ("info" does not take a plural).
     *
     * @return the summary
     */
    public String summary() {
        return count(errors().size(), "error") + ", " + count(findings(Severity.WARNING).size(), "warning") + ", "
                + findings(Severity.INFO).size() + " info" + ", " + waived.size() + " waived";
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
