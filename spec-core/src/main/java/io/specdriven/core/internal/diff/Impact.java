package io.specdriven.core.internal.diff;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Id;
import io.specdriven.core.UseCase;
import io.specdriven.core.diff.Change;
import io.specdriven.core.diff.ChangeKind;
import io.specdriven.core.diff.ElementKind;
import io.specdriven.core.diff.ElementRef;
import io.specdriven.core.diff.FieldChange;
import io.specdriven.core.diff.Suspect;
import io.specdriven.core.diff.Suspect.Tie;
import io.specdriven.core.internal.SpecIndex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The suspect set: a breadth-first walk over the new spec's links from every element whose meaning
 * changed, was removed or renamed. Each element is expanded at most once per mode, so the walk is
 * linear in the number of links.
 *
 * <p>The modes encode which way a change travels, so that one change does not flood the whole
 * connected spec:
 * <ul>
 *   <li>a changed (or suspect) requirement marks its criteria, the use cases that realize it (which
 *       travel down) and the requirements that depend on it or are superseded by it (which travel on as
 *       requirements);</li>
 *   <li>a requirement whose criteria changed is itself suspect and travels like a requirement, without
 *       marking its other criteria;</li>
 *   <li>a use case travelling down marks the entities it uses, and the use cases that include or extend
 *       it travel down too;</li>
 *   <li>a changed or removed entity marks the use cases that use it (which travel up) and the entities
 *       with a relationship to it, one hop only: a suspect entity marks nothing further, neither its own
 *       use cases nor the entities related to it. Entity models are densely connected (a shipment
 *       belongs to an order, which belongs to a customer and has payments and invoices), so walking on
 *       would mark nearly every use case for one changed attribute description;</li>
 *   <li>a use case travelling up marks the requirements it realizes; use cases that include or extend
 *       it travel up too;</li>
 *   <li>a changed use case marks both its entities and its requirements, and use cases that include or
 *       extend it travel the same way;</li>
 *   <li>a changed actor marks the use cases it takes part in;</li>
 *   <li>a renamed element marks what refers to it, by either id.</li>
 * </ul>
 * Status and waiver changes do not count as changes of meaning. Elements that were themselves added,
 * changed or renamed are listed as changes, not as suspects, but the walk passes through them.
 */
final class Impact {
    private enum Mode { REQUIREMENT, REQUIREMENT_OF_CRITERION, USE_CASE_DOWN, USE_CASE_UP, USE_CASE_CHANGED, ENTITY, ACTOR }

    private record Visit(ElementRef ref, Mode mode, String described) {}

    private final Differ differ;
    private final SpecIndex now;
    private final SpecIndex before;
    /** Elements listed as changes (other than moved or removed), with how they changed. */
    private final Map<ElementRef, ChangeKind> listed = new HashMap<>();
    private final Map<ElementRef, Set<Suspect.Cause>> suspects = new LinkedHashMap<>();
    private final Set<Object> expanded = new HashSet<>();
    private final ArrayDeque<Visit> queue = new ArrayDeque<>();

    private final io.specdriven.core.internal.Verifying verifying;

    Impact(Differ differ) {
        this.differ = differ;
        this.now = differ.newIndex();
        this.before = differ.oldIndex();
        this.verifying = io.specdriven.core.internal.Verifying.of(now.spec());
    }

    List<Suspect> compute() {
        for (Change c : differ.changes()) {
            if (c.kind() != ChangeKind.MOVED && c.kind() != ChangeKind.REMOVED) listed.putIfAbsent(c.element(), c.kind());
        }
        for (Change c : differ.changes()) seed(c);
        while (!queue.isEmpty()) expand(queue.poll());
        List<ElementRef> refs = new ArrayList<>(suspects.keySet());
        refs.sort(Differ.order(differ));
        List<Suspect> result = new ArrayList<>(refs.size());
        for (ElementRef ref : refs) result.add(new Suspect(ref, List.copyOf(suspects.get(ref))));
        return List.copyOf(result);
    }

