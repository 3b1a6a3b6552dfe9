package io.specdriven.core.internal.model;

import static io.specdriven.core.internal.model.Field.Type.CHOICE;
import static io.specdriven.core.internal.model.Field.Type.ELEMENTS;
import static io.specdriven.core.internal.model.Field.Type.FLAG;
import static io.specdriven.core.internal.model.Field.Type.INLINE;
import static io.specdriven.core.internal.model.Field.Type.KEY;
import static io.specdriven.core.internal.model.Field.Type.NUMBER;
import static io.specdriven.core.internal.model.Field.Type.PARTS;
import static io.specdriven.core.internal.model.Field.Type.WAIVERS;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Actor;
import io.specdriven.core.Attribute;
import io.specdriven.core.BusinessRule;
import io.specdriven.core.Cardinality;
import io.specdriven.core.Entity;
import io.specdriven.core.Flow;
import io.specdriven.core.GlossaryTerm;
import io.specdriven.core.Id;
import io.specdriven.core.Relationship;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.Step;
import io.specdriven.core.Story;
import io.specdriven.core.UseCase;
import io.specdriven.core.UserStory;
import io.specdriven.core.Waiver;
import io.specdriven.core.validation.ElementPath;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The model's shape, declared once: each record type as a {@link Part} with its fields in declared
 * order, and the walk over a spec that follows it. A new field of the model is declared here (one line
 * in its part), beside its record, builder, JSON decoder and encoder; id indexing, waivers, text rules,
 * references, element paths, the canonical form and the diff pick it up from here.
 */
public final class Shape {
    private Shape() {}

    /**
     * Maps the ids an element refers to before they are written in canonical form, so that the old
     * version of an element can be compared as if it already followed the renames a diff found.
     */
    @FunctionalInterface
    public interface References {
        /** Writes every reference as it is. */
        References AS_IS = (kind, id) -> id;

        /**
         * Returns the id to write for a reference.
         *
         * @param kind the kind of element referred to
         * @param id the id referred to
         * @return the id to write
         */
        Id map(IdKind kind, Id id);
    }

    /** A waiver: keyed by the rule it accepts. */
    public static final Part<Waiver> WAIVER = new Part<>("waiver", Waiver.class, Waiver::ruleId, null, null);
    /** A glossary term: keyed by the term. */
    public static final Part<GlossaryTerm> GLOSSARY_TERM =
            new Part<>("glossary term", GlossaryTerm.class, GlossaryTerm::term, null, null);
    /** A requirement's user story. */
    public static final Part<UserStory> STORY = new Part<>("user story", UserStory.class, s -> "story", null, null);
    /** An acceptance criterion. */
    public static final Part<AcceptanceCriterion> CRITERION = new Part<>("acceptance criterion",
            AcceptanceCriterion.class, c -> c.id().value(), AcceptanceCriterion::id, IdKind.CRITERION);
    /**
     * A user story of the spec as a whole (issue 9): keyed by its id, outside the id space (its
     * criteria are in it); walked always, so that its criteria are.
     */
    public static final Part<Story> SPEC_STORY =
            new Part<>("story", Story.class, s -> s.id().value(), Story::id, null);
    /** A requirement. */
    public static final Part<Requirement> REQUIREMENT =
            new Part<>("requirement", Requirement.class, r -> r.id().value(), Requirement::id, IdKind.REQUIREMENT);
    /** A step of a flow: keyed by its number. */
    public static final Part<Step> STEP = new Part<>("step", Step.class, s -> Integer.toString(s.number()), null, null);
    /** An alternative or exception flow. */
    public static final Part<Flow> FLOW = new Part<>("flow", Flow.class, f -> f.id().value(), Flow::id, null);
    /** A business rule of a use case. */
    public static final Part<BusinessRule> BUSINESS_RULE =
            new Part<>("business rule", BusinessRule.class, b -> b.id().value(), BusinessRule::id, null);
    /** A use case. */
    public static final Part<UseCase> USE_CASE =
            new Part<>("use case", UseCase.class, u -> u.id().value(), UseCase::id, IdKind.USE_CASE);
    /** An attribute of an entity: keyed by its name. */
    public static final Part<Attribute> ATTRIBUTE = new Part<>("attribute", Attribute.class, Attribute::name, null, null);
    /** A relationship of an entity: keyed by its name. */
    public static final Part<Relationship> RELATIONSHIP =
            new Part<>("relationship", Relationship.class, Relationship::name, null, null);
    /** An entity: keyed by its name. */
    public static final Part<Entity> ENTITY =
            new Part<>("entity", Entity.class, e -> e.name().value(), Entity::name, IdKind.ENTITY);
    /** An actor. */
    public static final Part<Actor> ACTOR = new Part<>("actor", Actor.class, a -> a.id().value(), Actor::id, IdKind.ACTOR);
    /** The spec itself. */
    public static final Part<Spec> SPEC = new Part<>("spec", Spec.class, s -> s.id().value(), Spec::id, null);

