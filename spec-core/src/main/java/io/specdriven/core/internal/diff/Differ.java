package io.specdriven.core.internal.diff;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Actor;
import io.specdriven.core.Entity;
import io.specdriven.core.Id;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.Story;
import io.specdriven.core.UseCase;
import io.specdriven.core.diff.Change;
import io.specdriven.core.diff.ChangeKind;
import io.specdriven.core.diff.ElementKind;
import io.specdriven.core.diff.ElementRef;
import io.specdriven.core.diff.FieldChange;
import io.specdriven.core.diff.Suspect;
import io.specdriven.core.internal.SpecIndex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares two specs element by element, indexed by id (never all pairs): matches elements by id, then
 * pairs removed and added elements of the same kind whose content is equal as renames, finds moves as
 * the elements outside a longest increasing subsequence of old positions (so one insertion does not
 * move everything after it), and diffs fields in canonical form. A field whose only difference is a
 * reference that follows a rename found in the same diff is not a change: the rename accounts for it.
 * Then computes the impact.
 */
public final class Differ {
    /** One element of one spec, in canonical form. */
    private record Item(ElementRef ref, int position, Id parent, int positionInParent,
            Map<String, String> fields, Map<String, String> review) {}

    private final Spec oldSpec;
    private final Spec newSpec;
    private final SpecIndex oldIndex;
    private final SpecIndex newIndex;
    private final List<Change> changes = new ArrayList<>();
    /** Per kind: new id → old id of each renamed element. */
    private final Map<ElementKind, Map<Id, Id>> renamedTo = new HashMap<>();
    private final Map<ElementKind, Map<Id, Id>> renamedFrom = new HashMap<>();

    private Differ(Spec oldSpec, Spec newSpec) {
        this.oldSpec = oldSpec;
        this.newSpec = newSpec;
        this.oldIndex = SpecIndex.of(oldSpec);
        this.newIndex = SpecIndex.of(newSpec);
    }

    /** The result: changes in listing order, then suspects. */
    public record Result(List<Change> changes, List<Suspect> impact) {}

    /** Diffs {@code oldSpec} against {@code newSpec}. */
    public static Result diff(Spec oldSpec, Spec newSpec) {
        Differ d = new Differ(oldSpec, newSpec);
        d.compareSpecFields();
        List<ElementKind> kinds = List.of(ElementKind.ACTOR, ElementKind.REQUIREMENT, ElementKind.CRITERION,
                ElementKind.USE_CASE, ElementKind.ENTITY);
        Map<ElementKind, Map<Id, Item>> olds = new EnumMap<>(ElementKind.class);
        Map<ElementKind, Map<Id, Item>> news = new EnumMap<>(ElementKind.class);
        // every rename first: an element that only follows a rename of another kind is not changed
        for (ElementKind kind : kinds) {
            olds.put(kind, items(oldSpec, kind));
            news.put(kind, items(newSpec, kind));
            d.detectRenames(kind, olds.get(kind), news.get(kind));
        }
        for (ElementKind kind : kinds) d.compare(kind, olds.get(kind), news.get(kind));
        List<Suspect> impact = new Impact(d).compute();
        return new Result(List.copyOf(d.changes), impact);
    }

    // --- canonical items -------------------------------------------------------------------------

