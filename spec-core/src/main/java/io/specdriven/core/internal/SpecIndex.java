package io.specdriven.core.internal;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Actor;
import io.specdriven.core.Entity;
import io.specdriven.core.Id;
import io.specdriven.core.Relationship;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.UseCase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A spec indexed by id, forwards and backwards, built in one pass so that views, traceability and the
 * diff never compare all pairs. Where an id occurs twice (an invalid spec, which the validator reports),
 * the first occurrence wins, as in {@link Spec#requirement(Id)}. Back-references keep the order in which
 * the referring elements appear in the spec and list each referrer once.
 */
public final class SpecIndex {
    private final Spec spec;
    private final Map<Id, Requirement> requirements;
    private final Map<Id, UseCase> useCases;
    private final Map<Id, Entity> entities;
    private final Map<Id, Actor> actors;
    private final Map<Id, AcceptanceCriterion> criteria = new HashMap<>();
    private final Map<Id, Requirement> criterionOwner = new HashMap<>();
    private final Map<Id, Integer> requirementPosition = new HashMap<>();
    private final Map<Id, Integer> useCasePosition = new HashMap<>();
    private final Map<Id, Integer> entityPosition = new HashMap<>();
    private final Map<Id, Integer> actorPosition = new HashMap<>();
    private final Map<Id, Integer> criterionPosition = new HashMap<>();
    private final Map<Id, Set<Id>> realizedBy = new HashMap<>();
    private final Map<Id, Set<Id>> usedBy = new HashMap<>();
    private final Map<Id, Set<Id>> includedOrExtendedBy = new HashMap<>();
    private final Map<Id, Set<Id>> actorIn = new HashMap<>();
    private final Map<Id, Set<Id>> dependedOnBy = new HashMap<>();
    private final Map<Id, Set<Id>> relatedFrom = new HashMap<>();

    private SpecIndex(Spec spec) {
        this.spec = spec;
        this.requirements = byId(spec.requirements(), Requirement::id, requirementPosition);
        this.useCases = byId(spec.useCases(), UseCase::id, useCasePosition);
        this.entities = byId(spec.entities(), Entity::name, entityPosition);
        this.actors = byId(spec.actors(), Actor::id, actorPosition);
        int position = 0;
        for (Requirement r : spec.requirements()) {
            for (AcceptanceCriterion c : r.criteria()) {
                criteria.putIfAbsent(c.id(), c);
                criterionOwner.putIfAbsent(c.id(), r);
                criterionPosition.putIfAbsent(c.id(), position++);
            }
            r.dependsOn().forEach(d -> add(dependedOnBy, d, r.id()));
            r.supersededBy().ifPresent(s -> add(dependedOnBy, s, r.id()));
        }
        for (UseCase u : spec.useCases()) {
            u.realizes().forEach(r -> add(realizedBy, r, u.id()));
            u.uses().forEach(e -> add(usedBy, e, u.id()));
            u.includes().forEach(i -> add(includedOrExtendedBy, i, u.id()));
            u.extensionOf().forEach(i -> add(includedOrExtendedBy, i, u.id()));
            u.primaryActor().ifPresent(a -> add(actorIn, a, u.id()));
            u.secondaryActors().forEach(a -> add(actorIn, a, u.id()));
            u.mainFlow().forEach(s -> add(actorIn, s.actor(), u.id()));
            u.flows().forEach(f -> f.steps().forEach(s -> add(actorIn, s.actor(), u.id())));
        }
        for (Entity e : spec.entities()) {
            for (Relationship rel : e.relationships()) {
                add(relatedFrom, rel.target(), e.name());
            }
        }
    }

    /**
     * Indexes a spec.
     *
     * @param spec the spec
     * @return its index
     */
    public static SpecIndex of(Spec spec) {
        return new SpecIndex(java.util.Objects.requireNonNull(spec, "spec"));
    }

    private static <T> Map<Id, T> byId(List<T> list, Function<T, Id> id, Map<Id, Integer> positions) {
        Map<Id, T> map = new HashMap<>(list.size() * 2);
        for (int i = 0; i < list.size(); i++) {
            T element = list.get(i);
            if (map.putIfAbsent(id.apply(element), element) == null) {
                positions.put(id.apply(element), i);
            }
        }
        return map;
    }

    private static void add(Map<Id, Set<Id>> map, Id key, Id value) {
        map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value);
    }

    private static List<Id> get(Map<Id, Set<Id>> map, Id key) {
        Set<Id> set = map.get(key);
        return set == null ? List.of() : List.copyOf(set);
    }

    /** @return the indexed spec */
    public Spec spec() {
        return spec;
    }

    public Optional<Requirement> requirement(Id id) {
        return Optional.ofNullable(requirements.get(id));
    }

    public Optional<UseCase> useCase(Id id) {
        return Optional.ofNullable(useCases.get(id));
    }

    public Optional<Entity> entity(Id name) {
        return Optional.ofNullable(entities.get(name));
    }

    public Optional<Actor> actor(Id id) {
        return Optional.ofNullable(actors.get(id));
    }

    public Optional<AcceptanceCriterion> criterion(Id id) {
        return Optional.ofNullable(criteria.get(id));
    }

    /** The requirement that holds the criterion, if the criterion exists. */
    public Optional<Requirement> ownerOf(Id criterionId) {
        return Optional.ofNullable(criterionOwner.get(criterionId));
    }

    /** Zero-based position of the first requirement with this id, or -1. */
    public int requirementPosition(Id id) {
        return requirementPosition.getOrDefault(id, -1);
    }

    public int useCasePosition(Id id) {
        return useCasePosition.getOrDefault(id, -1);
    }

    public int entityPosition(Id id) {
        return entityPosition.getOrDefault(id, -1);
    }

    public int actorPosition(Id id) {
        return actorPosition.getOrDefault(id, -1);
    }

    /** Zero-based position of the criterion among all criteria of the spec, in order, or -1. */
    public int criterionPosition(Id id) {
        return criterionPosition.getOrDefault(id, -1);
    }

    /** Use cases whose {@code realizes} names the requirement. */
    public List<Id> useCasesRealizing(Id requirementId) {
        return get(realizedBy, requirementId);
    }

    /** Use cases whose {@code uses} names the entity. */
    public List<Id> useCasesUsing(Id entityName) {
        return get(usedBy, entityName);
    }

    /** Use cases that include or extend the use case. */
    public List<Id> useCasesIncludingOrExtending(Id useCaseId) {
        return get(includedOrExtendedBy, useCaseId);
    }

    /** Use cases in which the actor takes part (as primary or secondary actor, or in a step). */
    public List<Id> useCasesWithActor(Id actorId) {
        return get(actorIn, actorId);
    }

    /** Requirements that depend on, or are superseded by, the requirement. */
    public List<Id> requirementsReferring(Id requirementId) {
        return get(dependedOnBy, requirementId);
    }

    /** Entities with a relationship whose target is the entity. */
    public List<Id> entitiesRelatingTo(Id entityName) {
        return get(relatedFrom, entityName);
    }

    /** Returns an unmodifiable view of the requirement ids in spec order, first occurrences only. */
    public List<Id> requirementIds() {
        List<Id> ids = new ArrayList<>(requirements.size());
        for (Requirement r : spec.requirements()) {
            if (requirements.get(r.id()) == r) ids.add(r.id());
        }
        return Collections.unmodifiableList(ids);
    }
}
