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
 * A system use case: the observable behaviour of the system as an actor pursues a goal, as a numbered
 * main flow with alternative and exception flows.
 *
 * <pre>{@code
 * UseCase uc = UseCase.builder("UC-EXPORT")
 *     .title("Export a report").primaryActor("ANALYST").realizes("REQ-EXPORT").uses("Report")
 *     .step("ANALYST", "clicks Export")
 *     .step("SYSTEM", "builds the file and downloads it")
 *     .alternative("A1", "The report is empty", 2, a -> a.step("SYSTEM", "shows 'Nothing to export'").ends())
 *     .build();
 * }</pre>
 *
 * @param id the use case's id, unique in the spec
 * @param title a short name, usually verb and object
 * @param status where the use case stands in its life cycle, if stated (AIUP writes it; issue 9)
 * @param goal what the primary actor wants to achieve
 * @param primaryActor the actor whose goal this is
 * @param secondaryActors other actors taking part
 * @param trigger the event that starts the use case
 * @param preconditions what holds before it starts
 * @param mainFlow the numbered steps of the main success scenario
 * @param flows alternative and exception flows
 * @param successPostconditions what holds after it succeeds
 * @param failurePostconditions what still holds when it fails
 * @param businessRules the business rules it respects
 * @param realizes the ids of the requirements it realizes
 * @param uses the names of the entities it uses
 * @param includes the use cases it always includes
 * @param extensionOf the use cases it extends
 * @param waivers findings accepted on this use case
 * @since 0.1
 */
