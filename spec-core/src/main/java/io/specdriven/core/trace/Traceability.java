package io.specdriven.core.trace;

import static io.specdriven.core.internal.view.Markdown.header;
import static io.specdriven.core.internal.view.Markdown.inline;
import static io.specdriven.core.internal.view.Markdown.list;
import static io.specdriven.core.internal.view.Markdown.row;
import static java.util.Objects.requireNonNull;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Entity;
import io.specdriven.core.Id;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.UseCase;
import io.specdriven.core.internal.SpecIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The traceability matrix of a spec: each requirement with its acceptance criteria, the use cases that
 * realize it and the entities they use; the same links read backwards; and the orphans on each side.
 *
 * <pre>{@code
 * Traceability trace = Traceability.of(spec);
 * trace.requirement(Id.of("REQ-EXPORT")).orElseThrow().useCases();   // [UC-EXPORT]
 * trace.requirementsOfEntity(Id.of("Report"));                       // [REQ-EXPORT, ...]
 * trace.requirementsWithoutUseCases();                               // what nothing realizes yet
 * }</pre>
 *
 * <p>Only links to elements that exist count: a use case that realizes an unknown requirement adds no
 * row (the validator reports the dangling reference). Links are direct: a use case included by a
 * realizing use case is not itself counted as realizing the requirement. Built in time linear in the
 * size of the spec; immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Traceability {
    private final List<RequirementTrace> rows;
    private final Map<Id, RequirementTrace> rowsById;
    private final Map<Id, List<Id>> requirementsOfUseCase;
    private final Map<Id, List<Id>> useCasesOfEntity;
    private final Map<Id, List<Id>> requirementsOfEntity;
    private final Map<Id, Id> requirementOfCriterion;
    private final Map<Id, String> titles;
    private final List<Id> withoutCriteria;
    private final List<Id> withoutUseCases;
    private final List<Id> useCasesWithoutRequirements;
    private final List<Id> entitiesWithoutUseCases;

    private Traceability(Spec spec) {
        SpecIndex index = SpecIndex.of(spec);
        List<RequirementTrace> rowList = new ArrayList<>();
        Map<Id, RequirementTrace> byId = new HashMap<>();
        Map<Id, String> titleMap = new HashMap<>();
        Map<Id, Id> criterionOwner = new HashMap<>();
        List<Id> noCriteria = new ArrayList<>();
        List<Id> noUseCases = new ArrayList<>();
        io.specdriven.core.internal.Verifying verifying = io.specdriven.core.internal.Verifying.of(spec);
        for (Requirement r : spec.requirements()) {
            if (byId.containsKey(r.id())) continue; // a duplicate id: the first occurrence is the row
            r.criteria().forEach(c -> criterionOwner.putIfAbsent(c.id(), r.id()));
            // its own criteria, then those of other requirements, stories and the spec that verify it (issue 9)
            List<Id> criteria = verifying.of(r.id()).stream().map(AcceptanceCriterion::id).distinct().toList();
            List<Id> useCases = index.useCasesRealizing(r.id()).stream()
                    .filter(u -> index.useCase(u).isPresent()).toList();
            Set<Id> entities = new LinkedHashSet<>();
            for (Id u : useCases) {
                index.useCase(u).orElseThrow().uses().stream()
                        .filter(e -> index.entity(e).isPresent()).forEach(entities::add);
            }
            RequirementTrace trace = new RequirementTrace(r.id(), criteria, useCases, List.copyOf(entities));
            rowList.add(trace);
            byId.put(r.id(), trace);
            titleMap.put(r.id(), r.title().orElse("")); // a requirement may have no title (issue 9)
            if (criteria.isEmpty()) noCriteria.add(r.id());
            if (useCases.isEmpty()) noUseCases.add(r.id());
        }
        Map<Id, List<Id>> ucToReq = new HashMap<>();
        Map<Id, Set<Id>> entityToUc = new HashMap<>();
        Map<Id, Set<Id>> entityToReq = new HashMap<>();
        List<Id> ucOrphans = new ArrayList<>();
        for (UseCase u : spec.useCases()) {
            if (ucToReq.containsKey(u.id())) continue;
            List<Id> realized = u.realizes().stream().filter(byId::containsKey).distinct().toList();
            ucToReq.put(u.id(), realized);
            if (realized.isEmpty()) ucOrphans.add(u.id());
            for (Id e : u.uses()) {
                if (index.entity(e).isEmpty()) continue;
                entityToUc.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(u.id());
                realized.forEach(r -> entityToReq.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(r));
            }
        }
        List<Id> entityOrphans = new ArrayList<>();
        Set<Id> seenEntities = new LinkedHashSet<>();
        for (Entity e : spec.entities()) {
            if (seenEntities.add(e.name()) && !entityToUc.containsKey(e.name())) entityOrphans.add(e.name());
        }
        this.rows = List.copyOf(rowList);
        this.rowsById = byId;
        this.titles = titleMap;
        this.requirementOfCriterion = criterionOwner;
        this.requirementsOfUseCase = ucToReq;
        this.useCasesOfEntity = freeze(entityToUc);
        this.requirementsOfEntity = freeze(entityToReq);
        this.withoutCriteria = List.copyOf(noCriteria);
        this.withoutUseCases = List.copyOf(noUseCases);
        this.useCasesWithoutRequirements = List.copyOf(ucOrphans);
        this.entitiesWithoutUseCases = List.copyOf(entityOrphans);
    }

    private static Map<Id, List<Id>> freeze(Map<Id, Set<Id>> map) {
        Map<Id, List<Id>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return frozen;
    }

    /**
     * Computes the traceability of a spec.
     *
     * @param spec the spec
     * @return its traceability
     * @since 0.1
     */
    public static Traceability of(Spec spec) {
        return new Traceability(requireNonNull(spec, "spec"));
    }

    /**
     * Returns the matrix: one row per requirement, in spec order.
     *
     * @return the rows
     */
    public List<RequirementTrace> requirements() {
        return rows;
    }

    /**
     * Returns the row of one requirement.
     *
     * @param requirementId the requirement's id
     * @return its row, or empty if the spec has no such requirement
     */
    public Optional<RequirementTrace> requirement(Id requirementId) {
        return Optional.ofNullable(rowsById.get(requireNonNull(requirementId, "requirementId")));
    }

    /**
     * Returns the requirements a use case realizes that exist in the spec.
     *
     * @param useCaseId the use case's id
     * @return the requirement ids, in the use case's order; empty for an unknown use case
     */
    public List<Id> requirementsOfUseCase(Id useCaseId) {
        return requirementsOfUseCase.getOrDefault(requireNonNull(useCaseId, "useCaseId"), List.of());
    }

    /**
     * Returns the use cases that use an entity.
     *
     * @param entityName the entity's name
     * @return the use case ids, in spec order
     */
    public List<Id> useCasesOfEntity(Id entityName) {
        return useCasesOfEntity.getOrDefault(requireNonNull(entityName, "entityName"), List.of());
    }

    /**
     * Returns the requirements traced to an entity: those realized by the use cases that use it.
     *
     * @param entityName the entity's name
     * @return the requirement ids, in first-seen order
     */
    public List<Id> requirementsOfEntity(Id entityName) {
        return requirementsOfEntity.getOrDefault(requireNonNull(entityName, "entityName"), List.of());
    }

    /**
     * Returns the requirement that holds an acceptance criterion.
     *
     * @param criterionId the criterion's id
     * @return the requirement's id, or empty for an unknown criterion
     */
    public Optional<Id> requirementOfCriterion(Id criterionId) {
        return Optional.ofNullable(requirementOfCriterion.get(requireNonNull(criterionId, "criterionId")));
    }

    /**
     * Returns the requirements without acceptance criteria.
     *
     * @return their ids, in spec order
     */
    public List<Id> requirementsWithoutCriteria() {
        return withoutCriteria;
    }

    /**
     * Returns the requirements no use case realizes.
     *
     * @return their ids, in spec order
     */
    public List<Id> requirementsWithoutUseCases() {
        return withoutUseCases;
    }

    /**
     * Returns the use cases that realize no requirement of the spec.
     *
     * @return their ids, in spec order
     */
    public List<Id> useCasesWithoutRequirements() {
        return useCasesWithoutRequirements;
    }

    /**
     * Returns the entities no use case uses.
     *
     * @return their names, in spec order
     */
    public List<Id> entitiesWithoutUseCases() {
        return entitiesWithoutUseCases;
    }

    /**
     * Tells whether anything is untraced, on either side.
     *
     * @return whether any of the four orphan lists is non-empty
     */
    public boolean hasOrphans() {
        return !(withoutCriteria.isEmpty() && withoutUseCases.isEmpty()
                && useCasesWithoutRequirements.isEmpty() && entitiesWithoutUseCases.isEmpty());
    }

    /**
     * Renders the matrix and the orphans as GitHub-flavoured Markdown: a table with one row per
     * requirement, then one bullet per kind of orphan. Deterministic; text is escaped so that no
     * character breaks the table.
     *
     * @return the Markdown, ending with a line break
     */
    public String toMarkdown() {
        StringBuilder out = new StringBuilder();
        if (rows.isEmpty()) {
            out.append("The spec has no requirements.\n");
        } else {
            out.append(header("Requirement", "Title", "Acceptance criteria", "Use cases", "Entities"));
            for (RequirementTrace r : rows) {
                out.append(row(inline(r.requirement().value()), inline(titles.get(r.requirement())),
                        list(r.criteria()), list(r.useCases()), list(r.entities())));
            }
        }
        out.append('\n');
        orphans(out, "Requirements without acceptance criteria", withoutCriteria);
        orphans(out, "Requirements no use case realizes", withoutUseCases);
        orphans(out, "Use cases that realize no requirement", useCasesWithoutRequirements);
        orphans(out, "Entities no use case uses", entitiesWithoutUseCases);
        return out.toString();
    }

    private static void orphans(StringBuilder out, String label, List<Id> ids) {
        out.append("- ").append(label).append(": ").append(ids.isEmpty() ? "none" : list(ids)).append('\n');
    }

    /**
     * Returns a one-line summary, for logs.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "Traceability[" + rows.size() + " requirements, orphans: " + withoutCriteria.size()
                + " without criteria, " + withoutUseCases.size() + " without use cases, "
                + useCasesWithoutRequirements.size() + " use cases without requirements, "
                + entitiesWithoutUseCases.size() + " unused entities]";
    }
}
