package io.specdriven.core.trace;

import static io.specdriven.core.internal.Checks.copy;
import static java.util.Objects.requireNonNull;

import io.specdriven.core.Id;
import java.util.List;
import java.util.Objects;

/**
 * One row of the traceability matrix: a requirement with its acceptance criteria, the use cases that
 * realize it and the entities those use cases use.
 *
 * <p>A class rather than a record on purpose: the row will grow (the tests that verify each criterion, for
 * one), and a new accessor breaks no caller, where a new record component would change the constructor
 * and every pattern that deconstructs it. Rows are made by {@link Traceability#of}; equal rows are equal.
 *
 * @since 0.1
 */
public final class RequirementTrace {
    private final Id requirement;
    private final List<Id> criteria;
    private final List<Id> useCases;
    private final List<Id> entities;

    RequirementTrace(Id requirement, List<Id> criteria, List<Id> useCases, List<Id> entities) {
        this.requirement = requireNonNull(requirement, "requirement");
        this.criteria = copy(criteria, "criteria");
        this.useCases = copy(useCases, "useCases");
        this.entities = copy(entities, "entities");
    }

    /**
     * Returns the requirement's id.
     *
     * @return the id
     */
    public Id requirement() {
        return requirement;
    }

    /**
     * Returns the requirement's acceptance criteria.
     *
     * @return their ids, in declared order
     */
    public List<Id> criteria() {
        return criteria;
    }

    /**
     * Returns the use cases whose {@code realizes} names the requirement.
     *
     * @return their ids, in spec order
     */
    public List<Id> useCases() {
        return useCases;
    }

    /**
     * Returns the entities those use cases use.
     *
     * @return their names, in first-use order, each once
     */
    public List<Id> entities() {
        return entities;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequirementTrace t && requirement.equals(t.requirement) && criteria.equals(t.criteria)
                && useCases.equals(t.useCases) && entities.equals(t.entities);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requirement, criteria, useCases, entities);
    }

    @Override
    public String toString() {
        return "RequirementTrace[requirement=" + requirement + ", criteria=" + criteria + ", useCases=" + useCases
                + ", entities=" + entities + "]";
    }
}
