package io.specdriven.core.internal.validation;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Actor;
import io.specdriven.core.Entity;
import io.specdriven.core.Flow;
import io.specdriven.core.Requirement;
import io.specdriven.core.UseCase;
import io.specdriven.core.validation.ElementPath;

/** The element paths of the model's parts, in one place so every rule names them the same way. */
public final class Paths {
    private Paths() {}

    /** @return {@code requirements[ID]} */
    public static ElementPath of(Requirement r) {
        return ElementPath.root().element("requirements", r.id());
    }

    /** @return {@code requirements[ID].criteria[AC]} */
    public static ElementPath of(Requirement r, AcceptanceCriterion c) {
        return of(r).element("criteria", c.id());
    }

    /** @return {@code useCases[ID]} */
    public static ElementPath of(UseCase u) {
        return ElementPath.root().element("useCases", u.id());
    }

    /** @return {@code useCases[ID].flows[A1]} */
    public static ElementPath of(UseCase u, Flow f) {
        return of(u).element("flows", f.id());
    }

    /** @return {@code entities[Name]} */
    public static ElementPath of(Entity e) {
        return ElementPath.root().element("entities", e.name());
    }

    /** @return {@code actors[ID]} */
    public static ElementPath of(Actor a) {
        return ElementPath.root().element("actors", a.id());
    }
}
