package io.specdriven.core.internal;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Actor;
import io.specdriven.core.Entity;
import io.specdriven.core.Id;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.UseCase;
import io.specdriven.core.internal.model.Field;
import io.specdriven.core.internal.model.IdKind;
import io.specdriven.core.internal.model.Part;
import io.specdriven.core.internal.model.Shape.Detail;
import io.specdriven.core.internal.model.Shape;
import io.specdriven.core.validation.ElementPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A spec indexed by id, forwards and backwards, built in one pass of the model's walk ({@link Shape}) so
 * that views, traceability and the diff never compare all pairs. Where an id occurs twice (an invalid
 * spec, which the validator reports), the first occurrence wins, as in {@link Spec#requirement(Id)}.
 * Back-references are indexed for every reference the model declares, by the kind of element that holds
 * the reference and the kind it names; they keep the order in which the referring elements appear in
 * the spec and list each referrer once. A step by {@code SYSTEM} names the system itself and is no
 * reference to an actor, as the reference rules see it.
 */
public final class SpecIndex {
    private final Spec spec;
    private final Map<IdKind, Map<Id, Object>> elements = new EnumMap<>(IdKind.class);
    private final Map<IdKind, Map<Id, Integer>> positions = new EnumMap<>(IdKind.class);
    private final Map<Id, Requirement> criterionOwner = new HashMap<>();
    /** holder kind → target kind → target id → holders. */
    private final Map<IdKind, Map<IdKind, Map<Id, Set<Id>>>> referrers = new EnumMap<>(IdKind.class);

    private SpecIndex(Spec spec) {
        this.spec = spec;
        for (IdKind kind : IdKind.values()) {
            elements.put(kind, new HashMap<>());
            positions.put(kind, new HashMap<>());
        }
        int[] counts = new int[IdKind.values().length];
        Requirement[] requirement = new Requirement[1];
        Shape.walk(spec, EnumSet.of(Detail.REFERENCES, Detail.PARTS), new Shape.Visitor() {
            @Override
            public void element(Part<?> part, Object value, ElementPath path, Id owner) {
                IdKind kind = part.idKind();
                if (kind == null) return;
                Id id = part.id(value);
                int position = counts[kind.ordinal()]++;
                if (value instanceof Requirement r) requirement[0] = r;
                // a criterion of a story or of the spec itself stands in no requirement (issue 9)
                if (kind == IdKind.CRITERION && owner == null) requirement[0] = null;
                if (elements.get(kind).putIfAbsent(id, value) == null) {
                    positions.get(kind).put(id, position);
                    if (kind == IdKind.CRITERION) criterionOwner.put(id, requirement[0]);
                }
            }

            @Override
            public void reference(ElementPath at, Field<?> field, Id target, Id owner, IdKind ownerKind) {
                referrers.computeIfAbsent(ownerKind, k -> new EnumMap<>(IdKind.class))
                        .computeIfAbsent(field.target(), k -> new HashMap<>())
                        .computeIfAbsent(target, k -> new LinkedHashSet<>()).add(owner);
            }
        });
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

    /**
     * Returns the elements of one kind that refer to an element.
     *
     * @param holder the kind of element holding the references
     * @param target the kind of element referred to
     * @param id the id referred to
     * @return the referring elements' ids, in spec order, each once
     */
    public List<Id> referrers(IdKind holder, IdKind target, Id id) {
        Map<IdKind, Map<Id, Set<Id>>> byTarget = referrers.get(holder);
        Map<Id, Set<Id>> map = byTarget == null ? null : byTarget.get(target);
        Set<Id> set = map == null ? null : map.get(id);
        return set == null ? List.of() : List.copyOf(set);
    }

    /**
     * Returns the first element of a kind with an id.
     *
     * @param kind the kind
     * @param id the id
     * @return the element (a record of the model), or empty
     */
    public Optional<Object> element(IdKind kind, Id id) {
        return Optional.ofNullable(elements.get(kind).get(id));
    }

    /**
     * Returns the zero-based position of the first element of a kind with an id among all elements of
     * that kind, in spec order (for criteria: among all criteria of the spec).
     *
     * @param kind the kind
     * @param id the id
     * @return the position, or -1
     */
    public int position(IdKind kind, Id id) {
        return positions.get(kind).getOrDefault(id, -1);
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> typed(IdKind kind, Id id) {
        return Optional.ofNullable((T) elements.get(kind).get(id));
    }

    /** @return the indexed spec */
    public Spec spec() {
        return spec;
    }

    public Optional<Requirement> requirement(Id id) {
        return typed(IdKind.REQUIREMENT, id);
    }

    public Optional<UseCase> useCase(Id id) {
        return typed(IdKind.USE_CASE, id);
    }

    public Optional<Entity> entity(Id name) {
        return typed(IdKind.ENTITY, name);
    }

    public Optional<Actor> actor(Id id) {
        return typed(IdKind.ACTOR, id);
    }

    public Optional<AcceptanceCriterion> criterion(Id id) {
        return typed(IdKind.CRITERION, id);
    }

    /** The requirement that holds the criterion, if the criterion exists. */
    public Optional<Requirement> ownerOf(Id criterionId) {
        return Optional.ofNullable(criterionOwner.get(criterionId));
    }

    /** Zero-based position of the first requirement with this id, or -1. */
    public int requirementPosition(Id id) {
        return position(IdKind.REQUIREMENT, id);
    }

    public int useCasePosition(Id id) {
        return position(IdKind.USE_CASE, id);
    }

    public int entityPosition(Id id) {
        return position(IdKind.ENTITY, id);
    }

    public int actorPosition(Id id) {
        return position(IdKind.ACTOR, id);
    }

    /** Zero-based position of the criterion among all criteria of the spec, in order, or -1. */
    public int criterionPosition(Id id) {
        return position(IdKind.CRITERION, id);
    }

    /** Use cases whose {@code realizes} names the requirement. */
    public List<Id> useCasesRealizing(Id requirementId) {
        return referrers(IdKind.USE_CASE, IdKind.REQUIREMENT, requirementId);
    }

    /** Use cases whose {@code uses} names the entity. */
    public List<Id> useCasesUsing(Id entityName) {
        return referrers(IdKind.USE_CASE, IdKind.ENTITY, entityName);
    }

    /** Use cases that include or extend the use case. */
    public List<Id> useCasesIncludingOrExtending(Id useCaseId) {
        return referrers(IdKind.USE_CASE, IdKind.USE_CASE, useCaseId);
    }

    /** Use cases in which the actor takes part (as primary or secondary actor, or in a step). */
    public List<Id> useCasesWithActor(Id actorId) {
        return referrers(IdKind.USE_CASE, IdKind.ACTOR, actorId);
    }

    /** Requirements that depend on, or are superseded by, the requirement. */
    public List<Id> requirementsReferring(Id requirementId) {
        return referrers(IdKind.REQUIREMENT, IdKind.REQUIREMENT, requirementId);
    }

    /** Entities with a relationship whose target is the entity. */
    public List<Id> entitiesRelatingTo(Id entityName) {
        return referrers(IdKind.ENTITY, IdKind.ENTITY, entityName);
    }

    /** Returns an unmodifiable view of the requirement ids in spec order, first occurrences only. */
    public List<Id> requirementIds() {
        Map<Id, Object> requirements = elements.get(IdKind.REQUIREMENT);
        List<Id> ids = new ArrayList<>(requirements.size());
        for (Requirement r : spec.requirements()) {
            if (requirements.get(r.id()) == r) ids.add(r.id());
        }
        return Collections.unmodifiableList(ids);
    }
}