public record UseCase(
        Id id,
        @NotBlank @Size(max = 200) String title,
        Optional<RequirementStatus> status,
        Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 2000) String> goal,
        Optional<Id> primaryActor,
        List<Id> secondaryActors,
        Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 2000) String> trigger,
        List<@NotBlank @Size(max = 2000) String> preconditions,
        List<@Valid Step> mainFlow,
        List<@Valid Flow> flows,
        List<@NotBlank @Size(max = 2000) String> successPostconditions,
        List<@NotBlank @Size(max = 2000) String> failurePostconditions,
        List<@Valid BusinessRule> businessRules,
        List<Id> realizes,
        List<Id> uses,
        List<Id> includes,
        List<Id> extensionOf,
        List<@Valid Waiver> waivers) {

    /**
     * Checks for nulls and copies every list.
     *
     * @param id the use case's id, unique in the spec
     * @param title a short name, usually verb and object
     * @param status where the use case stands, if stated
     * @param goal what the primary actor wants to achieve
     * @param primaryActor the actor whose goal this is
     * @param secondaryActors other actors taking part
     * @param trigger the event that starts the use case
     * @param preconditions what holds before it starts
     * @param mainFlow the numbered steps of the main success scenario
     * @param flows alternative and exception flows
     * @param successPostconditions what holds after it succeeds
     * @param failurePostconditions what still holds when it fails
     * @param businessRules the business rules it respects
     * @param realizes the ids of the requirements it realizes
     * @param uses the names of the entities it uses
     * @param includes the use cases it always includes
     * @param extensionOf the use cases it extends
     * @param waivers findings accepted on this use case
     */
    public UseCase {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(status, "status");
        requireNonNull(goal, "goal");
        requireNonNull(primaryActor, "primaryActor");
        secondaryActors = copy(secondaryActors, "secondaryActors");
        requireNonNull(trigger, "trigger");
        preconditions = copy(preconditions, "preconditions");
        mainFlow = copy(mainFlow, "mainFlow");
        flows = copy(flows, "flows");
        successPostconditions = copy(successPostconditions, "successPostconditions");
        failurePostconditions = copy(failurePostconditions, "failurePostconditions");
        businessRules = copy(businessRules, "businessRules");
        realizes = copy(realizes, "realizes");
        uses = copy(uses, "uses");
        includes = copy(includes, "includes");
        extensionOf = copy(extensionOf, "extensionOf");
        waivers = copy(waivers, "waivers");
    }

    /**
     * Starts a builder; a use case needs a title.
     *
     * @param id the use case's id
     * @return a new builder
     */
    public static Builder builder(String id) {
        return new Builder(Id.of(notNull(id, "id")));
    }

    /**
     * Returns a builder holding this use case's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.title = title;
        b.status = status.orElse(null);
        b.goal = goal.orElse(null);
        b.primaryActor = primaryActor.orElse(null);
        b.secondaryActors.addAll(secondaryActors);
        b.trigger = trigger.orElse(null);
        b.preconditions.addAll(preconditions);
        b.mainFlow.addAll(mainFlow);
        b.flows.addAll(flows);
        b.successPostconditions.addAll(successPostconditions);
        b.failurePostconditions.addAll(failurePostconditions);
        b.businessRules.addAll(businessRules);
        b.realizes.addAll(realizes);
        b.uses.addAll(uses);
        b.includes.addAll(includes);
        b.extensionOf.addAll(extensionOf);
        b.waivers.addAll(waivers);
        return b;
    }

    /**
     * Returns the main-flow step with the given number.
     *
     * @param number the step number
     * @return the step, or empty
     */
    public Optional<Step> step(int number) {
        return mainFlow.stream().filter(s -> s.number() == number).findFirst();
    }

    /**
     * Returns the alternative or exception flow with the given id.
     *
     * @param id the flow's id
     * @return the flow, or empty
     */
    public Optional<Flow> flow(Id id) {
        requireNonNull(id, "id");
        return flows.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /**
     * Returns the alternative or exception flow with the given id, written as text: {@code flow("A1")}.
     *
     * @param id the id; text that is not an id at all finds nothing
     * @return the alternative or exception flow, or empty
     */
    public Optional<Flow> flow(String id) {
        return Id.lookup(id, "id").flatMap(this::flow);
    }

    /** Builds a {@link UseCase}; every setter returns this builder. */
    public static final class Builder {
        private final Id id;
        private String title;
        private RequirementStatus status;
        private String goal;
        private Id primaryActor;
        private final List<Id> secondaryActors = new ArrayList<>();
        private String trigger;
        private final List<String> preconditions = new ArrayList<>();
        private final List<Step> mainFlow = new ArrayList<>();
        private final List<Flow> flows = new ArrayList<>();
        private final List<String> successPostconditions = new ArrayList<>();
        private final List<String> failurePostconditions = new ArrayList<>();
        private final List<BusinessRule> businessRules = new ArrayList<>();
        private final List<Id> realizes = new ArrayList<>();
        private final List<Id> uses = new ArrayList<>();
        private final List<Id> includes = new ArrayList<>();
        private final List<Id> extensionOf = new ArrayList<>();
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
         * Sets where the use case stands in its life cycle.
         *
         * @param status the status
         * @return this builder
         */
        public Builder status(RequirementStatus status) {
            this.status = notNull(status, "status");
            return this;
        }

        /**
         * Sets the primary actor's goal.
         *
         * @param goal the goal
         * @return this builder
         */
        public Builder goal(String goal) {
            this.goal = notNull(goal, "goal");
            return this;
        }

        /**
         * Sets the primary actor.
         *
         * @param actorId the actor's id
         * @return this builder
         */
        public Builder primaryActor(String actorId) {
            this.primaryActor = Id.of(notNull(actorId, "actorId"));
            return this;
        }

        /**
         * Adds secondary actors.
         *
         * @param actorIds their ids
         * @return this builder
         */
        public Builder secondaryActor(String... actorIds) {
            addIds(secondaryActors, "actorIds", actorIds);
            return this;
        }

        /**
         * Sets the triggering event.
         *
         * @param trigger the trigger
         * @return this builder
         */
        public Builder trigger(String trigger) {
            this.trigger = notNull(trigger, "trigger");
            return this;
        }

        /**
         * Adds a precondition.
         *
         * @param precondition what holds before the use case starts
         * @return this builder
         */
        public Builder precondition(String precondition) {
            preconditions.add(notNull(precondition, "precondition"));
            return this;
        }

        /**
         * Adds the next main-flow step, numbered one after the last step's number (1 for the first).
         *
         * @param actor the acting actor's id, or {@code SYSTEM}
         * @param action what happens
         * @return this builder
         */
        public Builder step(String actor, String action) {
            mainFlow.add(Step.of(next(mainFlow), notNull(actor, "actor"), notNull(action, "action")));
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
            mainFlow.add(new Step(UseCase.Builder.next(mainFlow), notNull(actor, "actor"), notNull(action, "action")));
            return this;
        }

        /** The number after the last step's, so a numbered step() may be followed by unnumbered ones. */
        static int next(List<Step> steps) {
            return steps.isEmpty() ? 1 : steps.get(steps.size() - 1).number() + 1;
        }

        /**
         * Adds a finished main-flow step, keeping its number.
         *
         * @param step the step
         * @return this builder
         */
        public Builder step(Step step) {
            mainFlow.add(notNull(step, "step"));
            return this;
        }

        /**
         * Adds a finished alternative or exception flow.
         *
         * @param flow the flow
         * @return this builder
         */
        public Builder flow(Flow flow) {
            flows.add(notNull(flow, "flow"));
            return this;
        }

        /**
         * Adds an alternative flow.
         *
         * @param id the flow's id
         * @param title the condition under which it is taken
         * @param branchesFrom the main-flow step it branches from
         * @param flow fills in its steps and how it ends
         * @return this builder
         */
        public Builder alternative(String id, String title, int branchesFrom, Consumer<Flow.Builder> flow) {
            return flow(FlowKind.ALTERNATIVE, id, title, branchesFrom, flow);
        }

        /**
         * Adds an exception flow.
         *
         * @param id the flow's id
         * @param title the problem that starts it
         * @param branchesFrom the main-flow step it branches from
         * @param flow fills in its steps and how it ends
         * @return this builder
         */
        public Builder exception(String id, String title, int branchesFrom, Consumer<Flow.Builder> flow) {
            return flow(FlowKind.EXCEPTION, id, title, branchesFrom, flow);
        }

        private Builder flow(FlowKind kind, String id, String title, int from, Consumer<Flow.Builder> flow) {
            Flow.Builder builder = Flow.builder(id, kind, title, from);
            notNull(flow, "flow").accept(builder);
            flows.add(builder.build());
            return this;
        }

        /**
         * Adds a success postcondition.
         *
         * @param postcondition what holds after success
         * @return this builder
         */
        public Builder successPostcondition(String postcondition) {
            successPostconditions.add(notNull(postcondition, "postcondition"));
            return this;
        }

        /**
         * Adds a failure postcondition.
         *
         * @param postcondition what still holds after failure
         * @return this builder
         */
        public Builder failurePostcondition(String postcondition) {
            failurePostconditions.add(notNull(postcondition, "postcondition"));
            return this;
        }

        /**
         * Adds a business rule.
         *
         * @param id the rule's id, unique within this use case
         * @param text the rule
         * @return this builder
         */
        public Builder businessRule(String id, String text) {
            businessRules.add(BusinessRule.of(notNull(id, "id"), notNull(text, "text")));
            return this;
        }

        /**
         * Adds a business rule with a title, as AIUP names its rules.
         *
         * @param id the rule's id, unique within this use case
         * @param title the rule's short name
         * @param text the rule
         * @return this builder
         */
        public Builder businessRule(String id, String title, String text) {
            businessRules.add(BusinessRule.of(notNull(id, "id"), notNull(title, "title"), notNull(text, "text")));
            return this;
        }

        /**
         * Adds requirements this use case realizes.
         *
         * @param requirementIds their ids
         * @return this builder
         */
        public Builder realizes(String... requirementIds) {
            addIds(realizes, "requirementIds", requirementIds);
            return this;
        }

        /**
         * Adds entities this use case uses.
         *
         * @param entityNames their names
         * @return this builder
         */
        public Builder uses(String... entityNames) {
            addIds(uses, "entityNames", entityNames);
            return this;
        }

        /**
         * Adds use cases this one includes.
         *
         * @param useCaseIds their ids
         * @return this builder
         */
        public Builder include(String... useCaseIds) {
            addIds(includes, "useCaseIds", useCaseIds);
            return this;
        }

        /**
         * Adds use cases this one extends.
         *
         * @param useCaseIds their ids
         * @return this builder
         */
        public Builder extend(String... useCaseIds) {
            addIds(extensionOf, "useCaseIds", useCaseIds);
            return this;
        }

        /**
         * Waives a rule's findings on this use case.
         *
         * @param ruleId the rule id
         * @param reason why the finding is acceptable
         * @return this builder
         */
        public Builder waive(String ruleId, String reason) {
            waivers.add(Waiver.of(notNull(ruleId, "ruleId"), notNull(reason, "reason")));
            return this;
        }

        private static void addIds(List<Id> target, String name, String... ids) {
            for (String id : Checks.elements(name, ids)) {
                target.add(Id.of(id));
            }
        }

        /**
         * Builds the use case.
         *
         * @return a new, immutable use case
         * @throws IllegalStateException if the title is missing
         */
        public UseCase build() {
            List<String> missing = new ArrayList<>();
            if (title == null) missing.add("title");
            Checks.complete("UseCase " + id, missing);
            return new UseCase(id, title, Optional.ofNullable(status), Optional.ofNullable(goal), Optional.ofNullable(primaryActor),
                    secondaryActors, Optional.ofNullable(trigger), preconditions, mainFlow, flows,
                    successPostconditions, failurePostconditions, businessRules, realizes, uses, includes,
                    extensionOf, waivers);
        }
    }
}