    private static Map<Id, Item> items(Spec spec, ElementKind kind) {
        Map<Id, Item> items = new LinkedHashMap<>();
        switch (kind) {
            case ACTOR -> {
                List<Actor> list = spec.actors();
                for (int i = 0; i < list.size(); i++) {
                    Actor a = list.get(i);
                    if (!items.containsKey(a.id())) items.put(a.id(), new Item(new ElementRef(kind, a.id()), i, null, i,
                            Canonical.actor(a, false), Canonical.actor(a, true)));
                }
            }
            case REQUIREMENT -> {
                List<Requirement> list = spec.requirements();
                for (int i = 0; i < list.size(); i++) {
                    Requirement r = list.get(i);
                    if (!items.containsKey(r.id())) items.put(r.id(), new Item(new ElementRef(kind, r.id()), i, null, i,
                            Canonical.requirement(r, false), Canonical.requirement(r, true)));
                }
            }
            case CRITERION -> {
                int position = 0;
                // Positions count per requirement id, not per requirement: where two requirements share an
                // id (an invalid spec) their criteria form one list, so no two criteria of a parent share a
                // position and a spec diffed with itself shows no move (issue 14).
                Map<Id, Integer> inParent = new HashMap<>();
                for (Requirement r : spec.requirements()) {
                    for (AcceptanceCriterion c : r.criteria()) {
                        int i = inParent.merge(r.id(), 1, Integer::sum) - 1;
                        if (!items.containsKey(c.id())) items.put(c.id(), new Item(new ElementRef(kind, c.id()), position,
                                r.id(), i, Canonical.criterion(c, false), Canonical.criterion(c, true)));
                        position++;
                    }
                }
                // criteria of stories and of the spec itself (issue 9): their parent is the story's id or the
                // spec's, which a move between them and a requirement shows (ids of a story, a requirement and the
                // spec share no rule of uniqueness: one that coincides only merges their positions)
                List<Map.Entry<Id, List<AcceptanceCriterion>>> outside = new ArrayList<>();
                for (Story s : spec.stories()) outside.add(Map.entry(s.id(), s.criteria()));
                outside.add(Map.entry(spec.id(), spec.criteria()));
                for (Map.Entry<Id, List<AcceptanceCriterion>> e : outside) {
                    for (AcceptanceCriterion c : e.getValue()) {
                        int i = inParent.merge(e.getKey(), 1, Integer::sum) - 1;
                        if (!items.containsKey(c.id())) items.put(c.id(), new Item(new ElementRef(kind, c.id()), position,
                                e.getKey(), i, Canonical.criterion(c, false), Canonical.criterion(c, true)));
                        position++;
                    }
                }
            }
            case USE_CASE -> {
                List<UseCase> list = spec.useCases();
                for (int i = 0; i < list.size(); i++) {
                    UseCase u = list.get(i);
                    if (!items.containsKey(u.id())) items.put(u.id(), new Item(new ElementRef(kind, u.id()), i, null, i,
                            Canonical.useCase(u, false), Canonical.useCase(u, true)));
                }
            }
            case ENTITY -> {
                List<Entity> list = spec.entities();
                for (int i = 0; i < list.size(); i++) {
                    Entity e = list.get(i);
                    if (!items.containsKey(e.name())) items.put(e.name(), new Item(new ElementRef(kind, e.name()), i, null, i,
                            Canonical.entity(e, false), Canonical.entity(e, true)));
                }
            }
            case SPEC -> throw new IllegalArgumentException("the spec is not a list element");
        }
        return items;
    }

    // --- comparison ------------------------------------------------------------------------------

    private void compareSpecFields() {
        List<FieldChange> fields = fieldChanges(Canonical.spec(oldSpec, false), Canonical.spec(newSpec, false));
        if (!fields.isEmpty()) {
            changes.add(new Change(ChangeKind.CHANGED, new ElementRef(ElementKind.SPEC, newSpec.id()), Optional.empty(), fields));
        }
    }

    private void compare(ElementKind kind, Map<Id, Item> olds, Map<Id, Item> news) {
        Map<Id, Id> renames = renamedFrom.get(kind);
        Map<Id, Id> reverse = renamedTo.get(kind);
        Map<Id, List<FieldChange>> moves = kind == ElementKind.CRITERION ? criterionMoves(olds, news, renames)
                : listMoves(olds, news, renames);
        for (Item item : news.values()) {
            Id id = item.ref().id();
            Id oldId = renames.get(id);
            if (oldId != null) {
                changes.add(new Change(ChangeKind.RENAMED, item.ref(), Optional.of(oldId), List.of(
                        new FieldChange("id", Optional.of(oldId.value()), Optional.of(id.value())))));
            } else if (olds.containsKey(id)) {
                List<FieldChange> fields = withoutFollowedRenames(kind, id, fieldChanges(olds.get(id).fields(), item.fields()));
                if (!fields.isEmpty()) changes.add(new Change(ChangeKind.CHANGED, item.ref(), Optional.empty(), fields));
            } else {
                changes.add(new Change(ChangeKind.ADDED, item.ref(), Optional.empty(), List.of()));
            }
            List<FieldChange> move = moves.get(id);
            if (move != null) changes.add(new Change(ChangeKind.MOVED, item.ref(), Optional.empty(), move));
        }
        for (Item item : olds.values()) {
            Id id = item.ref().id();
            if (!news.containsKey(id) && !reverse.containsKey(id)) {
                changes.add(new Change(ChangeKind.REMOVED, item.ref(), Optional.empty(), List.of()));
            }
        }
    }