    // The fields, in the records' declared order (which is also the order of the canonical form).
    static {
        WAIVER.fields(List.of(
                Field.of("ruleId", KEY, Waiver::ruleId),
                Field.text("reason", Waiver::reason, null)));
        GLOSSARY_TERM.fields(List.of(
                Field.of("term", KEY, GlossaryTerm::term),
                Field.text("definition", GlossaryTerm::definition, TextKind.GLOSSARY),
                Field.texts("avoid", GlossaryTerm::avoid, null)));
        STORY.fields(List.of(
                Field.text("role", UserStory::role, TextKind.PROSE),
                Field.text("goal", UserStory::goal, TextKind.PROSE),
                Field.text("benefit", UserStory::benefit, TextKind.PROSE)));
        CRITERION.fields(List.of(
                Field.of("id", KEY, AcceptanceCriterion::id),
                Field.of("category", CHOICE, AcceptanceCriterion::category),
                Field.of("edgeCase", CHOICE, AcceptanceCriterion::edgeCase),
                Field.steps("given", AcceptanceCriterion::given, TextKind.BEHAVIOUR),
                Field.steps("when", AcceptanceCriterion::when, TextKind.BEHAVIOUR),
                Field.steps("then", AcceptanceCriterion::then, TextKind.BEHAVIOUR),
                Field.text("statement", AcceptanceCriterion::statement, TextKind.BEHAVIOUR),
                Field.refs("verifies", AcceptanceCriterion::verifies, IdKind.REQUIREMENT),
                Field.part("waivers", WAIVERS, AcceptanceCriterion::waivers, WAIVER)));
        SPEC_STORY.fields(List.of(
                Field.of("id", KEY, Story::id),
                Field.text("title", Story::title, TextKind.PROSE),
                Field.text("text", Story::text, TextKind.PROSE),
                Field.text("role", Story::role, TextKind.PROSE),
                Field.text("goal", Story::goal, TextKind.PROSE),
                Field.text("benefit", Story::benefit, TextKind.PROSE),
                Field.of("priority", CHOICE, Story::priority),
                Field.part("criteria", ELEMENTS, Story::criteria, CRITERION),
                Field.part("waivers", WAIVERS, Story::waivers, WAIVER)));
        REQUIREMENT.fields(List.of(
                Field.of("id", KEY, Requirement::id),
                Field.text("title", Requirement::title, TextKind.PROSE),
                Field.text("statement", Requirement::statement, TextKind.BEHAVIOUR),
                Field.of("kind", CHOICE, Requirement::kind),
                Field.of("qualityCategory", CHOICE, Requirement::qualityCategory),
                Field.of("priority", CHOICE, Requirement::priority),
                Field.of("status", CHOICE, Requirement::status).bookkeeping(),
                Field.ref("supersededBy", Requirement::supersededBy, IdKind.REQUIREMENT),
                Field.text("rationale", Requirement::rationale, TextKind.PROSE),
                Field.text("source", Requirement::source, null),
                Field.part("story", INLINE, Requirement::story, STORY),
                Field.refs("dependsOn", Requirement::dependsOn, IdKind.REQUIREMENT),
                Field.texts("tags", Requirement::tags, null),
                Field.part("criteria", ELEMENTS, Requirement::criteria, CRITERION),
                Field.part("waivers", WAIVERS, Requirement::waivers, WAIVER)));
        STEP.fields(List.of(
                Field.of("number", KEY, Step::number),
                // SYSTEM is the system being specified, not an actor of the spec: it refers to nothing
                Field.ref("actor", Step::actor, IdKind.ACTOR).except(Step.SYSTEM),
                Field.text("action", Step::action, TextKind.BEHAVIOUR)))
                .compact((s, refs) -> refs.map(IdKind.ACTOR, s.actor()).value() + ": " + s.action());
        FLOW.fields(List.of(
                Field.of("id", KEY, Flow::id),
                Field.of("kind", CHOICE, Flow::kind),
                Field.text("title", Flow::title, TextKind.BEHAVIOUR),
                Field.text("condition", Flow::condition, TextKind.BEHAVIOUR),
                Field.of("branchesFrom", NUMBER, Flow::branchesFrom),
                Field.part("steps", PARTS, Flow::steps, STEP),
                Field.of("rejoinsAt", NUMBER, Flow::rejoinsAt),
                Field.of("ends", FLAG, Flow::ends)));
        BUSINESS_RULE.fields(List.of(
                Field.of("id", KEY, BusinessRule::id),
                Field.text("title", BusinessRule::title, TextKind.PROSE),
                Field.text("text", BusinessRule::text, TextKind.BEHAVIOUR)))
                // a rule with a title keeps its form without one: the title is a prefix only where there is one
                .compact((b, refs) -> b.title().map(t -> t + ": ").orElse("") + b.text());
        USE_CASE.fields(List.of(
                Field.of("id", KEY, UseCase::id),
                Field.text("title", UseCase::title, TextKind.PROSE),
                Field.of("status", CHOICE, UseCase::status).bookkeeping(),
                Field.text("goal", UseCase::goal, TextKind.PROSE),
                Field.ref("primaryActor", UseCase::primaryActor, IdKind.ACTOR),
                Field.refs("secondaryActors", UseCase::secondaryActors, IdKind.ACTOR),
                Field.text("trigger", UseCase::trigger, TextKind.BEHAVIOUR),
                Field.texts("preconditions", UseCase::preconditions, TextKind.BEHAVIOUR),
                Field.part("mainFlow", PARTS, UseCase::mainFlow, STEP),
                Field.part("flows", PARTS, UseCase::flows, FLOW),
                Field.texts("successPostconditions", UseCase::successPostconditions, TextKind.BEHAVIOUR),
                Field.texts("failurePostconditions", UseCase::failurePostconditions, TextKind.BEHAVIOUR),
                Field.part("businessRules", PARTS, UseCase::businessRules, BUSINESS_RULE),
                Field.refs("realizes", UseCase::realizes, IdKind.REQUIREMENT),
                Field.refs("uses", UseCase::uses, IdKind.ENTITY),
                Field.refs("includes", UseCase::includes, IdKind.USE_CASE),
                Field.refs("extensionOf", UseCase::extensionOf, IdKind.USE_CASE),
                Field.part("waivers", WAIVERS, UseCase::waivers, WAIVER)));
        ATTRIBUTE.fields(List.of(
                Field.of("name", KEY, Attribute::name),
                Field.of("type", CHOICE, Attribute::type),
                Field.texts("values", Attribute::values, null),
                Field.of("required", FLAG, Attribute::required),
                Field.of("unique", FLAG, Attribute::unique),
                Field.of("identifier", FLAG, Attribute::identifier),
                Field.of("min", NUMBER, Attribute::min),
                Field.of("max", NUMBER, Attribute::max),
                Field.of("minLength", NUMBER, Attribute::minLength),
                Field.of("maxLength", NUMBER, Attribute::maxLength),
                Field.text("pattern", Attribute::pattern, null),
                Field.text("default", Attribute::defaultValue, null),
                Field.ref("reference", Attribute::reference, IdKind.ENTITY),
                Field.text("description", Attribute::description, TextKind.PROSE)));
        RELATIONSHIP.fields(List.of(
                Field.of("name", KEY, Relationship::name),
                Field.ref("target", Relationship::target, IdKind.ENTITY),
                Field.of("kind", CHOICE, Relationship::kind),
                Field.<Relationship>of("sourceCardinality", CHOICE, Relationship::sourceCardinality)
                        .form((Cardinality c) -> c.notation()),
                Field.<Relationship>of("cardinality", CHOICE, Relationship::cardinality)
                        .form((Cardinality c) -> c.notation()),
                Field.text("description", Relationship::description, TextKind.PROSE)));
        ENTITY.fields(List.of(
                Field.of("name", KEY, Entity::name),
                Field.text("description", Entity::description, TextKind.PROSE),
                Field.part("attributes", PARTS, Entity::attributes, ATTRIBUTE),
                Field.part("relationships", PARTS, Entity::relationships, RELATIONSHIP),
                Field.texts("invariants", Entity::invariants, TextKind.BEHAVIOUR),
                Field.part("waivers", WAIVERS, Entity::waivers, WAIVER)));
        ACTOR.fields(List.of(
                Field.of("id", KEY, Actor::id),
                Field.text("name", Actor::name, TextKind.PROSE),
                Field.text("description", Actor::description, TextKind.PROSE),
                Field.of("kind", CHOICE, Actor::kind),
                Field.part("waivers", WAIVERS, Actor::waivers, WAIVER)));
        SPEC.fields(List.of(
                // the spec's id is part of its content (a spec is not an element of a list)
                Field.text("id", s -> s.id().value(), null),
                Field.text("title", Spec::title, TextKind.PROSE),
                Field.text("version", Spec::version, null),
                Field.text("summary", Spec::summary, TextKind.PROSE),
                Field.part("actors", ELEMENTS, Spec::actors, ACTOR),
                Field.part("glossary", PARTS, Spec::glossary, GLOSSARY_TERM),
                Field.part("requirements", ELEMENTS, Spec::requirements, REQUIREMENT),
                Field.part("stories", ELEMENTS, Spec::stories, SPEC_STORY),
                Field.part("criteria", ELEMENTS, Spec::criteria, CRITERION),
                Field.part("useCases", ELEMENTS, Spec::useCases, USE_CASE),
                Field.part("entities", ELEMENTS, Spec::entities, ENTITY),
                Field.texts("assumptions", Spec::assumptions, TextKind.PROSE),
                Field.texts("outOfScope", Spec::outOfScope, TextKind.PROSE),
                Field.texts("openQuestions", Spec::openQuestions, TextKind.OPEN_QUESTION),
                Field.part("waivers", WAIVERS, Spec::waivers, WAIVER)));
    }

