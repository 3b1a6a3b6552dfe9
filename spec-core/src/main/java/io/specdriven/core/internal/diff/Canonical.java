package io.specdriven.core.internal.diff;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Actor;
import io.specdriven.core.Attribute;
import io.specdriven.core.Entity;
import io.specdriven.core.GlossaryTerm;
import io.specdriven.core.Id;
import io.specdriven.core.Relationship;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.Step;
import io.specdriven.core.UseCase;
import io.specdriven.core.Waiver;
import io.specdriven.core.diff.ElementKind;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The canonical form of an element: an ordered map from field path to value text. It is the one
 * definition of "content" that both the diff (field by field) and the fingerprint (hashed) use.
 *
 * <p>Rules: absent optionals, empty lists and false booleans have no entry, so a JSON file that spells
 * out defaults and one that omits them give the same form; enums are written by name; numbers without
 * trailing zeros ({@code 1.50} and {@code 1.5} are equal); lists of ids as {@code [A, B]}; lists of text
 * as {@code ["a", "b"]} with {@code \} and {@code "} escaped, so no two lists share a text form; keyed
 * parts (attributes, relationships, flows, steps, rules, glossary terms) under {@code name[key].field},
 * with their order as a separate list entry. A requirement's form leaves out its criteria, which are
 * elements of their own. With {@code review} set, bookkeeping that does not change meaning (a
 * requirement's {@code status}, and waivers) is left out too. {@link References} can rewrite the ids an
 * element refers to, so the diff can tell a reference that only follows a rename from a real change.
 */
public final class Canonical {
    /**
     * Maps the ids an element refers to before they are written, so that the old version of an element
     * can be compared as if it already followed the renames the diff found.
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
        Id map(ElementKind kind, Id id);
    }

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final boolean review;
    private final References refs;

    private Canonical(boolean review, References refs) {
        this.review = review;
        this.refs = refs;
    }

    /** The requirement's fields, without id and criteria. */
    public static Map<String, String> requirement(Requirement r, boolean review) {
        return requirement(r, review, References.AS_IS);
    }

    /** The requirement's fields, without id and criteria, with its references mapped. */
    public static Map<String, String> requirement(Requirement r, boolean review, References refs) {
        Canonical c = new Canonical(review, refs);
        c.opt("title", r.title());
        c.opt("statement", r.statement());
        c.put("kind", r.kind().name());
        c.opt("qualityCategory", r.qualityCategory().map(Enum::name));
        c.opt("priority", r.priority().map(Enum::name));
        if (!review) c.put("status", r.status().name());
        c.opt("supersededBy", r.supersededBy().map(id -> refs.map(ElementKind.REQUIREMENT, id).value()));
        c.opt("rationale", r.rationale());
        c.opt("source", r.source());
        r.story().ifPresent(s -> {
            c.put("story.role", s.role());
            c.put("story.goal", s.goal());
            c.opt("story.benefit", s.benefit());
        });
        c.ids("dependsOn", ElementKind.REQUIREMENT, r.dependsOn());
        c.texts("tags", r.tags());
        c.waivers(r.waivers());
        return c.fields;
    }

    /** The criterion's fields, without id. */
    public static Map<String, String> criterion(AcceptanceCriterion a, boolean review) {
        Canonical c = new Canonical(review, References.AS_IS);
        c.put("category", a.category().name());
        c.opt("edgeCase", a.edgeCase().map(Enum::name));
        c.stepTexts("given", a.given());
        c.stepTexts("when", a.when());
        c.stepTexts("then", a.then());
        c.opt("statement", a.statement());
        c.ids("verifies", ElementKind.REQUIREMENT, a.verifies());
        c.waivers(a.waivers());
        return c.fields;
    }

    /** The actor's fields, without id. */
    public static Map<String, String> actor(Actor a, boolean review) {
        Canonical c = new Canonical(review, References.AS_IS);
        c.put("name", a.name());
        c.opt("description", a.description());
        c.put("kind", a.kind().name());
        c.waivers(a.waivers());
        return c.fields;
    }

    /** The use case's fields, without id. */
    public static Map<String, String> useCase(UseCase u, boolean review) {
        return useCase(u, review, References.AS_IS);
    }

    /** The use case's fields, without id, with its references mapped. */
    public static Map<String, String> useCase(UseCase u, boolean review, References refs) {
        Canonical c = new Canonical(review, refs);
        c.put("title", u.title());
        if (!review) c.opt("status", u.status().map(Enum::name));
        c.opt("goal", u.goal());
        c.opt("primaryActor", u.primaryActor().map(id -> refs.map(ElementKind.ACTOR, id).value()));
        c.ids("secondaryActors", ElementKind.ACTOR, u.secondaryActors());
        c.opt("trigger", u.trigger());
        c.texts("preconditions", u.preconditions());
        c.steps("mainFlow", u.mainFlow());
        c.keyed("flows", u.flows(), f -> f.id().value(), (key, f) -> {
            c.put(key + ".kind", f.kind().name());
            c.put(key + ".title", f.title());
            c.opt(key + ".condition", f.condition());
            c.put(key + ".branchesFrom", Integer.toString(f.branchesFrom()));
            c.steps(key + ".steps", f.steps());
            c.opt(key + ".rejoinsAt", f.rejoinsAt().map(String::valueOf));
            c.flag(key + ".ends", f.ends());
        });
        c.texts("successPostconditions", u.successPostconditions());
        c.texts("failurePostconditions", u.failurePostconditions());
        c.keyed("businessRules", u.businessRules(), b -> b.id().value(), (key, b) -> {
            c.put(key, b.text());
            c.opt(key + ".title", b.title());
        });
        c.ids("realizes", ElementKind.REQUIREMENT, u.realizes());
        c.ids("uses", ElementKind.ENTITY, u.uses());
        c.ids("includes", ElementKind.USE_CASE, u.includes());
        c.ids("extensionOf", ElementKind.USE_CASE, u.extensionOf());
        c.waivers(u.waivers());
        return c.fields;
    }

    /** The entity's fields, without its name. */
    public static Map<String, String> entity(Entity e, boolean review) {
        return entity(e, review, References.AS_IS);
    }

    /** The entity's fields, without its name, with its references mapped. */
    public static Map<String, String> entity(Entity e, boolean review, References refs) {
        Canonical c = new Canonical(review, refs);
        c.opt("description", e.description());
        c.keyed("attributes", e.attributes(), Attribute::name, (key, a) -> {
            c.put(key + ".type", a.type().name());
            c.texts(key + ".values", a.values());
            c.flag(key + ".required", a.required());
            c.flag(key + ".unique", a.unique());
            c.flag(key + ".identifier", a.identifier());
            c.opt(key + ".min", a.min().map(Canonical::number));
            c.opt(key + ".max", a.max().map(Canonical::number));
            c.opt(key + ".minLength", a.minLength().map(String::valueOf));
            c.opt(key + ".maxLength", a.maxLength().map(String::valueOf));
            c.opt(key + ".pattern", a.pattern());
            c.opt(key + ".default", a.defaultValue());
            c.opt(key + ".reference", a.reference().map(id -> refs.map(ElementKind.ENTITY, id).value()));
            c.opt(key + ".description", a.description());
        });
        c.keyed("relationships", e.relationships(), Relationship::name, (key, r) -> {
            c.put(key + ".target", refs.map(ElementKind.ENTITY, r.target()).value());
            c.put(key + ".kind", r.kind().name());
            c.opt(key + ".sourceCardinality", r.sourceCardinality().map(x -> x.notation()));
            c.opt(key + ".cardinality", r.cardinality().map(x -> x.notation()));
            c.opt(key + ".description", r.description());
        });
        c.texts("invariants", e.invariants());
        c.waivers(e.waivers());
        return c.fields;
    }

    /** The spec's own fields: everything but its actors, requirements, use cases and entities. */
    public static Map<String, String> spec(Spec s, boolean review) {
        Canonical c = new Canonical(review, References.AS_IS);
        c.put("id", s.id().value());
        c.put("title", s.title());
        c.opt("version", s.version());
        c.opt("summary", s.summary());
        c.keyed("glossary", s.glossary(), GlossaryTerm::term, (key, t) -> {
            c.put(key + ".definition", t.definition());
            c.texts(key + ".avoid", t.avoid());
        });
        // the stories' own fields (issue 9); their criteria are elements of their own, like a requirement's
        c.keyed("stories", s.stories(), st -> st.id().value(), (key, st) -> {
            c.opt(key + ".title", st.title());
            c.opt(key + ".text", st.text());
            c.opt(key + ".role", st.role());
            c.opt(key + ".goal", st.goal());
            c.opt(key + ".benefit", st.benefit());
            c.opt(key + ".priority", st.priority().map(Enum::name));
        });
        c.texts("assumptions", s.assumptions());
        c.texts("outOfScope", s.outOfScope());
        c.texts("openQuestions", s.openQuestions());
        c.waivers(s.waivers());
        return c.fields;
    }

    private static final Set<String> LISTS = Set.of("dependsOn", "tags", "waivers", "secondaryActors",
            "preconditions", "mainFlow", "flows", "steps", "successPostconditions", "failurePostconditions",
            "businessRules", "realizes", "uses", "includes", "extensionOf", "attributes", "values",
            "relationships", "invariants", "glossary", "avoid", "assumptions", "outOfScope", "openQuestions", "verifies",
            "stories");
    private static final Set<String> NUMBERS_AND_FLAGS = Set.of("position", "branchesFrom", "rejoinsAt", "min",
            "max", "minLength", "maxLength", "ends", "required", "unique", "identifier");

    /**
     * Tells whether a field's value is free text, as opposed to a list (written as {@code [A, B]} or
     * {@code ["a", "b"]}), a number or a flag, which a reader takes in as they are written.
     *
     * @param field a field path of this form, such as {@code title} or {@code attributes[sku].min}
     * @return whether the value is text, to be shown quoted
     */
    public static boolean isText(String field) {
        // a keyed entry (mainFlow[2], businessRules[BR-1]) holds text; otherwise the last name decides,
        // and keys cannot fool it: the name after the last '.' always comes after any key
        if (field.endsWith("]")) return true;
        String name = field.substring(field.lastIndexOf('.') + 1);
        return !LISTS.contains(name) && !NUMBERS_AND_FLAGS.contains(name);
    }

    private void put(String key, String value) {
        fields.put(key, value);
    }

    private void opt(String key, Optional<String> value) {
        value.ifPresent(v -> fields.put(key, v));
    }

    private void flag(String key, boolean value) {
        if (value) fields.put(key, "true");
    }

    private void ids(String key, ElementKind kind, List<Id> ids) {
        if (ids.isEmpty()) return;
        StringBuilder out = new StringBuilder("[");
        for (Id id : ids) {
            if (out.length() > 1) out.append(", ");
            out.append(refs.map(kind, id).value()); // ids hold no comma, space or bracket: the form is unambiguous
        }
        fields.put(key, out.append(']').toString());
    }

    private void texts(String key, List<String> texts) {
        if (!texts.isEmpty()) fields.put(key, quotedList(texts));
    }

    /** A criterion's steps: one step as its text (the form before steps existed), several as a list. */
    private void stepTexts(String key, List<String> steps) {
        if (steps.size() == 1) fields.put(key, steps.get(0));
        else texts(key, steps);
    }

    private void waivers(List<Waiver> waivers) {
        if (review || waivers.isEmpty()) return;
        texts("waivers", waivers.stream().map(w -> w.ruleId() + ": " + w.reason()).toList());
    }

    private void steps(String key, List<Step> steps) {
        keyed(key, steps, s -> Integer.toString(s.number()),
                (k, s) -> fields.put(k, refs.map(ElementKind.ACTOR, s.actor()).value() + ": " + s.action()));
    }

    /** Writes the order of the parts as one entry, then each part under {@code name[key]}. */
    private <T> void keyed(String name, List<T> parts, Function<T, String> keyOf,
            java.util.function.BiConsumer<String, T> body) {
        if (parts.isEmpty()) return;
        Set<String> seen = new HashSet<>();
        List<String> keys = new java.util.ArrayList<>(parts.size());
        for (T part : parts) {
            String key = keyOf.apply(part);
            // a duplicate key (an invalid spec) still gets its own entries
            for (int n = 2; !seen.add(key); n++) key = keyOf.apply(part) + "#" + n;
            keys.add(key);
        }
        fields.put(name, quotedList(keys));
        for (int i = 0; i < parts.size(); i++) body.accept(name + "[" + keys.get(i) + "]", parts.get(i));
    }

    static String number(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    static String quotedList(List<String> texts) {
        StringBuilder out = new StringBuilder("[");
        for (String t : texts) {
            if (out.length() > 1) out.append(", ");
            out.append('"').append(t.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append(']').toString();
    }
}
