package io.specdriven.core.validation;

import java.util.Optional;

/**
 * Where a {@link SpecRule} reports its findings. A sink is only valid during the
 * {@link SpecRule#check(io.specdriven.core.Spec, ViolationSink) check} call it was passed to.
 *
 * <p>The sink a {@link SpecValidator} passes is safe to call from any thread, including threads the rule
 * starts, as long as the check has not returned: join them before returning. A finding reported after the
 * check returned, or after the validator stopped the rule over its time budget, is refused with an
 * {@link IllegalStateException}. A finding whose rule id is not the rule's own id or a well-formed id below
 * it is refused with an {@link IllegalArgumentException}, and the rule is reported as {@code rule.failed}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ViolationSink {
    /**
     * Reports a finding.
     *
     * @param violation the finding
     * @throws IllegalStateException if the check this sink was passed to has ended
     * @throws IllegalArgumentException if the finding's rule id is not the rule's own or one below it
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
