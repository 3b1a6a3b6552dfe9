package io.specdriven.core.internal;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Id;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.Story;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which criteria verify each requirement, wherever they stand (issue 9): a requirement's own criteria,
 * and every criterion of another requirement, a story or the spec itself that names it in
 * {@code verifies}. Built in one pass over the spec, so that rules, trace and verification stay linear.
 */
public final class Verifying {
    private final Map<Id, List<AcceptanceCriterion>> byRequirement = new HashMap<>();

    private Verifying(Spec spec) {
        for (Requirement r : spec.requirements()) {
            for (AcceptanceCriterion c : r.criteria()) {
                add(r.id(), c);
                for (Id other : c.verifies()) if (!other.equals(r.id())) add(other, c);
            }
        }
        for (Story s : spec.stories()) {
            for (AcceptanceCriterion c : s.criteria()) c.verifies().forEach(id -> add(id, c));
        }
        for (AcceptanceCriterion c : spec.criteria()) c.verifies().forEach(id -> add(id, c));
    }

    private void add(Id requirement, AcceptanceCriterion c) {
        List<AcceptanceCriterion> list = byRequirement.computeIfAbsent(requirement, k -> new ArrayList<>());
        // a criterion that names the same requirement twice counts once
        if (list.isEmpty() || list.get(list.size() - 1) != c) list.add(c);
    }

    /**
     * Indexes a spec.
     *
     * @param spec the spec
     * @return the index
     */
    public static Verifying of(Spec spec) {
        return new Verifying(spec);
    }

    /**
     * Returns the criteria that verify a requirement, in document order.
     *
     * @param requirement the requirement's id
     * @return its criteria, its own first
     */
    public List<AcceptanceCriterion> of(Id requirement) {
        return Collections.unmodifiableList(byRequirement.getOrDefault(requirement, List.of()));
    }

    /**
     * Returns the criteria that verify any of the given requirements, each once.
     *
     * @param requirements the requirements
     * @return the criteria, in the order first met
     */
    public List<AcceptanceCriterion> ofAll(List<Requirement> requirements) {
        Set<AcceptanceCriterion> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<AcceptanceCriterion> out = new ArrayList<>();
        for (Requirement r : requirements) {
            for (AcceptanceCriterion c : of(r.id())) if (seen.add(c)) out.add(c);
        }
        return out;
    }
}
