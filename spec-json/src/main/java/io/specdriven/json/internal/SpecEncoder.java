package io.specdriven.json.internal;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Actor;
import io.specdriven.core.Attribute;
import io.specdriven.core.BusinessRule;
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
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the elements of specFormat 1 to a Jackson generator, fields in the order of {@link Shapes}.
 * A field is left out exactly when its value is absent: an empty Optional, an empty list or a
 * {@code false} flag. Everything else, including enums that have a default when read, is written.
 */
public final class SpecEncoder {
    /** The {@code $schema} every written document names. */
    public static final String SCHEMA_URL = "https://specdriven.io/schema/spec-1.json";

    private final JsonGenerator g;

    /**
     * Creates an encoder.
     *
     * @param generator where to write
     */
    public SpecEncoder(JsonGenerator generator) {
        this.g = generator;
    }

    /**
     * Writes a spec as a document.
     *
     * @param spec the spec
     */
    public void spec(Spec spec) {
        g.writeStartObject();
        g.writeName("$schema");
        g.writeString(SCHEMA_URL);
        g.writeName("specFormat");
        g.writeNumber(SpecDecoder.FORMAT);
        id("id", spec.id());
        text("title", spec.title());
        text("version", spec.version());
        text("summary", spec.summary());
        list("actors", spec.actors(), this::actor);
        list("glossary", spec.glossary(), this::term);
        list("requirements", spec.requirements(), this::requirement);
        list("stories", spec.stories(), this::specStory);
        list("criteria", spec.criteria(), this::criterion);
        list("useCases", spec.useCases(), this::useCase);
        list("entities", spec.entities(), this::entity);
        texts("assumptions", spec.assumptions());
        texts("outOfScope", spec.outOfScope());
        texts("openQuestions", spec.openQuestions());
        list("waivers", spec.waivers(), this::waiver);
        g.writeEndObject();
    }

    void actor(Actor a) {
        g.writeStartObject();
        id("id", a.id());
        text("name", a.name());
        text("description", a.description());
        name("kind", a.kind());
        list("waivers", a.waivers(), this::waiver);
        g.writeEndObject();
    }

    void term(GlossaryTerm t) {
        g.writeStartObject();
        text("term", t.term());
        text("definition", t.definition());
        texts("avoid", t.avoid());
        g.writeEndObject();
    }

    void requirement(Requirement r) {
        g.writeStartObject();
        id("id", r.id());
        text("title", r.title());
        text("statement", r.statement());
        name("kind", r.kind());
        r.qualityCategory().ifPresent(q -> name("qualityCategory", q));
        r.priority().ifPresent(p -> name("priority", p));
        name("status", r.status());
        r.supersededBy().ifPresent(id -> id("supersededBy", id));
        text("rationale", r.rationale());
        text("source", r.source());
        r.story().ifPresent(s -> {
            g.writeName("story");
            story(s);
        });
        ids("dependsOn", r.dependsOn());
        texts("tags", r.tags());
        list("criteria", r.criteria(), this::criterion);
        list("waivers", r.waivers(), this::waiver);
        g.writeEndObject();
    }

    void story(UserStory s) {
        g.writeStartObject();
        text("role", s.role());
        text("goal", s.goal());
        text("benefit", s.benefit());
        g.writeEndObject();
    }

    void criterion(AcceptanceCriterion c) {
        g.writeStartObject();
        id("id", c.id());
        name("category", c.category());
        c.edgeCase().ifPresent(e -> name("edgeCase", e));
        steps("given", c.given());
        steps("when", c.when());
        steps("then", c.then());
        text("statement", c.statement());
        ids("verifies", c.verifies());
        list("waivers", c.waivers(), this::waiver);
        g.writeEndObject();
    }

    void specStory(Story s) {
        g.writeStartObject();
        id("id", s.id());
        text("title", s.title());
        text("text", s.text());
        text("role", s.role());
        text("goal", s.goal());
        text("benefit", s.benefit());
        s.priority().ifPresent(p -> name("priority", p));
        list("criteria", s.criteria(), this::criterion);
        list("waivers", s.waivers(), this::waiver);
        g.writeEndObject();
    }

    void waiver(Waiver w) {
        g.writeStartObject();
        text("ruleId", w.ruleId());
        text("reason", w.reason());
        g.writeEndObject();
    }

    void useCase(UseCase u) {
        g.writeStartObject();
        id("id", u.id());
        text("title", u.title());
        u.status().ifPresent(s -> name("status", s));
        text("goal", u.goal());
        u.primaryActor().ifPresent(a -> id("primaryActor", a));
        ids("secondaryActors", u.secondaryActors());
        text("trigger", u.trigger());
        texts("preconditions", u.preconditions());
        list("mainFlow", u.mainFlow(), this::step);
        list("flows", u.flows(), this::flow);
        texts("successPostconditions", u.successPostconditions());
        texts("failurePostconditions", u.failurePostconditions());
        list("businessRules", u.businessRules(), this::businessRule);
        ids("realizes", u.realizes());
        ids("uses", u.uses());
        ids("includes", u.includes());
        ids("extensionOf", u.extensionOf());
        list("waivers", u.waivers(), this::waiver);
        g.writeEndObject();
    }