    private static final Map<Class<?>, Part<?>> BY_TYPE = Map.ofEntries(
            Map.entry(Waiver.class, WAIVER), Map.entry(GlossaryTerm.class, GLOSSARY_TERM),
            Map.entry(UserStory.class, STORY), Map.entry(AcceptanceCriterion.class, CRITERION),
            Map.entry(Requirement.class, REQUIREMENT), Map.entry(Story.class, SPEC_STORY), Map.entry(Step.class, STEP), Map.entry(Flow.class, FLOW),
            Map.entry(BusinessRule.class, BUSINESS_RULE), Map.entry(UseCase.class, USE_CASE),
            Map.entry(Attribute.class, ATTRIBUTE), Map.entry(Relationship.class, RELATIONSHIP),
            Map.entry(Entity.class, ENTITY), Map.entry(Actor.class, ACTOR), Map.entry(Spec.class, SPEC));

    /**
     * Returns the part of a model value.
     *
     * @param value a record of the model
     * @return its part, or empty for any other value
     */
    public static Optional<Part<?>> partOf(Object value) {
        return value == null ? Optional.empty() : Optional.ofNullable(BY_TYPE.get(value.getClass()));
    }

    /** The elements of the id space, in the order the walk meets them: actors, requirements with their criteria, use cases, entities. */
    public static final List<Part<?>> ID_SPACE = List.of(ACTOR, REQUIREMENT, CRITERION, USE_CASE, ENTITY);

