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
