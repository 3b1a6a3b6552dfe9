package io.specdriven.core.validation;

import java.util.Optional;

/**
 * Where a {@link SpecRule} reports its findings. A sink is only valid during the
 * {@link SpecRule#check(io.specdriven.core.Spec, ViolationSink) check} call it was passed to.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ViolationSink {
    /**
     * Reports a finding.
     *
     * @param violation the finding
     */
    void report(Violation violation);

    /**
     * Reports a finding without a hint.
     *
     * @param ruleId the rule's id
     * @param severity the severity
     * @param path where
     * @param message one sentence: what is wrong and what is expected
     */
    default void report(String ruleId, Severity severity, ElementPath path, String message) {
        report(new Violation(ruleId, severity, path, message, Optional.empty()));
    }

    /**
     * Reports a finding with a hint on how to fix it.
     *
     * @param ruleId the rule's id
     * @param severity the severity
     * @param path where
     * @param message one sentence: what is wrong and what is expected
     * @param hint how to fix it
     */
    default void report(String ruleId, Severity severity, ElementPath path, String message, String hint) {
        report(new Violation(ruleId, severity, path, message, Optional.of(java.util.Objects.requireNonNull(hint, "hint"))));
    }
}