    /**
     * Returns the field under which a part's instances stand in their parent, such as
     * {@code requirements} for a requirement in the spec.
     *
     * @param parent the parent part
     * @param child the child part
     * @return the field
     * @throws IllegalArgumentException if the parent holds no such part
     */
    public static Field<?> listOf(Part<?> parent, Part<?> child) {
        for (Field<?> f : parent.fields()) {
            if (f.part() == child && f.type() != Field.Type.WAIVERS) return f;
        }
        throw new IllegalArgumentException(parent + " holds no " + child);
    }

    /**
     * Returns the path of an element below its parent's path: {@code parent.list[key]}.
     *
     * @param parentPath the parent's path
     * @param list the parent's field holding the element
     * @param element the element
     * @return its path
     */
    public static ElementPath pathIn(ElementPath parentPath, Field<?> list, Object element) {
        return parentPath.element(list.name(), list.part().key(element));
    }

    // --- the walk ---------------------------------------------------------------------------------

    /** What a walk visits beyond the elements of the id space and their waivers. */
    public enum Detail {
        /** Paths are computed; without it, every path argument is null. */
        PATHS,
        /** Texts are visited. */
        TEXTS,
        /** References are visited. */
        REFERENCES,
        /** Keyed parts and inline records (flows, steps, attributes, stories …) are entered. */
        PARTS;