    /**
     * Drops the fields whose only difference is a reference that follows a rename: a use case that
     * realized FR-02 and now realizes FR-02b, when FR-02 was renamed to FR-02b, did not change meaning.
     * The rename itself lists the change, and the impact marks such elements as referring to it.
     */
    private List<FieldChange> withoutFollowedRenames(ElementKind kind, Id id, List<FieldChange> fields) {
        if (fields.isEmpty() || renamedTo.values().stream().allMatch(Map::isEmpty)) return fields;
        Map<String, String> followed = switch (kind) {
            case REQUIREMENT -> Canonical.requirement(oldIndex.requirement(id).orElseThrow(), false, this::renamed);
            case USE_CASE -> Canonical.useCase(oldIndex.useCase(id).orElseThrow(), false, this::renamed);
            case ENTITY -> Canonical.entity(oldIndex.entity(id).orElseThrow(), false, this::renamed);
            default -> null; // actors and criteria refer to nothing
        };
        if (followed == null) return fields;
        Map<String, String> now = canonical(kind, id);
        List<FieldChange> kept = new ArrayList<>(fields.size());
        for (FieldChange f : fields) {
            if (!Objects.equals(followed.get(f.field()), now.get(f.field()))) kept.add(f);
        }
        return kept;
    }

    private Map<String, String> canonical(ElementKind kind, Id id) {
        return switch (kind) {
            case REQUIREMENT -> Canonical.requirement(newIndex.requirement(id).orElseThrow(), false);
            case USE_CASE -> Canonical.useCase(newIndex.useCase(id).orElseThrow(), false);
            case ENTITY -> Canonical.entity(newIndex.entity(id).orElseThrow(), false);
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    /** The new id of an element the old spec refers to: itself, unless it was renamed. */
    private Id renamed(ElementKind kind, Id oldId) {
        return renamedTo(kind).getOrDefault(oldId, oldId);
    }

    /**
     * Pairs each added element with the first removed one of equal content, in spec order, and records
     * the renames of this kind.
     */
    private void detectRenames(ElementKind kind, Map<Id, Item> olds, Map<Id, Item> news) {
        Map<Id, Id> renames = findRenames(kind, olds, news);
        Map<Id, Id> reverse = new HashMap<>();
        renames.forEach((n, o) -> reverse.put(o, n));
        renamedFrom.put(kind, renames);
        renamedTo.put(kind, reverse);
    }

    private Map<Id, Id> findRenames(ElementKind kind, Map<Id, Item> olds, Map<Id, Item> news) {
        Map<Object, ArrayDeque<Id>> removedByContent = new HashMap<>();
        for (Item item : olds.values()) {
            if (!news.containsKey(item.ref().id())) {
                removedByContent.computeIfAbsent(contentKey(kind, item, oldIndex), k -> new ArrayDeque<>()).add(item.ref().id());
            }
        }
        Map<Id, Id> renames = new LinkedHashMap<>();
        if (removedByContent.isEmpty()) return renames;
        for (Item item : news.values()) {
            if (olds.containsKey(item.ref().id())) continue;
            ArrayDeque<Id> candidates = removedByContent.get(contentKey(kind, item, newIndex));
            if (candidates != null && !candidates.isEmpty()) renames.put(item.ref().id(), candidates.poll());
        }
        return renames;
    }

    private static Object contentKey(ElementKind kind, Item item, SpecIndex index) {
        if (kind != ElementKind.REQUIREMENT) return item.fields();
        // a renamed requirement keeps its criteria: two requirements with equal text but other criteria differ
        List<Id> criteria = index.requirement(item.ref().id()).orElseThrow().criteria().stream()
                .map(AcceptanceCriterion::id).toList();
        return List.of(item.fields(), criteria);
    }

    private static Map<Id, List<FieldChange>> listMoves(Map<Id, Item> olds, Map<Id, Item> news, Map<Id, Id> renames) {
        List<Item> common = new ArrayList<>();
        List<Integer> oldPositions = new ArrayList<>();
        for (Item item : news.values()) {
            Item old = olds.get(renames.getOrDefault(item.ref().id(), item.ref().id()));
            if (old == null) continue;
            common.add(item);
            oldPositions.add(old.position());
        }
        Map<Id, List<FieldChange>> moves = new HashMap<>();
        boolean[] stays = Lis.members(oldPositions);
        for (int i = 0; i < common.size(); i++) {
            if (stays[i]) continue;
            Item item = common.get(i);
            moves.put(item.ref().id(), List.of(position(oldPositions.get(i), item.position())));
        }
        return moves;
    }

    private Map<Id, List<FieldChange>> criterionMoves(Map<Id, Item> olds, Map<Id, Item> news, Map<Id, Id> renames) {
        Map<Id, Id> requirementRenamedTo = renamedTo.getOrDefault(ElementKind.REQUIREMENT, Map.of());
        Map<Id, List<FieldChange>> moves = new HashMap<>();
        Map<Id, List<Item>> stayingParent = new LinkedHashMap<>();
        Map<Id, List<Integer>> stayingOldPositions = new HashMap<>();
        for (Item item : news.values()) {
            Item old = olds.get(renames.getOrDefault(item.ref().id(), item.ref().id()));
            if (old == null) continue;
            Id oldParent = requirementRenamedTo.getOrDefault(old.parent(), old.parent());
            if (!oldParent.equals(item.parent())) {
                moves.put(item.ref().id(), List.of(
                        new FieldChange("requirement", Optional.of(old.parent().value()), Optional.of(item.parent().value())),
                        position(old.positionInParent(), item.positionInParent())));
            } else {
                stayingParent.computeIfAbsent(item.parent(), k -> new ArrayList<>()).add(item);
                stayingOldPositions.computeIfAbsent(item.parent(), k -> new ArrayList<>()).add(old.positionInParent());
            }
        }
        stayingParent.forEach((parent, items) -> {
            List<Integer> oldPositions = stayingOldPositions.get(parent);
            boolean[] stays = Lis.members(oldPositions);
            for (int i = 0; i < items.size(); i++) {
                if (!stays[i]) moves.put(items.get(i).ref().id(),
                        List.of(position(oldPositions.get(i), items.get(i).positionInParent())));
            }
        });
        return moves;
    }

    private static FieldChange position(int oldPosition, int newPosition) {
        return new FieldChange("position", Optional.of(Integer.toString(oldPosition + 1)),
                Optional.of(Integer.toString(newPosition + 1)));
    }

    static List<FieldChange> fieldChanges(Map<String, String> olds, Map<String, String> news) {
        List<FieldChange> fields = new ArrayList<>();
        for (Map.Entry<String, String> e : olds.entrySet()) {
            String now = news.get(e.getKey());
            if (!e.getValue().equals(now)) {
                fields.add(new FieldChange(e.getKey(), Optional.of(e.getValue()), Optional.ofNullable(now)));
            }
        }
        for (Map.Entry<String, String> e : news.entrySet()) {
            if (!olds.containsKey(e.getKey())) fields.add(new FieldChange(e.getKey(), Optional.empty(), Optional.of(e.getValue())));
        }
        return fields;
    }

    // --- accessors for Impact --------------------------------------------------------------------

    SpecIndex oldIndex() {
        return oldIndex;
    }

    SpecIndex newIndex() {
        return newIndex;
    }

    List<Change> changes() {
        return changes;
    }

    Map<Id, Id> renamedTo(ElementKind kind) {
        return renamedTo.getOrDefault(kind, Map.of());
    }

    /**
     * Whether the element's meaning changed, not only its status, its waivers or references that follow
     * a rename.
     */
    boolean substantive(ElementRef ref, Id oldId) {
        Map<String, String> before;
        Map<String, String> after;
        switch (ref.kind()) {
            case ACTOR -> {
                before = Canonical.actor(oldIndex.actor(oldId).orElseThrow(), true);
                after = Canonical.actor(newIndex.actor(ref.id()).orElseThrow(), true);
            }
            case REQUIREMENT -> {
                before = Canonical.requirement(oldIndex.requirement(oldId).orElseThrow(), true, this::renamed);
                after = Canonical.requirement(newIndex.requirement(ref.id()).orElseThrow(), true);
            }
            case CRITERION -> {
                before = Canonical.criterion(oldIndex.criterion(oldId).orElseThrow(), true);
                after = Canonical.criterion(newIndex.criterion(ref.id()).orElseThrow(), true);
            }
            case USE_CASE -> {
                before = Canonical.useCase(oldIndex.useCase(oldId).orElseThrow(), true, this::renamed);
                after = Canonical.useCase(newIndex.useCase(ref.id()).orElseThrow(), true);
            }
            case ENTITY -> {
                before = Canonical.entity(oldIndex.entity(oldId).orElseThrow(), true, this::renamed);
                after = Canonical.entity(newIndex.entity(ref.id()).orElseThrow(), true);
            }
            default -> {
                return false;
            }
        }
        return !before.equals(after);
    }

    /** Position of an element of the new spec, for sorting. */
    int newPosition(ElementRef ref) {
        return switch (ref.kind()) {
            case SPEC -> -1;
            case ACTOR -> newIndex.actorPosition(ref.id());
            case REQUIREMENT -> newIndex.requirementPosition(ref.id());
            case CRITERION -> newIndex.criterionPosition(ref.id());
            case USE_CASE -> newIndex.useCasePosition(ref.id());
            case ENTITY -> newIndex.entityPosition(ref.id());
        };
    }

    boolean existsInNew(ElementRef ref) {
        return newPosition(ref) >= 0;
    }

    static Comparator<ElementRef> order(Differ d) {
        return Comparator.comparing(ElementRef::kind).thenComparingInt(d::newPosition);
    }
}
