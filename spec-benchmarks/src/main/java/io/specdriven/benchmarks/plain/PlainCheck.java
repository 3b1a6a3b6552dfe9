package io.specdriven.benchmarks.plain;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A naive reference check of the kind a team writes in an afternoon: ids are unique, references resolve,
 * every requirement has a criterion with an outcome and a normative statement, and no statement or outcome
 * holds a word from a short list of vague terms. It is the practical floor for "checking" a spec, not a
 * replacement for specdriven's rules (no paths, no hints, no profiles, no score).
 */
public final class PlainCheck {
    private static final List<String> VAGUE =
            List.of("fast", "quickly", "user-friendly", "easy", "appropriate", "etc", "flexible", "robust", "as needed");

    private PlainCheck() {}

    /**
     * Counts the problems of a spec.
     *
     * @param spec the spec
     * @return the number of problems found
     */
    public static int problems(PlainSpec spec) {
        int problems = 0;
        Set<String> requirements = new HashSet<>();
        Set<String> criteria = new HashSet<>();
        for (PlainSpec.Requirement r : spec.requirements()) {
            if (!requirements.add(r.id())) problems++;
            if (r.criteria() == null || r.criteria().isEmpty()) problems++;
            if (r.statement() == null || !normative(r.statement())) problems++;
            problems += vague(r.statement());
            if (r.criteria() == null) continue;
            for (PlainSpec.Criterion c : r.criteria()) {
                if (!criteria.add(c.id())) problems++;
                if (c.then() == null || c.then().isBlank()) problems++;
                problems += vague(c.then());
            }
        }
        Set<String> actors = new HashSet<>();
        for (PlainSpec.Actor a : list(spec.actors())) if (!actors.add(a.id())) problems++;
        Set<String> entities = new HashSet<>();
        for (PlainSpec.Entity e : list(spec.entities())) if (!entities.add(e.name())) problems++;
        for (PlainSpec.Requirement r : spec.requirements()) {
            for (String d : list(r.dependsOn())) if (!requirements.contains(d)) problems++;
        }
        Set<String> useCases = new HashSet<>();
        for (PlainSpec.UseCase u : list(spec.useCases())) {
            if (!useCases.add(u.id())) problems++;
            if (!actors.contains(u.primaryActor())) problems++;
            for (String r : list(u.realizes())) if (!requirements.contains(r)) problems++;
            for (String e : list(u.uses())) if (!entities.contains(e)) problems++;
            for (String i : list(u.includes())) if (!i.startsWith("UC-")) problems++;
            problems += unknownActors(u.mainFlow(), actors);
            for (PlainSpec.Flow f : list(u.flows())) problems += unknownActors(f.steps(), actors);
        }
        for (PlainSpec.Entity e : list(spec.entities())) {
            for (PlainSpec.Relationship rel : list(e.relationships())) if (!entities.contains(rel.target())) problems++;
        }
        return problems;
    }

    private static int unknownActors(List<PlainSpec.Step> steps, Set<String> actors) {
        int problems = 0;
        for (PlainSpec.Step s : list(steps)) if (!s.actor().equals("SYSTEM") && !actors.contains(s.actor())) problems++;
        return problems;
    }

    private static boolean normative(String statement) {
        String lower = statement.toLowerCase(Locale.ROOT);
        return lower.contains("shall") || lower.contains("must");
    }

    private static int vague(String text) {
        if (text == null) return 0;
        String lower = text.toLowerCase(Locale.ROOT);
        int found = 0;
        for (String term : VAGUE) if (lower.contains(term)) found++;
        return found;
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
