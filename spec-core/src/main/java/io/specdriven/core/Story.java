package io.specdriven.core;

import static io.specdriven.core.internal.Checks.copy;
import static io.specdriven.core.internal.Checks.notNull;
import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A user story of the spec as a whole, as spec-kit writes them: an id, a title, the story itself as free
 * text or as role, goal and benefit, a priority, and the acceptance scenarios tied to it. Its criteria
 * name the requirements they verify ({@code verifies}); a requirement counts them like its own.
 *
 * <pre>{@code
 * Story s = Story.builder("US-1").title("Browse the directory").priority(Priority.P1)
 *     .text("A member looks up other members by name")
 *     .criterion("AS-1", c -> c.given("3 members").when("the member opens the directory")
 *                              .then("3 entries are listed").verifies("FR-001"))
 *     .build();
 * }</pre>
 *
 * @param id the story's id, unique among the spec's stories
 * @param title a short name
 * @param text the story as free text, when it is not written as role, goal and benefit
 * @param role who wants it
 * @param goal what they want
 * @param benefit why
 * @param priority its priority, in any scheme ({@link Priority#P1} is spec-kit's)
 * @param criteria its acceptance scenarios, in order; they share the id space of all criteria
 * @param waivers findings accepted on this story
 * @since 0.1
 */
public record Story(
        Id id,
        Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 200) String> title,
        Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 4000) String> text,
        Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 500) String> role,
        Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 4000) String> goal,
        Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 4000) String> benefit,
        Optional<Priority> priority,
        List<@Valid AcceptanceCriterion> criteria,
        List<@Valid Waiver> waivers) {

    /**
     * Checks for nulls and copies the lists.
     *
     * @param id the story's id
     * @param title a short name
     * @param text the story as free text
     * @param role who wants it
     * @param goal what they want
     * @param benefit why
     * @param priority its priority
     * @param criteria its acceptance scenarios
     * @param waivers findings accepted on this story
     */
    public Story {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(text, "text");
        requireNonNull(role, "role");
        requireNonNull(goal, "goal");
        requireNonNull(benefit, "benefit");
        requireNonNull(priority, "priority");
        criteria = copy(criteria, "criteria");
        waivers = copy(waivers, "waivers");
    }

    /**
     * Starts a builder.
     *
     * @param id the story's id
     * @return a new builder
     * @throws IllegalArgumentException if {@code id} is not a valid {@link Id}
     */
    public static Builder builder(String id) {
        return new Builder(Id.of(notNull(id, "id")));
    }

    /**
     * Returns a builder holding this story's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.title = title.orElse(null);
        b.text = text.orElse(null);
        b.role = role.orElse(null);
        b.goal = goal.orElse(null);
        b.benefit = benefit.orElse(null);
        b.priority = priority.orElse(null);
        b.criteria.addAll(criteria);
        b.waivers.addAll(waivers);
        return b;
    }

    /** Builds a {@link Story}; every setter returns this builder. */
    public static final class Builder {
        private final Id id;
        private String title;
        private String text;
        private String role;
        private String goal;
        private String benefit;
        private Priority priority;
        private final List<AcceptanceCriterion> criteria = new ArrayList<>();
        private final List<Waiver> waivers = new ArrayList<>();

        private Builder(Id id) {
            this.id = id;
        }

        /**
         * Sets the short name.
         *
         * @param title the title
         * @return this builder
         */
        public Builder title(String title) {
            this.title = notNull(title, "title");
            return this;
        }

        /**
         * Sets the story as free text.
         *
         * @param text the story
         * @return this builder
         */
        public Builder text(String text) {
            this.text = notNull(text, "text");
            return this;
        }

        /**
         * Sets the story as "As a <i>role</i>, I want <i>goal</i>, so that <i>benefit</i>".
         *
         * @param role who wants it
         * @param goal what they want
         * @param benefit why
         * @return this builder
         */
        public Builder story(String role, String goal, String benefit) {
            this.role = notNull(role, "role");
            this.goal = notNull(goal, "goal");
            this.benefit = notNull(benefit, "benefit");
            return this;
        }

        /**
         * Sets the priority.
         *
         * @param priority the priority, in any scheme
         * @return this builder
         */
        public Builder priority(Priority priority) {
            this.priority = notNull(priority, "priority");
            return this;
        }

        /**
         * Adds a finished acceptance scenario.
         *
         * @param criterion the criterion
         * @return this builder
         */
        public Builder criterion(AcceptanceCriterion criterion) {
            criteria.add(notNull(criterion, "criterion"));
            return this;
        }

        /**
         * Adds an acceptance scenario.
         *
         * @param id the criterion's id
         * @param criterion fills in the criterion
         * @return this builder
         */
        public Builder criterion(String id, Consumer<AcceptanceCriterion.Builder> criterion) {
            AcceptanceCriterion.Builder b = AcceptanceCriterion.builder(id);
            notNull(criterion, "criterion").accept(b);
            criteria.add(b.build());
            return this;
        }

        /**
         * Waives a rule's findings on this story.
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
         * Builds the story.
         *
         * @return a new, immutable story
         */
        public Story build() {
            return new Story(id, Optional.ofNullable(title), Optional.ofNullable(text), Optional.ofNullable(role),
                    Optional.ofNullable(goal), Optional.ofNullable(benefit), Optional.ofNullable(priority), criteria,
                    waivers);
        }
    }
}
