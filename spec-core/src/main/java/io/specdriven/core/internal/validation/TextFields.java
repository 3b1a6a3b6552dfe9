package io.specdriven.core.internal.validation;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Spec;
import io.specdriven.core.Step;
import io.specdriven.core.UseCase;
import io.specdriven.core.internal.model.Shape.Detail;
import io.specdriven.core.internal.model.Shape;
import io.specdriven.core.internal.model.TextKind;
import io.specdriven.core.validation.ElementPath;
import java.util.EnumSet;
import java.util.Set;

/**
 * Visits every free text of a spec with its path, in document order, telling what kind of text it is so
 * each language rule can pick the texts it is about. Which fields are texts, and of which kind, is
 * declared once in the model's description ({@link Shape}); this class is the rules' view of it.
 */
public final class TextFields {
    private TextFields() {}

    /** What a text is for (the rules' name for {@link TextKind}, constant for constant). */
    public enum Kind {
        /** Says how the system behaves: statements, criteria, steps, conditions, rules, invariants. */
        BEHAVIOUR,
        /** Names or explains: titles, summaries, descriptions, rationales, goals, assumptions. */
        PROSE,
        /** A glossary definition. */
        GLOSSARY,
        /** An open question of the spec: the place where unfinished things belong. */
        OPEN_QUESTION;

        private static final Kind[] BY_TEXT_KIND = new Kind[TextKind.values().length];

        static {
            for (TextKind k : TextKind.values()) BY_TEXT_KIND[k.ordinal()] = valueOf(k.name());
        }

        static Kind of(TextKind kind) {
            return BY_TEXT_KIND[kind.ordinal()];
        }
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
        Shape.walk(spec, TEXTS, texts(v));
    }

    /**
     * Visits the texts of one criterion: given, when, then, statement.
     *
     * @param v the visitor
     * @param at the criterion's path
     * @param c the criterion
     */
    public static void criterion(Visitor v, ElementPath at, AcceptanceCriterion c) {
        Shape.walk(Shape.CRITERION, c, at, null, null, TEXTS, texts(v));
    }

    /**
     * Visits the texts of one use case.
     *
     * @param v the visitor
     * @param u the use case
     */
    public static void useCase(Visitor v, UseCase u) {
        Shape.walk(Shape.USE_CASE, u, ElementPath.of(u), null, null, TEXTS, texts(v));
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

    /** Texts with their paths, in parts too (flows' steps, stories); no references. */
    private static final Set<Detail> TEXTS = EnumSet.of(Detail.PATHS, Detail.TEXTS, Detail.PARTS);

    private static Shape.Visitor texts(Visitor v) {
        return new Shape.Visitor() {
            @Override
            public void text(ElementPath path, String text, TextKind kind) {
                v.text(path, text, Kind.of(kind));
            }
        };
    }
}
