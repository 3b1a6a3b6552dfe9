package io.specdriven.core.internal.validation;

import io.specdriven.core.Suggestions;
import io.specdriven.core.validation.Profile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ids a validator's {@code severity(..)} and {@code disable(..)} settings may name, so that a
 * misspelt id is refused with a suggestion instead of being silently ignored (found in review): the id of
 * every rule the validator runs and every finding id a built-in rule reports ({@code constraint.X} for each
 * constraint X on the model), the validator's own {@code rule.failed} and {@code waiver.unmatched}, a
 * family above any of these ({@code lang}), and any id below a custom rule's id, whose findings only its
 * author knows.
 */
public final class RuleIds {
    private final Set<String> ids;
    private final Set<String> families;
    private final List<String> custom;

    private RuleIds(Set<String> ids, List<String> custom) {
        this.ids = ids;
        this.custom = custom;
        this.families = new TreeSet<>();
        for (String id : ids) {
            for (int dot = id.indexOf('.'); dot > 0; dot = id.indexOf('.', dot + 1)) families.add(id.substring(0, dot));
        }
    }

    /**
     * Collects the ids of a validator's rules.
     *
     * @param rules the ids of the rules it runs, before any is disabled
     * @param builtIn the ids of the built-in ones among them
     * @return the ids its settings may name
     */
    public static RuleIds of(Collection<String> rules, Set<String> builtIn) {
        Set<String> ids = new TreeSet<>();
        List<String> custom = new ArrayList<>();
        for (String r : rules) {
            ids.add(r);
            if (r.equals(BeanValidationRule.ID) && builtIn.contains(r)) {
                for (String c : ConstraintNames.all()) ids.add(BeanValidationRule.ID + "." + c);
            } else if (!builtIn.contains(r)) {
                custom.add(r);
            }
        }
        for (Rule own : BuiltInRules.own()) ids.add(own.id().value());
        return new RuleIds(ids, custom);
    }

    /**
     * Tells whether a setting may name an id.
     *
     * @param id the id
     * @return whether it is a known id, a family above one, or below a custom rule's id
     */
    public boolean accepts(String id) {
        if (ids.contains(id) || families.contains(id)) return true;
        for (String c : custom) {
            if (id.startsWith(c + ".")) return true;
        }
        return false;
    }

    /**
     * Refuses an id no rule of the validator reports.
     *
     * @param id the id a setting names
     * @param verb what the setting does, such as {@code disable}
     * @param profile the validator's profile, or null if it has none
     * @throws IllegalArgumentException naming the id, why it is refused and, if one is close, the id meant
     */
    public void check(String id, String verb, Profile profile) {
        if (accepts(id)) return;
        String why;
        String constraintPrefix = BeanValidationRule.ID + ".";
        if (id.startsWith(constraintPrefix) && ids.contains(BeanValidationRule.ID)) {
            why = "the model has no constraint '" + id.substring(constraintPrefix.length()) + "', only "
                    + String.join(", ", ConstraintNames.all());
        } else if (profile != null && profile != Profile.STRICT
                && RuleIds.of(BuiltInRules.table(Profile.STRICT).keySet(), Set.of()).accepts(id)) {
            why = "profile " + profile + " does not run it";
        } else {
            why = "no rule of this validator has this id or reports it";
        }
        String meant = closest(id);
        throw new IllegalArgumentException("cannot " + verb + " '" + id + "': " + why
                + (meant == null ? "" : " (did you mean '" + meant + "'?)") + "; see docs/rules.md for the rule ids");
    }

    /** The known id or family closest to a misspelt one: a few edits away, or the only one it ends. */
    private String closest(String id) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<String> candidates = new ArrayList<>(ids);
        candidates.addAll(families);
        for (String c : candidates) {
            int d = Suggestions.distance(id.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance <= Math.max(2, id.length() / 5)) return best;
        String suffixed = null;
        for (String c : ids) {
            if (c.endsWith("." + id)) {
                if (suffixed != null) return null;
                suffixed = c;
            }
        }
        return suffixed;
    }
}