    private void seed(Change c) {
        ElementRef ref = c.element();
        String described = c.kind().label() + " " + ref;
        switch (c.kind()) {
            case CHANGED -> {
                if (ref.kind() == ElementKind.CRITERION) {
                    if (differ.substantive(ref, ref.id())) {
                        criterionChanged(ref.id(), now.ownerOf(ref.id()).map(r -> r.id()), "changed");
                        verified(now, ref.id()).forEach(r -> criterionChanged(ref.id(), Optional.of(r), "changed"));
                    }
                } else if (ref.kind() != ElementKind.SPEC && differ.substantive(ref, ref.id())) {
                    start(ref, seedMode(ref.kind()), described);
                }
            }
            case REMOVED -> {
                if (ref.kind() == ElementKind.CRITERION) {
                    Optional<Id> oldParent = before.ownerOf(ref.id()).map(r -> r.id());
                    criterionChanged(ref.id(), oldParent.map(this::renamedRequirement), "was removed");
                    verified(before, ref.id()).forEach(r -> criterionChanged(ref.id(), Optional.of(renamedRequirement(r)),
                            "was removed"));
                } else {
                    start(ref, seedMode(ref.kind()), described);
                }
            }
            case ADDED -> {
                if (ref.kind() == ElementKind.CRITERION) {
                    criterionChanged(ref.id(), now.ownerOf(ref.id()).map(r -> r.id()), "was added");
                    verified(now, ref.id()).forEach(r -> criterionChanged(ref.id(), Optional.of(r), "was added"));
                }
            }
            case MOVED -> {
                Optional<FieldChange> parent = c.fields().stream().filter(f -> f.field().equals("requirement")).findFirst();
                parent.ifPresent(p -> {
                    criterionChanged(ref.id(), p.oldValue().map(Id::of).map(this::renamedRequirement), "moved away");
                    criterionChanged(ref.id(), p.newValue().map(Id::of), "moved here");
                });
            }
            case RENAMED -> {
                Id oldId = c.previousId().orElseThrow();
                Suspect.Cause why = new Suspect.Cause(Tie.REFERS_TO_RENAMED, ref,
                        "refers to renamed " + ref.kind().label() + " " + oldId + " (now " + ref.id() + ")");
                for (Id id : List.of(oldId, ref.id())) {
                    switch (ref.kind()) {
                        case REQUIREMENT -> {
                            now.useCasesRealizing(id).forEach(u -> mark(ElementKind.USE_CASE, u, why));
                            now.requirementsReferring(id).forEach(r -> mark(ElementKind.REQUIREMENT, r, why));
                        }
                        case USE_CASE -> now.useCasesIncludingOrExtending(id).forEach(u -> mark(ElementKind.USE_CASE, u, why));
                        case ENTITY -> {
                            now.useCasesUsing(id).forEach(u -> mark(ElementKind.USE_CASE, u, why));
                            now.entitiesRelatingTo(id).forEach(e -> mark(ElementKind.ENTITY, e, why));
                        }
                        case ACTOR -> now.useCasesWithActor(id).forEach(u -> mark(ElementKind.USE_CASE, u, why));
                        default -> { }
                    }
                }
            }
        }
    }

    /** The requirements a criterion names in {@code verifies} (issue 9), besides the one it stands in. */
    private static List<Id> verified(SpecIndex index, Id criterion) {
        return index.criterion(criterion).map(c -> c.verifies()).orElse(List.of());
    }

    private Id renamedRequirement(Id oldId) {
        return differ.renamedTo(ElementKind.REQUIREMENT).getOrDefault(oldId, oldId);
    }

    private void criterionChanged(Id criterion, Optional<Id> requirement, String how) {
        requirement.filter(r -> now.requirement(r).isPresent()).ifPresent(r -> {
            ElementRef ref = new ElementRef(ElementKind.REQUIREMENT, r);
            mark(ref, new Suspect.Cause(Tie.CRITERION_CHANGED, new ElementRef(ElementKind.CRITERION, criterion),
                    "its acceptance criterion " + criterion + " " + how));
            start(ref, Mode.REQUIREMENT_OF_CRITERION, described(ref));
        });
    }

