package io.specdriven.core;

import static io.specdriven.core.internal.Checks.copy;
import static io.specdriven.core.internal.Checks.notNull;
import static java.util.Objects.requireNonNull;

import io.specdriven.core.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A requirement: one statement of intent or constraint, with the acceptance criteria that say when it
 * is met.
 *
 * <pre>{@code
 * Requirement r = Requirement.builder("REQ-EXPORT")
 *     .title("Export the visible report as CSV")
 *     .statement("When the analyst clicks Export, the system shall download the report as CSV")
 *     .priority(Priority.MUST)
 *     .criterion("AC-1", c -> c.given("a report with 3 rows").when("the analyst clicks Export")
 *                              .then("a file with a header row and 3 data rows is downloaded"))
 *     .build();
 * }</pre>
 *
 * @param id the requirement's id, unique in the spec
 * @param title a short name, if the source gives one (OpenSpec and Kiro headers do)
 * @param statement the requirement itself, ideally in EARS form ("When …, the system shall …"); absent
 *     for a requirement written only as a user story or only as a title (rule
 *     {@code requirement.no-statement} reports a requirement with neither statement nor story)
 * @param kind functional, quality or constraint
 * @param qualityCategory the quality characteristic, present exactly for {@link RequirementKind#QUALITY}
 * @param priority the MoSCoW priority, if decided
 * @param status where the requirement stands in its life cycle
 * @param supersededBy the successor, present exactly for {@link RequirementStatus#SUPERSEDED}
 * @param rationale why the requirement exists
 * @param source where it comes from: a person, a document, a regulation
 * @param story the user story behind it, if any
 * @param dependsOn the requirements this one needs
 * @param tags free-form labels
 * @param criteria the acceptance criteria, in their declared order
 * @param waivers findings accepted on this requirement
 * @since 0.1
 */
public record Requirement(
        Id id,
        Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 200) String> title,
        Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 4000) String> statement,
        RequirementKind kind,
        Optional<QualityCategory> qualityCategory,
        Optional<Priority> priority,
        RequirementStatus status,
        Optional<Id> supersededBy,
        Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 4000) String> rationale,
        Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 500) String> source,
        Optional<@Valid UserStory> story,
        List<Id> dependsOn,
        List<@NotBlank @Size(max = 100) String> tags,
        List<@Valid AcceptanceCriterion> criteria,
        List<@Valid Waiver> waivers) {

    /**
     * Checks for nulls and copies every list.
     *
     * @param id the requirement's id, unique in the spec
     * @param title a short name, if the source gives one
     * @param statement the requirement itself, if written; a user story may stand in its place
     * @param kind functional, quality or constraint
     * @param qualityCategory the quality characteristic, present exactly for {@link RequirementKind#QUALITY}
     * @param priority the MoSCoW priority, if decided
     * @param status where the requirement stands in its life cycle
     * @param supersededBy the successor, present exactly for {@link RequirementStatus#SUPERSEDED}
     * @param rationale why the requirement exists
     * @param source where it comes from: a person, a document, a regulation
     * @param story the user story behind it, if any
     * @param dependsOn the requirements this one needs
     * @param tags free-form labels
     * @param criteria the acceptance criteria, in their declared order
     * @param waivers findings accepted on this requirement
     */
    public Requirement {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(statement, "statement");
        requireNonNull(kind, "kind");
        requireNonNull(qualityCategory, "qualityCategory");
        requireNonNull(priority, "priority");
        requireNonNull(status, "status");
        requireNonNull(supersededBy, "supersededBy");
        requireNonNull(rationale, "rationale");
        requireNonNull(source, "source");
        requireNonNull(story, "story");
        dependsOn = copy(dependsOn, "dependsOn");
        tags = copy(tags, "tags");
        criteria = copy(criteria, "criteria");
        waivers = copy(waivers, "waivers");
    }

    /**
     * Starts a builder. Title and statement are optional (a requirement may be only a user story, only a
     * title or only a statement); the kind defaults to
     * {@link RequirementKind#FUNCTIONAL} and the status to {@link RequirementStatus#DRAFT}.
     *
     * @param id the requirement's id
     * @return a new builder
     * @throws IllegalArgumentException if {@code id} is not a valid {@link Id}
     */
    public static Builder builder(String id) {
        return new Builder(Id.of(notNull(id, "id")));
    }

    /**
     * Returns a builder holding this requirement's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.title = title.orElse(null);
        b.statement = statement.orElse(null);
        b.kind = kind;
        b.qualityCategory = qualityCategory.orElse(null);
        b.priority = priority.orElse(null);
        b.status = status;
        b.supersededBy = supersededBy.orElse(null);
        b.rationale = rationale.orElse(null);
        b.source = source.orElse(null);
        b.story = story.orElse(null);
        b.dependsOn.addAll(dependsOn);
        b.tags.addAll(tags);
        b.criteria.addAll(criteria);
        b.waivers.addAll(waivers);
        return b;
    }

    /**
     * Returns a copy with another status.
     *
     * @param status the new status
     * @return the changed copy
     */
    public Requirement withStatus(RequirementStatus status) {
        return toBuilder().status(status).build();
    }

    /**
     * Returns the criterion with the given id.
     *
     * @param id the criterion id
     * @return the criterion, or empty
     */
    public Optional<AcceptanceCriterion> criterion(Id id) {
        requireNonNull(id, "id");
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }


    /**
     * Returns the acceptance criterion with the given id, written as text: {@code criterion("AC-1")}.
     *
     * @param id the id; text that is not an id at all finds nothing
     * @return the acceptance criterion, or empty
     */
    public Optional<AcceptanceCriterion> criterion(String id) {
        return Id.lookup(id, "id").flatMap(this::criterion);
    }

    /** Builds a {@link Requirement}; every setter returns this builder. */
    public static final class Builder {
        private final Id id;
        private String title;
        private String statement;
        private RequirementKind kind = RequirementKind.FUNCTIONAL;
        private QualityCategory qualityCategory;
        private Priority priority;
        private RequirementStatus status = RequirementStatus.DRAFT;
        private Id supersededBy;
        private String rationale;
        private String source;
        private UserStory story;
        private final List<Id> dependsOn = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
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
         * Sets the requirement statement.
         *
         * @param statement the statement
         * @return this builder
         */
        public Builder statement(String statement) {
            this.statement = notNull(statement, "statement");
            return this;
        }

        /**
         * Sets the kind. For a quality requirement, {@link #quality(QualityCategory)} also sets the category.
         *
         * @param kind the kind
         * @return this builder
         */
        public Builder kind(RequirementKind kind) {
            this.kind = notNull(kind, "kind");
            if (kind != RequirementKind.QUALITY) {
                this.qualityCategory = null;
            }
            return this;
        }

        /**
         * Makes this a quality requirement of the given category.
         *
         * @param category the quality characteristic
         * @return this builder
         */
        public Builder quality(QualityCategory category) {
            this.qualityCategory = notNull(category, "category");
            this.kind = RequirementKind.QUALITY;
            return this;
        }

        /**
         * Sets the MoSCoW priority.
         *
         * @param priority the priority
         * @return this builder
         */
        public Builder priority(Priority priority) {
            this.priority = notNull(priority, "priority");
            return this;
        }

        /**
         * Sets the status. To supersede, {@link #supersededBy(String)} sets the successor too.
         *
         * @param status the status
         * @return this builder
         */
        public Builder status(RequirementStatus status) {
            this.status = notNull(status, "status");
            if (status != RequirementStatus.SUPERSEDED) {
                this.supersededBy = null;
            }
            return this;
        }

        /**
         * Marks this requirement {@link RequirementStatus#SUPERSEDED} by the given successor.
         *
         * @param successor the id of the requirement that replaces this one
         * @return this builder
         */
        public Builder supersededBy(String successor) {
            this.supersededBy = Id.of(notNull(successor, "successor"));
            this.status = RequirementStatus.SUPERSEDED;
            return this;
        }

        /**
         * Sets why the requirement exists.
         *
         * @param rationale the rationale
         * @return this builder
         */
        public Builder rationale(String rationale) {
            this.rationale = notNull(rationale, "rationale");
            return this;
        }

        /**
         * Sets where the requirement comes from.
         *
         * @param source a person, document or regulation
         * @return this builder
         */
        public Builder source(String source) {
            this.source = notNull(source, "source");
            return this;
        }

        /**
         * Sets the user story.
         *
         * @param story the story
         * @return this builder
         */
        public Builder story(UserStory story) {
            this.story = notNull(story, "story");
            return this;
        }

        /**
         * Sets the user story "As a <i>role</i>, I want <i>goal</i>, so that <i>benefit</i>".
         *
         * @param role who wants it
         * @param goal what they want
         * @param benefit why
         * @return this builder
         */
        public Builder story(String role, String goal, String benefit) {
            return story(UserStory.of(role, goal, benefit));
        }

        /**
         * Adds requirements this one depends on.
         *
         * @param requirementIds their ids
         * @return this builder
         */
        public Builder dependsOn(String... requirementIds) {
            for (String ref : Checks.elements("requirementIds", requirementIds)) {
                dependsOn.add(Id.of(ref));
            }
            return this;
        }

        /**
         * Adds tags.
         *
         * @param tags the tags
         * @return this builder
         */
        public Builder tag(String... tags) {
            this.tags.addAll(Checks.elements("tags", tags));
            return this;
        }

        /**
         * Adds a finished criterion.
         *
         * @param criterion the criterion
         * @return this builder
         */
        public Builder criterion(AcceptanceCriterion criterion) {
            criteria.add(notNull(criterion, "criterion"));
            return this;
        }

        /**
         * Adds a {@link CriterionCategory#SUCCESS SUCCESS} criterion.
         *
         * @param id the criterion's id
         * @param criterion fills in the criterion
         * @return this builder
         */
        public Builder criterion(String id, Consumer<AcceptanceCriterion.Builder> criterion) {
            return add(AcceptanceCriterion.builder(id), criterion);
        }

        /**
         * Adds an {@link CriterionCategory#EDGE_CASE EDGE_CASE} criterion.
         *
         * @param id the criterion's id
         * @param kind the kind of edge
         * @param criterion fills in the criterion
         * @return this builder
         */
        public Builder edgeCase(String id, EdgeCaseKind kind, Consumer<AcceptanceCriterion.Builder> criterion) {
            return add(AcceptanceCriterion.builder(id).edgeCase(notNull(kind, "kind")), criterion);
        }

        /**
         * Adds a {@link CriterionCategory#FAILURE FAILURE} criterion; its {@code then} is what the user
         * experiences.
         *
         * @param id the criterion's id
         * @param criterion fills in the criterion
         * @return this builder
         */
        public Builder failure(String id, Consumer<AcceptanceCriterion.Builder> criterion) {
            return add(AcceptanceCriterion.builder(id).failure(), criterion);
        }

        private Builder add(AcceptanceCriterion.Builder builder, Consumer<AcceptanceCriterion.Builder> criterion) {
            notNull(criterion, "criterion").accept(builder);
            criteria.add(builder.build());
            return this;
        }

        /**
         * Replaces all criteria.
         *
         * @param criteria the criteria, in order
         * @return this builder
         */
        public Builder criteria(List<AcceptanceCriterion> criteria) {
            List<AcceptanceCriterion> copy = copy(criteria, "criteria");
            this.criteria.clear();
            this.criteria.addAll(copy);
            return this;
        }

        /**
         * Waives a rule's findings on this requirement.
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
         * Builds the requirement.
         *
         * @return a new, immutable requirement
         */
        public Requirement build() {
            // title and statement are optional since issue 9: a missing statement is a finding
            // (requirement.no-statement), not a build failure
            return new Requirement(id, Optional.ofNullable(title), Optional.ofNullable(statement), kind, Optional.ofNullable(qualityCategory),
                    Optional.ofNullable(priority), status, Optional.ofNullable(supersededBy),
                    Optional.ofNullable(rationale), Optional.ofNullable(source), Optional.ofNullable(story),
                    dependsOn, tags, criteria, waivers);
        }
    }
}
