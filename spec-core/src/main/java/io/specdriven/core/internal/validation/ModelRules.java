package io.specdriven.core.internal.validation;

import io.specdriven.core.Attribute;
import io.specdriven.core.AttributeType;
import io.specdriven.core.Entity;
import io.specdriven.core.Flow;
import io.specdriven.core.Id;
import io.specdriven.core.Relationship;
import io.specdriven.core.Spec;
import io.specdriven.core.Step;
import io.specdriven.core.UseCase;
import io.specdriven.core.validation.ElementPath;
import io.specdriven.core.validation.Score.Area;
import io.specdriven.core.validation.Severity;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shape of use cases and of the entity model, and their consistency: a use case lists the entities
 * its steps name, and names the entities it lists. Every rule is linear in the spec's size.
 */
public final class ModelRules {
    private ModelRules() {}

    /** A use case lists in 'uses' every entity its steps name. */
    public static final Rule UNLISTED_ENTITY = Rule.standard("consistency.unlisted-entity", Severity.WARNING,
            Area.USE_CASES, "A use case lists in 'uses' every entity its steps name (by name or plural, in any case).",
            ModelRules::unlisted);

    /** A use case mentions every entity it lists in 'uses'. */
    public static final Rule UNMENTIONED_ENTITY = Rule.standard("consistency.unmentioned-entity", Severity.WARNING,
            Area.USE_CASES, "A use case mentions every entity it lists in 'uses'.", ModelRules::unmentioned);

    /** A use case has a primary actor. */
    public static final Rule NO_PRIMARY_ACTOR = Rule.standard("usecase.no-primary-actor", Severity.WARNING,
            Area.USE_CASES, "A use case has a primary actor.", (spec, out) -> {
                for (UseCase u : spec.useCases()) {
                    if (u.primaryActor().isEmpty()) {
                        out.add(Paths.of(u).field("primaryActor"), "the use case has no primary actor: it is not clear"
                                + " whose goal it serves", "add a \"primaryActor\": the actor who starts it and wants"
                                + " its result");
                    }
                }
            });

    /** A main flow has at least {@code min} steps. */
    public static final Rule SHORT_MAIN_FLOW = Rule.standard("usecase.short-main-flow", Severity.WARNING,
            Area.USE_CASES, "", (spec, out) -> {
                int min = out.setting("min");
                for (UseCase u : spec.useCases()) {
                    int n = u.mainFlow().size();
                    if (n < min) {
                        out.add(Paths.of(u).field("mainFlow"), "the main flow has " + (n == 0 ? "no" : n) + " step"
                                + (n == 1 ? "" : "s") + ", fewer than " + min + ": the exchange between actor and"
                                + " system is missing", "write the steps: the actor acts, the system responds, until"
                                + " the goal is reached");
                    }
                }
            }).setting("min", 2, 0, "the fewest steps a main flow may have")
            .describedBy(s -> "A main flow has at least " + Rule.count(s.get("min"), "step", "steps") + " (setting min).");

    /** A use case has a success postcondition. */
    public static final Rule NO_SUCCESS_POSTCONDITION = Rule.standard("usecase.no-success-postcondition",
            Severity.WARNING, Area.USE_CASES, "A use case has a success postcondition.", (spec, out) -> {
                for (UseCase u : spec.useCases()) {
                    if (u.successPostconditions().isEmpty()) {
                        out.add(Paths.of(u).field("successPostconditions"), "the use case has no success"
                                + " postcondition: what holds when it succeeds is not stated", "add a success"
                                + " postcondition to \"successPostconditions\": what is true when the use case has"
                                + " succeeded");
                    }
                }
            });

    /** The steps of every flow are numbered 1, 2, 3, … */
    public static final Rule STEP_GAP = Rule.standard("usecase.step-gap", Severity.WARNING, Area.USE_CASES,
            "The steps of every flow are numbered 1, 2, 3, … in order, without gaps.", (spec, out) -> {
                for (UseCase u : spec.useCases()) {
                    gaps(Paths.of(u).field("mainFlow"), u.mainFlow(), out);
                    for (Flow f : u.flows()) gaps(Paths.of(u, f).field("steps"), f.steps(), out);
                }
            });

    /** An alternative or exception flow either rejoins the main flow or ends the use case. */
    public static final Rule DANGLING_FLOW = Rule.standard("usecase.dangling-flow", Severity.WARNING, Area.USE_CASES,
            "An alternative or exception flow either rejoins the main flow or ends the use case.", (spec, out) -> {
                for (UseCase u : spec.useCases()) {
                    for (Flow f : u.flows()) {
                        if (!f.ends() && f.rejoinsAt().isEmpty()) {
                            out.add(Paths.of(u, f), "the " + f.kind().name().toLowerCase(Locale.ROOT) + " flow "
                                    + f.id() + " neither rejoins the main flow nor ends the use case", "add"
                                    + " \"rejoinsAt\": the main-flow step it returns to, or \"ends\": true");
                        }
                    }
                }
            });

    /** An entity has attributes. */
    public static final Rule NO_ATTRIBUTES = Rule.standard("entity.no-attributes", Severity.WARNING,
            Area.ENTITY_MODEL, "An entity has attributes.", (spec, out) -> {
                for (Entity e : spec.entities()) {
                    if (e.attributes().isEmpty()) {
                        out.add(Paths.of(e), "the entity has no attributes: what it holds is not defined", "add its"
                                + " \"attributes\", each with a \"name\" and a \"type\" such as STRING");
                    }
                }
            });