    private static Mode seedMode(ElementKind kind) {
        return switch (kind) {
            case REQUIREMENT -> Mode.REQUIREMENT;
            case USE_CASE -> Mode.USE_CASE_CHANGED;
            case ENTITY -> Mode.ENTITY;
            case ACTOR -> Mode.ACTOR;
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    private void start(ElementRef ref, Mode mode, String described) {
        if (expanded.add(List.of(ref, mode))) queue.add(new Visit(ref, mode, described));
    }

    /** Marks an element suspect and walks on from it. */
    private void reach(ElementKind kind, Id id, Mode mode, Suspect.Cause reason) {
        ElementRef ref = new ElementRef(kind, id);
        if (!differ.existsInNew(ref)) return;
        mark(ref, reason);
        start(ref, mode, described(ref));
    }

    /**
     * How an element reached by the walk is named in the reasons of the elements beyond it: an element
     * that is itself listed as changed (or added, or renamed) is named so, wherever it is reached from,
     * never "suspect".
     */
    private String described(ElementRef ref) {
        ChangeKind kind = listed.get(ref);
        return (kind == null ? "suspect" : kind.label()) + " " + ref;
    }

    private void mark(ElementKind kind, Id id, Suspect.Cause reason) {
        mark(new ElementRef(kind, id), reason);
    }

    private void mark(ElementRef ref, Suspect.Cause reason) {
        if (!differ.existsInNew(ref) || listed.containsKey(ref)) return;
        suspects.computeIfAbsent(ref, k -> new LinkedHashSet<>()).add(reason);
    }

    private void expand(Visit v) {
        Id id = v.ref().id();
        ElementRef via = v.ref();
        String cause = v.described();
        switch (v.mode()) {
            case REQUIREMENT, REQUIREMENT_OF_CRITERION -> {
                if (v.mode() == Mode.REQUIREMENT) {
                    now.requirement(id).ifPresent(r -> {
                        // its own criteria and every criterion that verifies it, wherever it stands (issue 9)
                        for (AcceptanceCriterion c : verifying.of(id)) mark(ElementKind.CRITERION, c.id(), new Suspect.Cause(Tie.CRITERION_OF, via, "criterion of " + cause));
                    });
                }
                now.useCasesRealizing(id).forEach(u -> reach(ElementKind.USE_CASE, u, Mode.USE_CASE_DOWN, new Suspect.Cause(Tie.REALIZES, via, "realizes " + cause)));
                now.requirementsReferring(id).forEach(r ->
                        reach(ElementKind.REQUIREMENT, r, Mode.REQUIREMENT, new Suspect.Cause(Tie.DEPENDS_ON, via,
                                "depends on, or is superseded by, " + cause)));
            }
            case USE_CASE_DOWN -> {
                useCase(id).ifPresent(u -> u.uses().forEach(e -> mark(ElementKind.ENTITY, e, new Suspect.Cause(Tie.USED_BY, via, "used by " + cause))));
                now.useCasesIncludingOrExtending(id).forEach(u ->
                        reach(ElementKind.USE_CASE, u, Mode.USE_CASE_DOWN, new Suspect.Cause(Tie.INCLUDES_OR_EXTENDS, via, "includes or extends " + cause)));
            }
            case USE_CASE_UP -> {
                useCase(id).ifPresent(u -> u.realizes().forEach(r -> mark(ElementKind.REQUIREMENT, r, new Suspect.Cause(Tie.REALIZED_BY, via, "realized by " + cause))));
                now.useCasesIncludingOrExtending(id).forEach(u ->
                        reach(ElementKind.USE_CASE, u, Mode.USE_CASE_UP, new Suspect.Cause(Tie.INCLUDES_OR_EXTENDS, via, "includes or extends " + cause)));
            }
            case USE_CASE_CHANGED -> {
                useCase(id).ifPresent(u -> {
                    u.uses().forEach(e -> mark(ElementKind.ENTITY, e, new Suspect.Cause(Tie.USED_BY, via, "used by " + cause)));
                    u.realizes().forEach(r -> mark(ElementKind.REQUIREMENT, r, new Suspect.Cause(Tie.REALIZED_BY, via, "realized by " + cause)));
                });
                now.useCasesIncludingOrExtending(id).forEach(u ->
                        reach(ElementKind.USE_CASE, u, Mode.USE_CASE_CHANGED, new Suspect.Cause(Tie.INCLUDES_OR_EXTENDS, via, "includes or extends " + cause)));
            }
            case ENTITY -> {
                now.useCasesUsing(id).forEach(u -> reach(ElementKind.USE_CASE, u, Mode.USE_CASE_UP, new Suspect.Cause(Tie.USES, via, "uses " + cause)));
                // one hop: a related entity is suspect, but its own content did not change, so it marks nothing
                now.entitiesRelatingTo(id).forEach(e -> mark(ElementKind.ENTITY, e, new Suspect.Cause(Tie.RELATES_TO, via, "has a relationship to " + cause)));
            }
            case ACTOR -> now.useCasesWithActor(id).forEach(u -> mark(ElementKind.USE_CASE, u, new Suspect.Cause(Tie.INVOLVES, via, "involves " + cause)));
        }
    }

    /** The use case in the new spec, or, for a removed one, in the old. */
    private Optional<UseCase> useCase(Id id) {
        Optional<UseCase> u = now.useCase(id);
        return u.isPresent() ? u : before.useCase(id);
    }
}
