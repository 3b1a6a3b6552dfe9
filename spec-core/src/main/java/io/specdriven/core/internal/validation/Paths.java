package io.specdriven.core.internal.validation;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Actor;
import io.specdriven.core.Entity;
import io.specdriven.core.Flow;
import io.specdriven.core.Requirement;
import io.specdriven.core.UseCase;
import io.specdriven.core.validation.ElementPath;

/**
 * The element paths of the model's parts, as the rules have always called them; each delegates to the
 * public {@link ElementPath#of(Requirement) ElementPath.of} methods, which read the lists' names from the
 * model's one description ({@link io.specdriven.core.internal.model.Shape}).
 */
public final class Paths {
    private Paths() {}

    /** @return {@code requirements[ID]} */
    public static ElementPath of(Requirement r) {
        return ElementPath.of(r);
    }

    /** @return {@code requirements[ID].criteria[AC]} */
    public static ElementPath of(Requirement r, AcceptanceCriterion c) {
        return ElementPath.of(r, c);
    }

    /** A criterion with its path, wherever it stands. */
    public record Located(ElementPath path, AcceptanceCriterion criterion) {}

    /**
     * Returns every criterion of a spec with its path, in document order: {@code requirements[R].criteria[AC]},
     * then {@code stories[S].criteria[AC]}, then {@code criteria[AC]} (issue 9).
     *
     * @param spec the spec
     * @return the criteria
     */
    public static java.util.List<Located> criteria(io.specdriven.core.Spec spec) {
        java.util.List<Located> out = new java.util.ArrayList<>();
        for (Requirement r : spec.requirements()) {
            for (AcceptanceCriterion c : r.criteria()) out.add(new Located(of(r, c), c));
        }
        for (io.specdriven.core.Story s : spec.stories()) {
            ElementPath story = ElementPath.root().element("stories", s.id());
            for (AcceptanceCriterion c : s.criteria()) out.add(new Located(story.element("criteria", c.id()), c));
        }
        for (AcceptanceCriterion c : spec.criteria()) out.add(new Located(ElementPath.root().element("criteria", c.id()), c));
        return out;
    }

    /** @return {@code useCases[ID]} */
    public static ElementPath of(UseCase u) {
        return ElementPath.of(u);
    }

    /** @return {@code useCases[ID].flows[A1]} */
    public static ElementPath of(UseCase u, Flow f) {
        return ElementPath.of(u, f);
    }

    /** @return {@code entities[Name]} */
    public static ElementPath of(Entity e) {
        return ElementPath.of(e);
    }

    /** @return {@code actors[ID]} */
    public static ElementPath of(Actor a) {
        return ElementPath.of(a);
    }
}