        /** Every detail. */
        public static final Set<Detail> ALL = Collections.unmodifiableSet(EnumSet.allOf(Detail.class));
    }

    /** Receives what the walk meets; every method does nothing unless overridden. */
    public interface Visitor {
        /**
         * An element or part, before what it holds.
         *
         * @param part its part
         * @param value the record
         * @param path its path
         * @param owner the id of the nearest id-space element around it (its requirement, for a
         *     criterion), or null
         */
        default void element(Part<?> part, Object value, ElementPath path, Id owner) {}

        /**
         * A text some language rule reads.
         *
         * @param path where it stands
         * @param text the text
         * @param kind what it is for
         */
        default void text(ElementPath path, String text, TextKind kind) {}

        /**
         * A reference to an element of the id space.
         *
         * @param at where it stands: {@code field} for a single reference, {@code field[id]} in a list
         * @param field the field holding it
         * @param target the id referred to
         * @param owner the id of the nearest id-space element holding the reference (the use case, for
         *     a step's actor; the entity, for a relationship's target)
         * @param ownerKind that element's kind
         */
        default void reference(ElementPath at, Field<?> field, Id target, Id owner, IdKind ownerKind) {}

        /**
         * The waivers declared on an element, when there are any.
         *
         * @param at the element's path
         * @param waivers its waivers
         */
        default void waivers(ElementPath at, List<Waiver> waivers) {}
    }

    /**
     * Walks a whole spec, in declared order.
     *
     * @param spec the spec
     * @param details what to visit beyond the id-space elements and their waivers
     * @param v the visitor
     */
    public static void walk(Spec spec, Set<Detail> details, Visitor v) {
        walk(SPEC, spec, details.contains(Detail.PATHS) ? ElementPath.root() : null, null, null, details, v);
    }

