package io.specdriven.testkit;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.Violation;
import java.util.Comparator;

/**
 * One finding a correct checker must report on a generated spec: its rule id, severity (under the
 * standard profile) and element path in text form.
 *
 * @param ruleId the rule id, such as {@code ref.unresolved}
 * @param severity the severity under the standard profile
 * @param path the element path, such as {@code useCases[UC-00007].realizes[REQ-MISSING-1]}
 */
public record ExpectedFinding(String ruleId, Severity severity, String path) implements Comparable<ExpectedFinding> {
    private static final Comparator<ExpectedFinding> ORDER = Comparator.comparing(ExpectedFinding::path)
            .thenComparing(ExpectedFinding::ruleId).thenComparing(ExpectedFinding::severity);

    /**
     * Checks for nulls and for a rule id or path that would not survive the manifest's line format.
     *
     * @param ruleId the rule id
     * @param severity the severity
     * @param path the element path
     */
    public ExpectedFinding {
        requireNonNull(ruleId, "ruleId");
        requireNonNull(severity, "severity");
        requireNonNull(path, "path");
        if (ruleId.isBlank() || ruleId.indexOf('\t') >= 0 || ruleId.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("invalid rule id '" + ruleId + "'");
        }
        if (path.indexOf('\t') >= 0 || path.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a path in a manifest holds no tab or line break: '" + path + "'");
        }
    }

    /**
     * Returns what a finding of a validator says, in the manifest's terms, to compare with a manifest.
     *
     * @param violation the finding
     * @return its rule id, severity and path
     */
    public static ExpectedFinding of(Violation violation) {
        requireNonNull(violation, "violation");
        return new ExpectedFinding(violation.ruleId(), violation.severity(), violation.path().toString());
    }

    @Override
    public int compareTo(ExpectedFinding other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return ruleId + "\t" + severity + "\t" + path;
    }
}
