package io.specdriven.core;

import io.specdriven.core.internal.Checks;
import static io.specdriven.core.internal.Checks.copy;
import static io.specdriven.core.internal.Checks.notNull;
import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A testable statement of what "done" looks like: a success, an edge case or a failure mode, written as
 * Given/When/Then or as a plain statement.
 *
 * <p>{@code given}, {@code when} and {@code then} each hold the steps of their part in order: one step
 * for most criteria, several for a scenario with "And" lines (an empty list means the part is absent).
 * The JSON format writes a single step as a string and several as a list of strings.
 *
 * <p>For a {@link CriterionCategory#FAILURE FAILURE} criterion, {@code then} is what the user experiences.
 * {@code edgeCase} is present exactly when the category is {@link CriterionCategory#EDGE_CASE EDGE_CASE};
 * the validator reports any other combination.
 *
 * @param id the criterion's id, unique in the spec
 * @param category success, edge case or failure
 * @param edgeCase the kind of edge, for an edge case
 * @param given the situation before, as steps; empty if none
 * @param when the event or action, as steps; empty if none
 * @param then the observable outcome, as steps; empty if stated only as a statement
 * @param statement a plain-language statement, for criteria not written as Given/When/Then
 * @param verifies the requirements this criterion verifies besides the one it stands in, if any: a
 *     criterion of a spec-level story or of the spec itself names them here (issue 9)
 * @param waivers findings accepted on this criterion
 * @since 0.1
 */
public record AcceptanceCriterion(
        Id id,
        CriterionCategory category,
        Optional<EdgeCaseKind> edgeCase,
        List<@NotBlank @Size(max = 2000) String> given,
        List<@NotBlank @Size(max = 2000) String> when,
        List<@NotBlank @Size(max = 2000) String> then,
        Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 4000) String> statement,
        List<Id> verifies,
        List<@Valid Waiver> waivers) {

    /**
     * Checks for nulls and copies the list.
     *
     * @param id the criterion's id, unique in the spec
     * @param category success, edge case or failure
     * @param edgeCase the kind of edge, for an edge case
     * @param given the situation before, as steps; empty if none
     * @param when the event or action, as steps; empty if none
     * @param then the observable outcome, as steps; empty if stated only as a statement
     * @param statement a plain-language statement, for criteria not written as Given/When/Then
     * @param verifies the requirements this criterion verifies besides the one it stands in
     * @param waivers findings accepted on this criterion
     */
    public AcceptanceCriterion {
        requireNonNull(id, "id");
        requireNonNull(category, "category");
        requireNonNull(edgeCase, "edgeCase");
        given = copy(given, "given");
        when = copy(when, "when");
        then = copy(then, "then");
        requireNonNull(statement, "statement");
        verifies = copy(verifies, "verifies");
        waivers = copy(waivers, "waivers");
    }

    /**
     * Starts a builder for a {@link CriterionCategory#SUCCESS SUCCESS} criterion.
     *
     * @param id the criterion's id
     * @return a new builder
     * @throws IllegalArgumentException if {@code id} is not a valid {@link Id}
     */
    public static Builder builder(String id) {
        return new Builder(Id.of(notNull(id, "id")));
    }

    /**
     * Returns a builder holding this criterion's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.category = category;
        b.edgeCase = edgeCase.orElse(null);
        b.given = given;
        b.when = when;
        b.then = then;
        b.statement = statement.orElse(null);
        b.verifies.addAll(verifies);
        b.waivers.addAll(waivers);
        return b;
    }

    /** Builds an {@link AcceptanceCriterion}; every setter returns this builder. */
    public static final class Builder {
        private final Id id;
        private CriterionCategory category = CriterionCategory.SUCCESS;
        private EdgeCaseKind edgeCase;
        private List<String> given = List.of();
        private List<String> when = List.of();
        private List<String> then = List.of();
        private String statement;
        private final List<Id> verifies = new ArrayList<>();
        private final List<Waiver> waivers = new ArrayList<>();

        private Builder(Id id) {
            this.id = id;
        }

        /**
         * Sets the category; {@link #edgeCase(EdgeCaseKind)} and {@link #failure()} are shorter.
         *
         * @param category the category
         * @return this builder
         */
        public Builder category(CriterionCategory category) {
            this.category = notNull(category, "category");
            if (category != CriterionCategory.EDGE_CASE) {
                this.edgeCase = null;
            }
            return this;
        }

        /**
         * Makes this an edge-case criterion of the given kind.
         *
         * @param kind the kind of edge
         * @return this builder
         */
        public Builder edgeCase(EdgeCaseKind kind) {
            this.edgeCase = notNull(kind, "kind");
            this.category = CriterionCategory.EDGE_CASE;
            return this;
        }

        /**
         * Makes this a failure-mode criterion: its {@code then} is what the user experiences.
         *
         * @return this builder
         */
        public Builder failure() {
            return category(CriterionCategory.FAILURE);
        }

        /**
         * Sets the situation before: one step, or several (the "And" lines of a scenario), replacing any set before.
         *
         * @param given the precondition text, the first step
         * @param and further steps, in order
         * @return this builder
         */
        public Builder given(String given, String... and) {
            List<String> steps = new ArrayList<>(1 + notNull(and, "and").length);
            steps.add(notNull(given, "given"));
            steps.addAll(Checks.elements("and", and));
            this.given = List.copyOf(steps);
            return this;
        }

        /**
         * Sets the steps of {@code given}, replacing any set before; an empty list removes the part.
         *
         * @param steps the steps, in order
         * @return this builder
         */
        public Builder givenSteps(List<String> steps) {
            this.given = copy(steps, "steps");
            return this;
        }

        /**
         * Sets the event or action: one step, or several (the "And" lines of a scenario), replacing any set before.
         *
         * @param when the trigger text, the first step
         * @param and further steps, in order
         * @return this builder
         */
        public Builder when(String when, String... and) {
            List<String> steps = new ArrayList<>(1 + notNull(and, "and").length);
            steps.add(notNull(when, "when"));
            steps.addAll(Checks.elements("and", and));
            this.when = List.copyOf(steps);
            return this;
        }

        /**
         * Sets the steps of {@code when}, replacing any set before; an empty list removes the part.
         *
         * @param steps the steps, in order
         * @return this builder
         */
        public Builder whenSteps(List<String> steps) {
            this.when = copy(steps, "steps");
            return this;
        }

        /**
         * Sets the observable outcome: one step, or several (the "And" lines of a scenario), replacing any set before.
         *
         * @param then the outcome text, the first step
         * @param and further steps, in order
         * @return this builder
         */
        public Builder then(String then, String... and) {
            List<String> steps = new ArrayList<>(1 + notNull(and, "and").length);
            steps.add(notNull(then, "then"));
            steps.addAll(Checks.elements("and", and));
            this.then = List.copyOf(steps);
            return this;
        }

        /**
         * Sets the steps of {@code then}, replacing any set before; an empty list removes the part.
         *
         * @param steps the steps, in order
         * @return this builder
         */
        public Builder thenSteps(List<String> steps) {
            this.then = copy(steps, "steps");
            return this;
        }

        /**
         * Sets a plain-language statement, for a criterion not written as Given/When/Then.
         *
         * @param statement the statement
         * @return this builder
         */
        public Builder statement(String statement) {
            this.statement = notNull(statement, "statement");
            return this;
        }

        /**
         * Adds requirements this criterion verifies (besides the one it stands in, if any).
         *
         * @param requirementIds their ids
         * @return this builder
         */
        public Builder verifies(String... requirementIds) {
            for (String ref : Checks.elements("requirementIds", requirementIds)) verifies.add(Id.of(ref));
            return this;
        }

        /**
         * Waives a rule's findings on this criterion.
         *
         * @param ruleId the rule id
         * @param reason why the finding is acceptable
         * @return this builder
         */
        public Builder waive(String ruleId, String reason) {
            waivers.add(Waiver.of(notNull(ruleId, "ruleId"), notNull(reason, "reason")));
            return this;
        }

        /**
         * Builds the criterion.
         *
         * @return a new, immutable criterion
         */
        public AcceptanceCriterion build() {
            return new AcceptanceCriterion(id, category, Optional.ofNullable(edgeCase),
                    given, when, then,
                    Optional.ofNullable(statement), verifies, waivers);
        }
    }
}
