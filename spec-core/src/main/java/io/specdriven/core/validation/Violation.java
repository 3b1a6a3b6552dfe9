package io.specdriven.core.validation;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.Optional;

/**
 * One finding of a validator: which rule, how severe, where, what is wrong, and how to fix it.
 *
 * <p>The text form is one line: {@code ERROR ref.unresolved useCases[UC-1].realizes[REQ-404]: requirement
 * 'REQ-404' is not defined}.
 *
 * @param ruleId the stable id of the rule, such as {@code ref.unresolved}; see the rule catalogue
 * @param severity how much it matters
 * @param path where it stands
 * @param message one sentence saying what is wrong and what is expected
 * @param hint how to fix it, if the rule knows
 * @since 0.1
 */
public record Violation(String ruleId, Severity severity, ElementPath path, String message, Optional<String> hint)
        implements Comparable<Violation> {

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::path)
            .thenComparing(Violation::ruleId)
            .thenComparing(Violation::severity)
            .thenComparing(Violation::message)
            .thenComparing(v -> v.hint().orElse(""));

    /**
     * Checks for nulls.
     *
     * @param ruleId the stable id of the rule, such as {@code ref.unresolved}; see the rule catalogue
     * @param severity how much it matters
     * @param path where it stands
     * @param message one sentence saying what is wrong and what is expected
     * @param hint how to fix it, if the rule knows
     */
    public Violation {
        requireNonNull(ruleId, "ruleId");
        requireNonNull(severity, "severity");
        requireNonNull(path, "path");
        requireNonNull(message, "message");
        requireNonNull(hint, "hint");
    }

    /**
     * Returns a finding without a hint.
     *
     * @param ruleId the rule's id
     * @param severity the severity
     * @param path where
     * @param message what is wrong
     * @return the finding
     */
    public static Violation of(String ruleId, Severity severity, ElementPath path, String message) {
        return new Violation(ruleId, severity, path, message, Optional.empty());
    }

    /**
     * Returns a copy with a hint on how to fix it.
     *
     * @param hint the hint
     * @return the changed copy
     */
    public Violation withHint(String hint) {
        return new Violation(ruleId, severity, path, message, Optional.of(requireNonNull(hint, "hint")));
    }

    /**
     * Returns a copy with another severity.
     *
     * @param severity the severity
     * @return the changed copy
     */
    public Violation withSeverity(Severity severity) {
        return new Violation(ruleId, severity, path, message, hint);
    }

    /** Orders by path, then rule id, severity, message and hint: the order of every report. */
    @Override
    public int compareTo(Violation other) {
        return ORDER.compare(this, other);
    }

    /**
     * Returns the one-line text form, {@code SEVERITY rule path: message}, followed by
     * {@code " (hint: …)"} when the finding has a hint, for example
     * {@code ERROR ref.unresolved useCases[UC-2].uses[Ordr]: entity 'Ordr' is not defined (hint: …)}. Line breaks in the hint become spaces, so it stays one line.
     */
    @Override
    public String toString() {
        String line = severity + " " + ruleId + " " + (path.isRoot() ? "(spec)" : path.toString()) + ": " + message;
        return hint.map(h -> line + " (hint: " + h.replaceAll("\\R", " ") + ")").orElse(line);
    }
}