    /**
     * Walks one element or part and what it holds.
     *
     * @param part its part
     * @param value the record
     * @param path its path (or null when the visitor wants none)
     * @param owner the id of the nearest id-space element around it, or null
     * @param ownerKind that element's kind, or null
     * @param details what to visit beyond the id-space elements and their waivers ({@link Detail#PATHS} is
     *     read from {@code path}: null means none)
     * @param v the visitor
     * @param <T> the record type
     */
    public static <T> void walk(Part<T> part, T value, ElementPath path, Id owner, IdKind ownerKind,
            Set<Detail> details, Visitor v) {
        v.element(part, value, path, owner);
        Id here = part.idKind() != null ? part.id(value) : owner;
        IdKind hereKind = part.idKind() != null ? part.idKind() : ownerKind;
        boolean paths = path != null;
        boolean visitTexts = details.contains(Detail.TEXTS);
        boolean refs = details.contains(Detail.REFERENCES);
        boolean parts = details.contains(Detail.PARTS);
        for (Field<T> f : part.fields()) {
            switch (f.type()) {
                case TEXT -> {
                    if (visitTexts && f.textKind() != null) {
                        Object text = f.get(value);
                        if (text instanceof Optional<?> o) text = o.orElse(null);
                        if (text != null) v.text(paths ? path.field(f.name()) : null, (String) text, f.textKind());
                    }
                }
                case TEXTS -> {
                    if (visitTexts && f.textKind() != null) {
                        List<?> texts = (List<?>) f.get(value);
                        for (int i = 0; i < texts.size(); i++) {
                            v.text(paths ? path.element(f.name(), Integer.toString(i)) : null, (String) texts.get(i),
                                    f.textKind());
                        }
                    }
                }
                case STEPS -> {
                    if (visitTexts && f.textKind() != null) {
                        List<?> steps = (List<?>) f.get(value);
                        for (int i = 0; i < steps.size(); i++) {
                            ElementPath at = !paths ? null
                                    : steps.size() == 1 ? path.field(f.name()) : path.element(f.name(), Integer.toString(i));
                            v.text(at, (String) steps.get(i), f.textKind());
                        }
                    }
                }
                case REF -> {
                    if (refs) {
                        Object ref = f.get(value);
                        if (ref instanceof Optional<?> o) ref = o.orElse(null);
                        if (ref != null && f.refersTo((Id) ref)) {
                            v.reference(paths ? path.field(f.name()) : null, f, (Id) ref, here, hereKind);
                        }
                    }
                }
                case REFS -> {
                    if (refs) {
                        for (Object ref : (List<?>) f.get(value)) {
                            Id id = (Id) ref;
                            if (f.refersTo(id)) v.reference(paths ? path.element(f.name(), id.value()) : null, f, id, here, hereKind);
                        }
                    }
                }
                case INLINE -> {
                    if (parts) {
                        Object inline = ((Optional<?>) f.get(value)).orElse(null);
                        if (inline != null) walkAny(f.part(), inline, paths ? path.field(f.name()) : null, here, hereKind, details, v);
                    }
                }
                case PARTS -> {
                    if (parts) children(f, value, path, here, hereKind, details, v);
                }
                case ELEMENTS -> children(f, value, path, here, hereKind, details, v);
                case WAIVERS -> {
                    @SuppressWarnings("unchecked")
                    List<Waiver> waivers = (List<Waiver>) f.get(value);
                    if (!waivers.isEmpty()) v.waivers(path, waivers);
                }
                default -> { } // keys, choices, numbers and flags hold no text, reference or part
            }
        }
    }

    private static <T> void children(Field<T> f, T value, ElementPath path, Id owner, IdKind ownerKind,
            Set<Detail> details, Visitor v) {
        Part<?> child = f.part();
        for (Object element : (List<?>) f.get(value)) {
            walkAny(child, element, path == null ? null : path.element(f.name(), child.key(element)), owner, ownerKind, details, v);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void walkAny(Part<T> part, Object value, ElementPath path, Id owner, IdKind ownerKind,
            Set<Detail> details, Visitor v) {
        walk(part, (T) value, path, owner, ownerKind, details, v);
    }
}