    /** An entity with attributes has an identifying attribute. */
    public static final Rule NO_IDENTIFIER = Rule.standard("entity.no-identifier", Severity.WARNING,
            Area.ENTITY_MODEL, "An entity with attributes has an identifying attribute.", (spec, out) -> {
                for (Entity e : spec.entities()) {
                    if (!e.attributes().isEmpty() && e.attributes().stream()
                            .noneMatch(a -> a.identifier() || a.type() == AttributeType.IDENTIFIER)) {
                        out.add(Paths.of(e), "no attribute identifies a " + e.name() + ": it is not clear how two of"
                                + " them are told apart", "mark the identifying attribute with \"identifier\": true,"
                                + " e.g. a number or a code");
                    }
                }
            });

    /** An ENUM attribute lists its values. */
    public static final Rule ENUM_WITHOUT_VALUES = Rule.standard("entity.enum-without-values", Severity.WARNING,
            Area.ENTITY_MODEL, "An ENUM attribute lists its values.", (spec, out) -> {
                for (Entity e : spec.entities()) {
                    for (Attribute a : e.attributes()) {
                        if (a.type() == AttributeType.ENUM && a.values().isEmpty()) {
                            out.add(Paths.of(e).element("attributes", a.name()).field("values"), "the ENUM attribute '"
                                    + a.name() + "' lists no values", "add its \"values\", e.g. [\"OPEN\", \"PAID\"]");
                        }
                    }
                }
            });

    /** A relationship states its cardinality. */
    public static final Rule NO_CARDINALITY = Rule.standard("entity.no-cardinality", Severity.WARNING,
            Area.ENTITY_MODEL, "A relationship states its cardinality.", (spec, out) -> {
                for (Entity e : spec.entities()) {
                    for (Relationship r : e.relationships()) {
                        if (r.cardinality().isEmpty()) {
                            out.add(Paths.of(e).element("relationships", r.name()).field("cardinality"),
                                    "the relationship '" + r.name() + "' to " + r.target() + " has no cardinality",
                                    "add a \"cardinality\": how many " + r.target() + " one " + e.name() + " has,"
                                            + " 1, 0..1, 0..* or 1..*");
                        }
                    }
                }
            });

    /**
     * Returns the rules, in the order they run.
     *
     * @return the rules
     */
    public static List<Rule> all() {
        return List.of(UNLISTED_ENTITY, UNMENTIONED_ENTITY, NO_PRIMARY_ACTOR, SHORT_MAIN_FLOW, NO_SUCCESS_POSTCONDITION,
                STEP_GAP, DANGLING_FLOW, NO_ATTRIBUTES, NO_IDENTIFIER, ENUM_WITHOUT_VALUES, NO_CARDINALITY);
    }

    private static void gaps(ElementPath at, List<Step> steps, Rule.Findings out) {
        if (steps.isEmpty()) return;
        Set<Integer> distinct = new HashSet<>();
        boolean ascending = true;
        int previous = Integer.MIN_VALUE;
        int max = 0;
        for (Step s : steps) {
            distinct.add(s.number());
            if (s.number() < previous) ascending = false;
            previous = s.number();
            max = Math.max(max, s.number());
        }
        boolean complete = max == distinct.size() && !distinct.contains(0) && distinct.stream().allMatch(n -> n > 0);
        if (!complete || !ascending) {
            String numbers = steps.stream().limit(12).map(s -> Integer.toString(s.number()))
                    .collect(Collectors.joining(", ")) + (steps.size() > 12 ? ", …" : "");
            out.add(at, "the steps are numbered " + numbers + ": they should run 1, 2, 3, … in order, without gaps",
                    "renumber the steps in the order they happen");
        }
    }

    private static void unlisted(Spec spec, Rule.Findings out) {
        TermMatcher<Id> entities = EntityNames.matcher(spec);
        if (entities.isEmpty()) return;
        for (UseCase u : spec.useCases()) {
            Set<Id> uses = new HashSet<>(u.uses());
            checkSteps(Paths.of(u), "mainFlow", u.mainFlow(), uses, entities, out);
            for (Flow f : u.flows()) checkSteps(Paths.of(u, f), "steps", f.steps(), uses, entities, out);
        }
    }

    private static void checkSteps(ElementPath owner, String list, List<Step> steps, Set<Id> uses,
            TermMatcher<Id> entities, Rule.Findings out) {
        for (Step s : steps) {
            Set<Id> named = new LinkedHashSet<>();
            for (TermMatcher.Match<Id> m : entities.find(Text.of(s.action()))) named.add(m.value());
            for (Id e : named) {
                if (!uses.contains(e)) {
                    out.add(TextFields.step(owner, list, s), "step " + s.number() + " names the entity " + e + ", which"
                            + " the use case does not list in uses", "add " + e + " to the \"uses\" of the use case, or"
                            + " reword the step");
                }
            }
        }
    }

    private static void unmentioned(Spec spec, Rule.Findings out) {
        TermMatcher<Id> entities = EntityNames.matcher(spec);
        for (UseCase u : spec.useCases()) {
            if (u.uses().isEmpty()) continue;
            Set<Id> mentioned = new HashSet<>();
            TextFields.useCase((path, text, kind) -> {
                for (TermMatcher.Match<Id> m : entities.find(Text.of(text))) mentioned.add(m.value());
            }, u);
            for (Id e : u.uses()) {
                if (!mentioned.contains(e)) {
                    out.add(Paths.of(u).element("uses", e), "the use case lists the entity " + e + " in uses but never"
                            + " mentions it", "say in a step what the use case does with " + e + ", or remove it from"
                            + " \"uses\"");
                }
            }
        }
    }
}
