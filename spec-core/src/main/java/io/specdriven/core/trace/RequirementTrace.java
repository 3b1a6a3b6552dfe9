package io.specdriven.core.trace;

import static io.specdriven.core.internal.Checks.copy;
import static java.util.Objects.requireNonNull;

import io.specdriven.core.Id;
import java.util.List;

/**
 * One row of the traceability matrix: a requirement with its acceptance criteria, the use cases that
 * realize it and the entities those use cases use.
 *
 * @param requirement the requirement's id
 * @param criteria its acceptance criteria, in declared order
 * @param useCases the use cases whose {@code realizes} names it, in spec order
 * @param entities the entities those use cases use, in first-use order, each once
 * @since 0.1
 */
public record RequirementTrace(Id requirement, List<Id> criteria, List<Id> useCases, List<Id> entities) {
    /**
     * Checks for nulls and copies the lists.
     *
     * @param requirement the requirement's id
     * @param criteria its acceptance criteria, in declared order
     * @param useCases the use cases whose {@code realizes} names it, in spec order
     * @param entities the entities those use cases use, in first-use order, each once
     */
    public RequirementTrace {
        requireNonNull(requirement, "requirement");
        criteria = copy(criteria, "criteria");
        useCases = copy(useCases, "useCases");
        entities = copy(entities, "entities");
    }
}
