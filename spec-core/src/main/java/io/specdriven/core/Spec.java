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
 * A specification: the contract that says what "done" looks like, precisely enough that a person and a
 * program can both judge whether a result meets it. It holds requirements with their acceptance
 * criteria, system use cases, an entity model, actors and a glossary.
 *
 * <p>A spec is an immutable value. Build one with {@link #builder(String, String)}, check it with
 * {@link io.specdriven.core.validation.SpecValidator}:
 *
 * <pre>{@code
 * Spec spec = Spec.builder("csv-export", "CSV export for the reporting dashboard")
 *     .version("1.0.0")
 *     .actor("ANALYST", a -> a.name("Analyst"))
 *     .requirement("REQ-EXPORT", r -> r
 *         .title("Export the visible report as CSV")
 *         .statement("When the analyst clicks Export, the system shall download the report as CSV")
 *         .criterion("AC-EXPORT-1", c -> c.when("the analyst clicks Export").then("a CSV file is downloaded")))
 *     .entity("Report", e -> e.attribute("name", AttributeType.STRING, a -> a.required().maxLength(120)))
 *     .build();
 * ValidationReport report = SpecValidator.standard().validate(spec);
 * }</pre>
 *
 * <p>Requirements, acceptance criteria, use cases, actors and entities share one id space. Lists keep
 * their declared order. The lookup methods ({@link #requirement(Id)} and its siblings) scan the lists;
 * code that resolves many references should build its own index.
 *
 * @param id the spec's id
 * @param title its title
 * @param version its version, such as {@code 1.0.0}
 * @param summary what it covers, in a few sentences
 * @param actors the actors
 * @param glossary the glossary
 * @param requirements the requirements
 * @param stories the user stories of the spec as a whole, each with its acceptance scenarios (issue 9)
 * @param criteria the criteria of the spec as a whole, such as spec-kit's measurable outcomes
 *     ({@code SC-001}); each may name the requirements it verifies
 * @param useCases the use cases
 * @param entities the entity model
 * @param assumptions what the spec takes for granted
 * @param outOfScope what it deliberately does not cover
 * @param openQuestions what is still to be decided
 * @param waivers findings accepted on the spec as a whole
 * @since 0.1
 */
public record Spec(
        Id id,
        @NotBlank @Size(max = 200) String title,
        Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 100) String> version,
        Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 10_000) String> summary,
        List<@Valid Actor> actors,
        List<@Valid GlossaryTerm> glossary,
        List<@Valid Requirement> requirements,
        List<@Valid Story> stories,
        List<@Valid AcceptanceCriterion> criteria,
        List<@Valid UseCase> useCases,
        List<@Valid Entity> entities,
        List<@NotBlank @Size(max = 4000) String> assumptions,
        List<@NotBlank @Size(max = 4000) String> outOfScope,
        List<@NotBlank @Size(max = 4000) String> openQuestions,
        List<@Valid Waiver> waivers) {

    /**
     * Checks for nulls and copies every list.
     *
     * @param id the spec's id
     * @param title its title
     * @param version its version, such as {@code 1.0.0}
     * @param summary what it covers, in a few sentences
     * @param actors the actors
     * @param glossary the glossary
     * @param requirements the requirements
     * @param stories the user stories of the spec as a whole
     * @param criteria the criteria of the spec as a whole
     * @param useCases the use cases
     * @param entities the entity model
     * @param assumptions what the spec takes for granted
     * @param outOfScope what it deliberately does not cover
     * @param openQuestions what is still to be decided
     * @param waivers findings accepted on the spec as a whole
     */
    public Spec {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(version, "version");
        requireNonNull(summary, "summary");
        actors = copy(actors, "actors");
        glossary = copy(glossary, "glossary");
        requirements = copy(requirements, "requirements");
        stories = copy(stories, "stories");
        criteria = copy(criteria, "criteria");
        useCases = copy(useCases, "useCases");
        entities = copy(entities, "entities");
        assumptions = copy(assumptions, "assumptions");
        outOfScope = copy(outOfScope, "outOfScope");
        openQuestions = copy(openQuestions, "openQuestions");
        waivers = copy(waivers, "waivers");
    }

    /**
     * Starts a builder.
     *
     * @param id the spec's id
     * @param title its title
     * @return a new builder
     * @throws IllegalArgumentException if {@code id} is not a valid {@link Id}
     * @since 0.1
     */
    public static Builder builder(String id, String title) {
        return new Builder(Id.of(notNull(id, "id")), notNull(title, "title"));
    }

    /**
     * Returns a builder holding this spec's values, to make a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, title);
        b.version = version.orElse(null);
        b.summary = summary.orElse(null);
        b.actors.addAll(actors);
        b.glossary.addAll(glossary);
        b.requirements.addAll(requirements);
        b.stories.addAll(stories);
        b.criteria.addAll(criteria);
        b.useCases.addAll(useCases);
        b.entities.addAll(entities);
        b.assumptions.addAll(assumptions);
        b.outOfScope.addAll(outOfScope);
        b.openQuestions.addAll(openQuestions);
        b.waivers.addAll(waivers);
        return b;
    }

    /**
     * Returns a copy in which the requirement with the same id as {@code requirement} is replaced by it,
     * or, if there is none, to which it is added.
     *
     * @param requirement the new requirement
     * @return the changed copy
     */
    public Spec withRequirement(Requirement requirement) {
        requireNonNull(requirement, "requirement");
        List<Requirement> changed = new ArrayList<>(requirements);
        int at = indexOf(changed, requirement.id());
        if (at < 0) changed.add(requirement);
        else changed.set(at, requirement);
        return toBuilder().requirements(changed).build();
    }

    private static int indexOf(List<Requirement> list, Id id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) return i;
        }
        return -1;
    }

    /**
     * Returns the requirement with the given id.
     *
     * @param id the id
     * @return the requirement, or empty
     */
    public Optional<Requirement> requirement(Id id) {
        requireNonNull(id, "id");
        return requirements.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * Returns the use case with the given id.
     *
     * @param id the id
     * @return the use case, or empty
     */
    public Optional<UseCase> useCase(Id id) {
        requireNonNull(id, "id");
        return useCases.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /**
     * Returns the entity with the given name.
     *
     * @param name the entity's name
     * @return the entity, or empty
     */
    public Optional<Entity> entity(Id name) {
        requireNonNull(name, "name");
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * Returns the actor with the given id.
     *
     * @param id the id
     * @return the actor, or empty
     */
    public Optional<Actor> actor(Id id) {
        requireNonNull(id, "id");
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }


    /**
     * Returns the requirement with the given id, written as text: {@code requirement("REQ-1")}.
     *
     * @param id the id; text that is not an id at all finds nothing
     * @return the requirement, or empty
     */
    public Optional<Requirement> requirement(String id) {
        return Id.lookup(id, "id").flatMap(this::requirement);
    }

    /**
     * Returns the use case with the given id, written as text: {@code useCase("UC-1")}.
     *
     * @param id the id; text that is not an id at all finds nothing
     * @return the use case, or empty
     */
    public Optional<UseCase> useCase(String id) {
        return Id.lookup(id, "id").flatMap(this::useCase);
    }

    /**
     * Returns the entity with the given name, written as text: {@code entity("Order")}.
     *
     * @param name the name; text that is not an id at all finds nothing
     * @return the entity, or empty
     */
    public Optional<Entity> entity(String name) {
        return Id.lookup(name, "name").flatMap(this::entity);
    }

    /**
     * Returns the actor with the given id, written as text: {@code actor("ANALYST")}.
     *
     * @param id the id; text that is not an id at all finds nothing
     * @return the actor, or empty
     */
    public Optional<Actor> actor(String id) {
        return Id.lookup(id, "id").flatMap(this::actor);
    }

    /**
     * Returns the acceptance criterion with the given id, from whichever requirement, story or the spec
     * itself holds it.
     *
     * @param id the criterion's id
     * @return the criterion, or empty
     */
    public Optional<AcceptanceCriterion> criterion(Id id) {
        requireNonNull(id, "id");
        return allCriteria().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * Returns every acceptance criterion of the spec in document order: the requirements' criteria, then
     * the stories' and then the spec's own.
     *
     * @return the criteria
     */
    public List<AcceptanceCriterion> allCriteria() {
        List<AcceptanceCriterion> all = new ArrayList<>();
        for (Requirement r : requirements) all.addAll(r.criteria());
        for (Story s : stories) all.addAll(s.criteria());
        all.addAll(criteria);
        return List.copyOf(all);
    }

    /**
     * Returns the criteria that verify a requirement, wherever they stand: its own, and every criterion of
     * another requirement, a story or the spec that names it in {@code verifies}, in document order. It
     * scans the spec; code that asks for many requirements should build its own index.
     *
     * @param requirement the requirement's id
     * @return the criteria, each once
     */
    public List<AcceptanceCriterion> criteriaVerifying(Id requirement) {
        requireNonNull(requirement, "requirement");
        List<AcceptanceCriterion> found = new ArrayList<>();
        for (Requirement r : requirements) {
            for (AcceptanceCriterion c : r.criteria()) {
                if (r.id().equals(requirement) || c.verifies().contains(requirement)) found.add(c);
            }
        }
        for (Story s : stories) {
            for (AcceptanceCriterion c : s.criteria()) if (c.verifies().contains(requirement)) found.add(c);
        }
        for (AcceptanceCriterion c : criteria) if (c.verifies().contains(requirement)) found.add(c);
        return List.copyOf(found);
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

    /**
     * Returns the glossary entry for the given term.
     *
     * @param term the term, exactly as the glossary writes it
     * @return the entry, or empty
     */
    public Optional<GlossaryTerm> glossaryTerm(String term) {
        requireNonNull(term, "term");
        return glossary.stream().filter(t -> t.term().equals(term)).findFirst();
    }

    /** Builds a {@link Spec}; every setter returns this builder. */
    public static final class Builder {
        private final Id id;
        private final String title;
        private String version;
        private String summary;
        private final List<Actor> actors = new ArrayList<>();
        private final List<GlossaryTerm> glossary = new ArrayList<>();
        private final List<Requirement> requirements = new ArrayList<>();
        private final List<Story> stories = new ArrayList<>();
        private final List<AcceptanceCriterion> criteria = new ArrayList<>();
        private final List<UseCase> useCases = new ArrayList<>();
        private final List<Entity> entities = new ArrayList<>();
        private final List<String> assumptions = new ArrayList<>();
        private final List<String> outOfScope = new ArrayList<>();
        private final List<String> openQuestions = new ArrayList<>();
        private final List<Waiver> waivers = new ArrayList<>();

        private Builder(Id id, String title) {
            this.id = id;
            this.title = title;
        }

        /**
         * Sets the version.
         *
         * @param version such as {@code 1.0.0}
         * @return this builder
         */
        public Builder version(String version) {
            this.version = notNull(version, "version");
            return this;
        }

        /**
         * Sets the summary.
         *
         * @param summary what the spec covers
         * @return this builder
         */
        public Builder summary(String summary) {
            this.summary = notNull(summary, "summary");
            return this;
        }

        /**
         * Adds a finished actor.
         *
         * @param actor the actor
         * @return this builder
         */
        public Builder actor(Actor actor) {
            actors.add(notNull(actor, "actor"));
            return this;
        }

        /**
         * Adds an actor.
         *
         * @param id the actor's id
         * @param actor fills in the actor; it needs a name
         * @return this builder
         */
        public Builder actor(String id, Consumer<Actor.Builder> actor) {
            Actor.Builder builder = Actor.builder(id);
            notNull(actor, "actor").accept(builder);
            return actor(builder.build());
        }

        /**
         * Adds a glossary term.
         *
         * @param term the term
         * @return this builder
         */
        public Builder term(GlossaryTerm term) {
            glossary.add(notNull(term, "term"));
            return this;
        }

        /**
         * Adds a glossary term.
         *
         * @param term the term
         * @param definition what it means
         * @param avoid synonyms to avoid
         * @return this builder
         */
        public Builder term(String term, String definition, String... avoid) {
            return term(GlossaryTerm.of(notNull(term, "term"), notNull(definition, "definition"), avoid));
        }

        /**
         * Adds a finished requirement.
         *
         * @param requirement the requirement
         * @return this builder
         */
        public Builder requirement(Requirement requirement) {
            requirements.add(notNull(requirement, "requirement"));
            return this;
        }

        /**
         * Adds a requirement.
         *
         * @param id the requirement's id
         * @param requirement fills in the requirement; it needs a title and a statement
         * @return this builder
         */
        public Builder requirement(String id, Consumer<Requirement.Builder> requirement) {
            Requirement.Builder builder = Requirement.builder(id);
            notNull(requirement, "requirement").accept(builder);
            return requirement(builder.build());
        }

        /**
         * Replaces all requirements.
         *
         * @param requirements the requirements, in order
         * @return this builder
         */
        public Builder requirements(List<Requirement> requirements) {
            replace(this.requirements, requirements, "requirements");
            return this;
        }

        /**
         * Adds a finished use case.
         *
         * @param useCase the use case
         * @return this builder
         */
        public Builder useCase(UseCase useCase) {
            useCases.add(notNull(useCase, "useCase"));
            return this;
        }

        /**
         * Adds a use case.
         *
         * @param id the use case's id
         * @param useCase fills in the use case; it needs a title
         * @return this builder
         */
        public Builder useCase(String id, Consumer<UseCase.Builder> useCase) {
            UseCase.Builder builder = UseCase.builder(id);
            notNull(useCase, "useCase").accept(builder);
            return useCase(builder.build());
        }

        /**
         * Replaces all use cases.
         *
         * @param useCases the use cases, in order
         * @return this builder
         */
        public Builder useCases(List<UseCase> useCases) {
            replace(this.useCases, useCases, "useCases");
            return this;
        }

        /**
         * Adds a finished user story of the spec as a whole.
         *
         * @param story the story
         * @return this builder
         */
        public Builder story(Story story) {
            stories.add(notNull(story, "story"));
            return this;
        }

        /**
         * Adds a user story of the spec as a whole.
         *
         * @param id the story's id
         * @param story fills in the story
         * @return this builder
         */
        public Builder story(String id, Consumer<Story.Builder> story) {
            Story.Builder b = Story.builder(id);
            notNull(story, "story").accept(b);
            return story(b.build());
        }

        /**
         * Adds a criterion of the spec as a whole, such as a measurable outcome that belongs to no single
         * requirement.
         *
         * @param criterion the criterion
         * @return this builder
         */
        public Builder criterion(AcceptanceCriterion criterion) {
            criteria.add(notNull(criterion, "criterion"));
            return this;
        }

        /**
         * Adds a criterion of the spec as a whole.
         *
         * @param id the criterion's id
         * @param criterion fills in the criterion
         * @return this builder
         */
        public Builder criterion(String id, Consumer<AcceptanceCriterion.Builder> criterion) {
            AcceptanceCriterion.Builder b = AcceptanceCriterion.builder(id);
            notNull(criterion, "criterion").accept(b);
            return criterion(b.build());
        }

        /**
         * Adds a finished entity.
         *
         * @param entity the entity
         * @return this builder
         */
        public Builder entity(Entity entity) {
            entities.add(notNull(entity, "entity"));
            return this;
        }

        /**
         * Adds an entity.
         *
         * @param name the entity's name
         * @param entity fills in the entity
         * @return this builder
         */
        public Builder entity(String name, Consumer<Entity.Builder> entity) {
            Entity.Builder builder = Entity.builder(name);
            notNull(entity, "entity").accept(builder);
            return entity(builder.build());
        }

        /**
         * Replaces all entities.
         *
         * @param entities the entities, in order
         * @return this builder
         */
        public Builder entities(List<Entity> entities) {
            replace(this.entities, entities, "entities");
            return this;
        }

        /**
         * Replaces all actors.
         *
         * @param actors the actors, in order
         * @return this builder
         */
        public Builder actors(List<Actor> actors) {
            replace(this.actors, actors, "actors");
            return this;
        }

        /**
         * Replaces the glossary.
         *
         * @param glossary the terms, in order
         * @return this builder
         */
        public Builder glossary(List<GlossaryTerm> glossary) {
            replace(this.glossary, glossary, "glossary");
            return this;
        }

        /**
         * Replaces all assumptions.
         *
         * @param assumptions the assumptions, in order
         * @return this builder
         */
        public Builder assumptions(List<String> assumptions) {
            replace(this.assumptions, assumptions, "assumptions");
            return this;
        }

        /**
         * Replaces all open questions.
         *
         * @param openQuestions the questions, in order
         * @return this builder
         */
        public Builder openQuestions(List<String> openQuestions) {
            replace(this.openQuestions, openQuestions, "openQuestions");
            return this;
        }

        /**
         * Replaces the waivers on the spec as a whole.
         *
         * @param waivers the waivers, in order
         * @return this builder
         */
        public Builder waivers(List<Waiver> waivers) {
            replace(this.waivers, waivers, "waivers");
            return this;
        }

        /**
         * Adds an assumption.
         *
         * @param assumption what the spec takes for granted
         * @return this builder
         */
        public Builder assumption(String assumption) {
            assumptions.add(notNull(assumption, "assumption"));
            return this;
        }

        /**
         * Adds an out-of-scope item.
         *
         * @param item what the spec deliberately does not cover
         * @return this builder
         */
        public Builder outOfScope(String item) {
            outOfScope.add(notNull(item, "item"));
            return this;
        }

        /**
         * Adds an open question.
         *
         * @param question what is still to be decided
         * @return this builder
         */
        public Builder openQuestion(String question) {
            openQuestions.add(notNull(question, "question"));
            return this;
        }

        /**
         * Waives a rule's findings on the spec as a whole.
         *
         * @param ruleId the rule id
         * @param reason why the finding is acceptable
         * @return this builder
         */
        public Builder waive(String ruleId, String reason) {
            waivers.add(Waiver.of(notNull(ruleId, "ruleId"), notNull(reason, "reason")));
            return this;
        }

        private static <T> void replace(List<T> target, List<? extends T> source, String name) {
            List<T> copy = Checks.copy(source, name);
            target.clear();
            target.addAll(copy);
        }

        /**
         * Builds the spec. Content problems (blank text, dangling references) are not checked here: the
         * {@link io.specdriven.core.validation.SpecValidator} reports them all at once.
         *
         * @return a new, immutable spec
         */
        public Spec build() {
            return new Spec(id, title, Optional.ofNullable(version), Optional.ofNullable(summary), actors,
                    glossary, requirements, stories, criteria, useCases, entities, assumptions, outOfScope, openQuestions, waivers);
        }
    }
}
