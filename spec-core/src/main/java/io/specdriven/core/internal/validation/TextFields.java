package io.specdriven.core.internal.validation;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Actor;
import io.specdriven.core.Attribute;
import io.specdriven.core.BusinessRule;
import io.specdriven.core.Entity;
import io.specdriven.core.Flow;
import io.specdriven.core.GlossaryTerm;
import io.specdriven.core.Relationship;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.Step;
import io.specdriven.core.UseCase;
import io.specdriven.core.validation.ElementPath;
import java.util.List;
import java.util.Optional;

/**
 * Visits every free text of a spec with its path, in document order, telling what kind of text it is so
 * each language rule can pick the texts it is about.
 */
public final class TextFields {
    private TextFields() {}

    /** What a text is for. */
    public enum Kind {
        /** Says how the system behaves: statements, criteria, steps, conditions, rules, invariants. */
        BEHAVIOUR,
        /** Names or explains: titles, summaries, descriptions, rationales, goals, assumptions. */
        PROSE,
        /** A glossary definition. */
        GLOSSARY,
        /** An open question of the spec: the place where unfinished things belong. */
        OPEN_QUESTION
    }

    /** Receives one text. */
    @FunctionalInterface
    public interface Visitor {
        /**
         * Receives a text.
         *
         * @param path where it stands
         * @param text the text
         * @param kind what it is for
         */
        void text(ElementPath path, String text, Kind kind);
    }

    /**
     * Visits every text of a spec.
     *
     * @param spec the spec
     * @param v the visitor
     */
    public static void visit(Spec spec, Visitor v) {
        ElementPath root = ElementPath.root();
        v.text(root.field("title"), spec.title(), Kind.PROSE);
        opt(v, root.field("summary"), spec.summary(), Kind.PROSE);
        list(v, root, "assumptions", spec.assumptions(), Kind.PROSE);
        list(v, root, "outOfScope", spec.outOfScope(), Kind.PROSE);
        list(v, root, "openQuestions", spec.openQuestions(), Kind.OPEN_QUESTION);
        for (Actor a : spec.actors()) {
            v.text(Paths.of(a).field("name"), a.name(), Kind.PROSE);
            opt(v, Paths.of(a).field("description"), a.description(), Kind.PROSE);
        }
        for (GlossaryTerm t : spec.glossary()) {
            v.text(root.element("glossary", t.term()).field("definition"), t.definition(), Kind.GLOSSARY);
        }
        for (Requirement r : spec.requirements()) {
            ElementPath at = Paths.of(r);
            v.text(at.field("title"), r.title(), Kind.PROSE);
            v.text(at.field("statement"), r.statement(), Kind.BEHAVIOUR);
            opt(v, at.field("rationale"), r.rationale(), Kind.PROSE);
            r.story().ifPresent(s -> {
                v.text(at.field("story").field("role"), s.role(), Kind.PROSE);
                v.text(at.field("story").field("goal"), s.goal(), Kind.PROSE);
                opt(v, at.field("story").field("benefit"), s.benefit(), Kind.PROSE);
            });
            for (AcceptanceCriterion c : r.criteria()) criterion(v, Paths.of(r, c), c);
        }
        for (UseCase u : spec.useCases()) useCase(v, u);
        for (Entity e : spec.entities()) {
            ElementPath at = Paths.of(e);
            opt(v, at.field("description"), e.description(), Kind.PROSE);
            for (Attribute a : e.attributes()) {
                opt(v, at.element("attributes", a.name()).field("description"), a.description(), Kind.PROSE);
            }
            for (Relationship r : e.relationships()) {
                opt(v, at.element("relationships", r.name()).field("description"), r.description(), Kind.PROSE);
            }
            list(v, at, "invariants", e.invariants(), Kind.BEHAVIOUR);
        }
    }

    /**
     * Visits the texts of one criterion: given, when, then, statement.
     *
     * @param v the visitor
     * @param at the criterion's path
     * @param c the criterion
     */
    public static void criterion(Visitor v, ElementPath at, AcceptanceCriterion c) {
        opt(v, at.field("given"), c.given(), Kind.BEHAVIOUR);
        opt(v, at.field("when"), c.when(), Kind.BEHAVIOUR);
        opt(v, at.field("then"), c.then(), Kind.BEHAVIOUR);
        opt(v, at.field("statement"), c.statement(), Kind.BEHAVIOUR);
    }

    /**
     * Visits the texts of one use case.
     *
     * @param v the visitor
     * @param u the use case
     */
    public static void useCase(Visitor v, UseCase u) {
        ElementPath at = Paths.of(u);
        v.text(at.field("title"), u.title(), Kind.PROSE);
        opt(v, at.field("goal"), u.goal(), Kind.PROSE);
        opt(v, at.field("trigger"), u.trigger(), Kind.BEHAVIOUR);
        list(v, at, "preconditions", u.preconditions(), Kind.BEHAVIOUR);
        for (Step s : u.mainFlow()) v.text(step(at, "mainFlow", s), s.action(), Kind.BEHAVIOUR);
        for (Flow f : u.flows()) {
            v.text(Paths.of(u, f).field("title"), f.title(), Kind.BEHAVIOUR);
            for (Step s : f.steps()) v.text(step(Paths.of(u, f), "steps", s), s.action(), Kind.BEHAVIOUR);
        }
        list(v, at, "successPostconditions", u.successPostconditions(), Kind.BEHAVIOUR);
        list(v, at, "failurePostconditions", u.failurePostconditions(), Kind.BEHAVIOUR);
        for (BusinessRule b : u.businessRules()) {
            v.text(at.element("businessRules", b.id()).field("text"), b.text(), Kind.BEHAVIOUR);
        }
    }

    /**
     * @param owner the use case or flow
     * @param list {@code mainFlow} or {@code steps}
     * @param s the step
     * @return the path of the step's action, such as {@code useCases[UC-1].mainFlow[2].action}
     */
    public static ElementPath step(ElementPath owner, String list, Step s) {
        return owner.element(list, Integer.toString(s.number())).field("action");
    }

    private static void opt(Visitor v, ElementPath at, Optional<String> text, Kind kind) {
        text.ifPresent(t -> v.text(at, t, kind));
    }

    private static void list(Visitor v, ElementPath owner, String name, List<String> texts, Kind kind) {
        for (int i = 0; i < texts.size(); i++) v.text(owner.element(name, Integer.toString(i)), texts.get(i), kind);
    }
}
