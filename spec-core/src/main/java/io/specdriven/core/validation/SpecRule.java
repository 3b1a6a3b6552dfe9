package io.specdriven.core.validation;

import io.specdriven.core.Spec;

/**
 * A check of a spec. Built-in and custom rules implement this interface and are registered on
 * {@link SpecValidator.Builder#rule(SpecRule)}.
 *
 * <pre>{@code
 * final class TeamNamingRule implements SpecRule {
 *     public String id() { return "team.naming"; }
 *     public String description() { return "Requirement titles start with a capital letter."; }
 *     public void check(Spec spec, ViolationSink sink) {
 *         for (Requirement r : spec.requirements()) {
 *             if (r.title().isPresent() && !Character.isUpperCase(r.title().get().codePointAt(0))) {
 *                 sink.report(id(), Severity.WARNING, ElementPath.root().element("requirements", r.id()).field("title"),
 *                         "title '" + r.title().get() + "' starts with a small letter: start it with a capital");
 *             }
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>A rule must be stateless or thread-safe: one validator may check many specs at once. A rule that
 * throws is reported as a {@code rule.failed} finding naming it, and the other rules still run.
 *
 * @since 0.1
 */
public interface SpecRule {
    /**
     * Returns the rule's stable id, such as {@code team.naming}. Findings the rule reports carry this id,
     * or a documented id below it ({@code constraint.NotBlank} for the rule {@code constraint}).
     *
     * @return the id
     */
    String id();

    /**
     * Returns one sentence saying what the rule checks.
     *
     * @return the description
     */
    String description();

    /**
     * Checks a spec, reporting every finding to the sink.
     *
     * @param spec the spec
     * @param sink where findings go
     */
    void check(Spec spec, ViolationSink sink);
}
