package io.specdriven.core;

import static io.specdriven.core.internal.Checks.copy;
import static io.specdriven.core.internal.Checks.notNull;
import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An alternative or exception flow of a use case: it branches from a step of the main flow when its
 * condition holds, runs its own numbered steps, and then either rejoins the main flow at a step or ends
 * the use case.
 *
 * @param id the flow's id, unique within its use case (such as {@code A1} or {@code E1})
 * @param kind alternative or exception
 * @param title the condition under which the flow is taken, such as "The report is empty"
 * @param condition the guard under which the flow is taken, where it is written apart from the title (AIUP:
 *     "Condition: …"; issue 9)
 * @param branchesFrom the number of the main-flow step it branches from
 * @param steps the flow's own steps, numbered from 1
 * @param rejoinsAt the main-flow step it returns to, if it rejoins
 * @param ends whether the use case ends with this flow
 * @since 0.1
 */
public record Flow(
        Id id,
        FlowKind kind,
        @NotBlank @Size(max = 500) String title,
        Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 2000) String> condition,
        @Positive int branchesFrom,
        List<@Valid Step> steps,
        Optional<@Positive Integer> rejoinsAt,
        boolean ends) {

    /**
     * Checks for nulls and copies the list.
     *
     * @param id the flow's id, unique within its use case (such as {@code A1} or {@code E1})
     * @param kind alternative or exception
     * @param title the condition under which the flow is taken, such as "The report is empty"
     * @param condition the guard under which the flow is taken, if written apart from the title
     * @param branchesFrom the number of the main-flow step it branches from
     * @param steps the flow's own steps, numbered from 1
     * @param rejoinsAt the main-flow step it returns to, if it rejoins
     * @param ends whether the use case ends with this flow
     */
    public Flow {
        requireNonNull(id, "id");
        requireNonNull(kind, "kind");
        requireNonNull(title, "title");
        requireNonNull(condition, "condition");
        steps = copy(steps, "steps");
        requireNonNull(rejoinsAt, "rejoinsAt");
    }

    /**
     * Starts a builder.
     *
     * @param id the flow's id
     * @param kind alternative or exception
     * @param title the condition under which the flow is taken
     * @param branchesFrom the main-flow step it branches from
     * @return a new builder
     */
    public static Builder builder(String id, FlowKind kind, String title, int branchesFrom) {
        return new Builder(Id.of(notNull(id, "id")), notNull(kind, "kind"), notNull(title, "title"), branchesFrom);
    }

    /**
     * Returns a builder holding this flow's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, kind, title, branchesFrom);
        b.condition = condition.orElse(null);
        b.steps.addAll(steps);
        b.rejoinsAt = rejoinsAt.orElse(null);
        b.ends = ends;
        return b;
    }

    /** Builds a {@link Flow}; every setter returns this builder. */
    public static final class Builder {
        private final Id id;
        private final FlowKind kind;
        private final String title;
        private final int branchesFrom;
        private String condition;
        private final List<Step> steps = new ArrayList<>();
        private Integer rejoinsAt;
        private boolean ends;

        private Builder(Id id, FlowKind kind, String title, int branchesFrom) {
            this.id = id;
            this.kind = kind;
            this.title = title;
            this.branchesFrom = branchesFrom;
        }

        /**
         * Adds the next step, numbered one after the last step's number (1 for the first).
         *
         * @param actor the acting actor's id, or {@code SYSTEM}
         * @param action what happens
         * @return this builder
         */
        public Builder step(String actor, String action) {
            steps.add(Step.of(UseCase.Builder.next(steps), notNull(actor, "actor"), notNull(action, "action")));
            return this;
        }

        /**
         * Adds the next step by an actor given as an id, such as {@link Step#SYSTEM}, numbered one after
         * the last step's number (1 for the first).
         *
         * @param actor the acting actor's id, or {@link Step#SYSTEM}
         * @param action what happens
         * @return this builder
         */
        public Builder step(Id actor, String action) {
            steps.add(new Step(UseCase.Builder.next(steps), notNull(actor, "actor"), notNull(action, "action")));
            return this;
        }

        /**
         * Adds a finished step, keeping its number.
         *
         * @param step the step
         * @return this builder
         */
        public Builder step(Step step) {
            steps.add(notNull(step, "step"));
            return this;
        }

        /**
         * Makes the flow return to the main flow at the given step.
         *
         * @param step the main-flow step number
         * @return this builder
         */
        public Builder rejoinsAt(int step) {
            this.rejoinsAt = step;
            this.ends = false;
            return this;
        }

        /**
         * Makes the use case end with this flow.
         *
         * @return this builder
         */
        public Builder ends() {
            this.ends = true;
            this.rejoinsAt = null;
            return this;
        }

        /**
         * Sets the guard under which the flow is taken, where it is written apart from the title.
         *
         * @param condition the condition
         * @return this builder
         */
        public Builder condition(String condition) {
            this.condition = notNull(condition, "condition");
            return this;
        }

        /**
         * Builds the flow.
         *
         * @return a new, immutable flow
         */
        public Flow build() {
            return new Flow(id, kind, title, Optional.ofNullable(condition), branchesFrom, steps, Optional.ofNullable(rejoinsAt), ends);
        }
    }
}
