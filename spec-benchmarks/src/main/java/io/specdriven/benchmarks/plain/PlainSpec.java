package io.specdriven.benchmarks.plain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * The content of a synthetic spec as plain records, the way a team would bind it with nothing but
 * jackson-databind: no checks in constructors, no builders, no strictness beyond unknown fields. The floor
 * against which the benchmarks measure specdriven's reading, writing and checking.
 *
 * @param schema the {@code $schema} field
 * @param specFormat the format version
 * @param id the spec's id
 * @param title the title
 * @param version the version
 * @param summary the summary
 * @param actors the actors
 * @param glossary the glossary terms
 * @param requirements the requirements
 * @param useCases the use cases
 * @param entities the entities
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PlainSpec(
        @JsonProperty("$schema") String schema,
        int specFormat,
        String id,
        String title,
        String version,
        String summary,
        List<Actor> actors,
        List<Term> glossary,
        List<Requirement> requirements,
        List<UseCase> useCases,
        List<Entity> entities) {

    /**
     * An actor.
     *
     * @param id its id
     * @param name its name
     * @param description what it does
     * @param kind human or system
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Actor(String id, String name, String description, String kind) {}

    /**
     * A glossary term.
     *
     * @param term the term
     * @param definition its definition
     * @param avoid words not to use for it
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Term(String term, String definition, List<String> avoid) {}

    /**
     * A requirement.
     *
     * @param id its id
     * @param title its title
     * @param statement its statement
     * @param kind its kind
     * @param priority its priority
     * @param status its status
     * @param rationale why
     * @param source where it came from
     * @param qualityCategory its quality category
     * @param story its user story
     * @param tags its tags
     * @param dependsOn the requirements it depends on
     * @param criteria its acceptance criteria
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Requirement(
            String id,
            String title,
            String statement,
            String kind,
            String priority,
            String status,
            String rationale,
            String source,
            String qualityCategory,
            Story story,
            List<String> tags,
            List<String> dependsOn,
            List<Criterion> criteria) {}

    /**
     * A user story.
     *
     * @param role the role
     * @param goal the goal
     * @param benefit the benefit
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Story(String role, String goal, String benefit) {}

    /**
     * An acceptance criterion.
     *
     * @param id its id
     * @param category success, edge case or failure
     * @param edgeCase the kind of edge case
     * @param given the context
     * @param when the action
     * @param then the outcome
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Criterion(String id, String category, String edgeCase, String given, String when, String then) {}

    /**
     * A use case.
     *
     * @param id its id
     * @param title its title
     * @param goal its goal
     * @param primaryActor the actor's id
     * @param trigger what starts it
     * @param preconditions its preconditions
     * @param mainFlow its main flow
     * @param flows its other flows
     * @param successPostconditions what holds after success
     * @param failurePostconditions what holds after failure
     * @param businessRules its business rules
     * @param realizes the requirements it realizes
     * @param uses the entities it uses
     * @param includes the use cases it includes
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record UseCase(
            String id,
            String title,
            String goal,
            String primaryActor,
            String trigger,
            List<String> preconditions,
            List<Step> mainFlow,
            List<Flow> flows,
            List<String> successPostconditions,
            List<String> failurePostconditions,
            List<Rule> businessRules,
            List<String> realizes,
            List<String> uses,
            List<String> includes) {}

    /**
     * A step of a flow.
     *
     * @param number its number
     * @param actor the actor's id
     * @param action what happens
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Step(int number, String actor, String action) {}

    /**
     * An alternative or exception flow.
     *
     * @param id its id
     * @param kind alternative or exception
     * @param title its title
     * @param branchesFrom the step it branches from
     * @param steps its steps
     * @param ends whether it ends the use case
     * @param rejoinsAt the step it rejoins at
     */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public record Flow(String id, String kind, String title, int branchesFrom, List<Step> steps, boolean ends, int rejoinsAt) {}

    /**
     * A business rule.
     *
     * @param id its id
     * @param text the rule
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Rule(String id, String text) {}

    /**
     * An entity.
     *
     * @param name its name
     * @param description what it is
     * @param attributes its attributes
     * @param relationships its relationships
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Entity(String name, String description, List<Attribute> attributes, List<Relationship> relationships) {}

    /**
     * An attribute.
     *
     * @param name its name
     * @param type its type
     * @param description what it holds
     * @param required whether it is required
     * @param unique whether it is unique
     * @param identifier whether it identifies the entity
     * @param maxLength the longest value
     * @param min the least value
     * @param pattern the pattern values match
     * @param values the values of an enum
     */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public record Attribute(
            String name,
            String type,
            String description,
            boolean required,
            boolean unique,
            boolean identifier,
            Integer maxLength,
            BigDecimal min,
            String pattern,
            List<String> values) {}

    /**
     * A relationship.
     *
     * @param name its name
     * @param target the target entity's name
     * @param kind its kind
     * @param cardinality its cardinality
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Relationship(String name, String target, String kind, String cardinality) {}
}