    void step(Step s) {
        g.writeStartObject();
        g.writeName("number");
        g.writeNumber(s.number());
        id("actor", s.actor());
        text("action", s.action());
        g.writeEndObject();
    }

    void flow(Flow f) {
        g.writeStartObject();
        id("id", f.id());
        name("kind", f.kind());
        text("title", f.title());
        text("condition", f.condition());
        g.writeName("branchesFrom");
        g.writeNumber(f.branchesFrom());
        list("steps", f.steps(), this::step);
        f.rejoinsAt().ifPresent(n -> {
            g.writeName("rejoinsAt");
            g.writeNumber(n);
        });
        flag("ends", f.ends());
        g.writeEndObject();
    }

    void businessRule(BusinessRule b) {
        g.writeStartObject();
        id("id", b.id());
        text("title", b.title());
        text("text", b.text());
        g.writeEndObject();
    }

    void entity(Entity e) {
        g.writeStartObject();
        id("name", e.name());
        text("description", e.description());
        list("attributes", e.attributes(), this::attribute);
        list("relationships", e.relationships(), this::relationship);
        texts("invariants", e.invariants());
        list("waivers", e.waivers(), this::waiver);
        g.writeEndObject();
    }

    void attribute(Attribute a) {
        g.writeStartObject();
        text("name", a.name());
        name("type", a.type());
        texts("values", a.values());
        flag("required", a.required());
        flag("unique", a.unique());
        flag("identifier", a.identifier());
        decimal("min", a.min());
        decimal("max", a.max());
        a.minLength().ifPresent(n -> {
            g.writeName("minLength");
            g.writeNumber(n);
        });
        a.maxLength().ifPresent(n -> {
            g.writeName("maxLength");
            g.writeNumber(n);
        });
        text("pattern", a.pattern());
        text("default", a.defaultValue());
        a.reference().ifPresent(id -> id("reference", id));
        text("description", a.description());
        g.writeEndObject();
    }

    void relationship(Relationship r) {
        g.writeStartObject();
        text("name", r.name());
        id("target", r.target());
        name("kind", r.kind());
        r.sourceCardinality().ifPresent(c -> text("sourceCardinality", c.notation()));
        r.cardinality().ifPresent(c -> text("cardinality", c.notation()));
        text("description", r.description());
        g.writeEndObject();
    }

    private void id(String field, Id id) {
        g.writeName(field);
        g.writeString(id.value());
    }

    private void name(String field, Enum<?> value) {
        g.writeName(field);
        g.writeString(value.name());
    }

    private void text(String field, String value) {
        int bad = Text.unpairedSurrogate(value);
        if (bad >= 0) {
            // Written as is, the surrogate would be replaced by '?' in UTF-8: refuse rather than corrupt.
            throw new IllegalArgumentException(String.format("cannot write field '%s': its text contains an"
                    + " unpaired surrogate \\u%04X at index %d, which is not Unicode text", field,
                    (int) value.charAt(bad), bad));
        }
        g.writeName(field);
        g.writeString(value);
    }

    private void text(String field, Optional<String> value) {
        value.ifPresent(v -> text(field, v));
    }

    /** A criterion's steps: one as a string (the canonical form), several as an array of strings. */
    private void steps(String field, List<String> steps) {
        if (steps.size() == 1) text(field, steps.get(0));
        else texts(field, steps);
    }

    private void decimal(String field, Optional<BigDecimal> value) {
        value.ifPresent(v -> {
            g.writeName(field);
            // toString, never toPlainString: 1E+999 stays short, and reading it back gives an equal value.
            g.writeNumber(v.toString());
        });
    }

    private void flag(String field, boolean value) {
        if (value) {
            g.writeName(field);
            g.writeBoolean(true);
        }
    }

    private void texts(String field, List<String> values) {
        if (values.isEmpty()) return;
        g.writeName(field);
        g.writeStartArray();
        for (String v : values) {
            int bad = Text.unpairedSurrogate(v);
            if (bad >= 0) {
                throw new IllegalArgumentException("cannot write field '" + field + "': an element contains an"
                        + " unpaired surrogate, which is not Unicode text");
            }
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private void ids(String field, List<Id> values) {
        if (values.isEmpty()) return;
        g.writeName(field);
        g.writeStartArray();
        for (Id v : values) g.writeString(v.value());
        g.writeEndArray();
    }

    private <T> void list(String field, List<T> values, Consumer<T> element) {
        if (values.isEmpty()) return;
        g.writeName(field);
        g.writeStartArray();
        for (T v : values) element.accept(v);
        g.writeEndArray();
    }
}
