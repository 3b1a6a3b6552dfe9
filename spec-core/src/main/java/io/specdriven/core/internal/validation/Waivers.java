package io.specdriven.core.internal.validation;

import io.specdriven.core.Spec;
import io.specdriven.core.Waiver;
import io.specdriven.core.internal.model.Shape.Detail;
import io.specdriven.core.internal.model.Shape;
import io.specdriven.core.validation.ElementPath;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.Violation;
import io.specdriven.core.validation.WaivedViolation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the waivers declared on a spec's elements: a waiver on an element accepts the findings of its
 * rule (or of rules below it: {@code lang} covers {@code lang.vague-term}) on that element and below.
 * Waived findings are kept apart, never dropped; a waiver that accepts nothing is itself reported.
 */
public final class Waivers {
    /** The rule id of the finding for a waiver that matches nothing. */
    public static final String UNMATCHED = "waiver.unmatched";

    private final Map<ElementPath, List<Waiver>> byPath = new HashMap<>();

    private Waivers() {}

    /**
     * Collects the waivers of a spec.
     *
     * @param spec the spec
     * @return its waivers by element
     */
    public static Waivers of(Spec spec) {
        Waivers w = new Waivers();
        Shape.walk(spec, EnumSet.of(Detail.PATHS), new Shape.Visitor() { // waivers stand on id-space elements only



            @Override
            public void waivers(ElementPath at, List<Waiver> waivers) {
                w.put(at, waivers);
            }
        });
        return w;
    }

    private void put(ElementPath path, List<Waiver> waivers) {
        if (!waivers.isEmpty()) byPath.computeIfAbsent(path, p -> new ArrayList<>()).addAll(waivers);
    }

    /**
     * The findings split into those that stand and those waived, and the waivers that accepted nothing.
     *
     * @param standing the findings no waiver accepted
     * @param waived the findings a waiver accepted
     * @param unmatched the waivers that accepted no finding, where they were declared
     */
    public record Outcome(List<Violation> standing, List<WaivedViolation> waived, List<Unmatched> unmatched) {}

    /**
     * A waiver that accepted no finding.
     *
     * @param at the element it was declared on
     * @param waiver the waiver
     */
    public record Unmatched(ElementPath at, Waiver waiver) {}

    /**
     * Splits findings into standing and waived, and lists the waivers that matched nothing; whether such a
     * waiver is worth a finding depends on which rules ran, which the validator knows.
     *
     * @param findings every finding of every rule
     * @return the split
     */
    public Outcome apply(List<Violation> findings) {
        List<Violation> standing = new ArrayList<>();
        List<WaivedViolation> waived = new ArrayList<>();
        Map<Waiver, Boolean> used = new IdentityHashMap<>();
        for (Violation v : findings) {
            WaivedViolation match = byPath.isEmpty() || v.ruleId().equals(UNMATCHED) || v.ruleId().equals(SpecValidator.RULE_FAILED)
                    ? null : match(v);
            if (match == null) {
                standing.add(v);
            } else {
                waived.add(match);
                used.put(match.waiver(), Boolean.TRUE);
            }
        }
        List<Unmatched> unmatched = new ArrayList<>();
        byPath.forEach((path, waivers) -> {
            for (Waiver w : waivers) {
                if (!used.containsKey(w)) unmatched.add(new Unmatched(path.element("waivers", w.ruleId()), w));
            }
        });
        return new Outcome(standing, waived, unmatched);
    }

    private WaivedViolation match(Violation v) {
        for (ElementPath p = v.path(); ; p = p.parent()) {
            for (Waiver w : byPath.getOrDefault(p, List.of())) {
                if (v.ruleId().equals(w.ruleId()) || v.ruleId().startsWith(w.ruleId() + ".")) {
                    return new WaivedViolation(v, w, p);
                }
            }
            if (p.isRoot()) return null;
        }
    }
}
