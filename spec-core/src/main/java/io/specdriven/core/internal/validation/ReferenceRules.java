package io.specdriven.core.internal.validation;

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
import io.specdriven.core.UseCase;
import io.specdriven.core.internal.validation.IdSpace.Entry;
import io.specdriven.core.internal.validation.IdSpace.Kind;
import io.specdriven.core.validation.ElementPath;
import io.specdriven.core.validation.Score.Area;
import io.specdriven.core.validation.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The referential layer: ids are unique, every reference resolves to an element of the right kind, and
 * the dependency and include/extend graphs have no cycles. Every rule is linear in the spec's size.
 */
public final class ReferenceRules {
    private ReferenceRules() {}

    /** Ids are unique. */
    public static final Rule DUPLICATE_ID = Rule.basic("ref.duplicate-id", Severity.ERROR, null,
            "Ids are unique: across requirements, criteria, use cases, actors and entities, and for flows and business"
                    + " rules within their use case.", ReferenceRules::duplicateIds);

    /** Names are unique within their owner. */
    public static final Rule DUPLICATE_NAME = Rule.basic("ref.duplicate-name", Severity.ERROR, null,
            "Names are unique: attributes and relationships within their entity, terms in the glossary, step numbers"
                    + " within their flow.", ReferenceRules::duplicateNames);

    /** No two ids differ only in letter case or Unicode form. */
    public static final Rule CASE_COLLISION = Rule.basic("ref.case-collision", Severity.WARNING, null,
            "No two ids differ only in letter case or Unicode form (across the spec, and among a use case's flows and"
                    + " business rules): they are distinct, but they confuse people.", ReferenceRules::caseCollisions);

    /** Every reference names an element that exists. */
    public static final Rule UNRESOLVED = Rule.basic("ref.unresolved", Severity.ERROR, null,
            "Every reference names an element that exists.", (spec, out) -> references(spec, out, false));

    /** Every reference names an element of the kind it expects. */
    public static final Rule WRONG_KIND = Rule.basic("ref.wrong-kind", Severity.ERROR, null,
            "Every reference names an element of the kind it expects (a use case realizes a requirement, not a use"
                    + " case).", (spec, out) -> references(spec, out, true));

    /** Flows branch from and rejoin at steps of the main flow. */
    public static final Rule UNKNOWN_STEP = Rule.basic("ref.unknown-step", Severity.ERROR, Area.USE_CASES,
            "An alternative or exception flow branches from, and rejoins at, a step of the main flow.",
            ReferenceRules::steps);

    /** No cycles among requirements or use cases. */
    public static final Rule CYCLE = Rule.basic("ref.cycle", Severity.ERROR, null,
            "Requirements do not depend on or supersede each other in a cycle; use cases do not include or extend each"
                    + " other in a cycle. Each cycle is reported once.", ReferenceRules::cycles);

    /**
     * Returns the rules, in the order they run.
     *
     * @return the referential rules
     */
    public static List<Rule> all() {
        return List.of(DUPLICATE_ID, DUPLICATE_NAME, CASE_COLLISION, UNRESOLVED, WRONG_KIND, UNKNOWN_STEP, CYCLE);
    }

    private static void duplicateIds(Spec spec, Rule.Findings out) {
        IdSpace index = IdSpace.of(spec);
        for (Entry dup : index.duplicates()) {
            Entry first = index.get(dup.id()).orElseThrow();
            out.add(dup.path(), first.path().equals(dup.path())
                    ? first.kind().noun() + " id '" + dup.id() + "' is declared twice: ids must be unique across the spec"
                    : "id '" + dup.id() + "' is already used by " + first.kind().noun() + " " + first.path()
                            + ": ids must be unique across the spec");
        }
        for (UseCase u : spec.useCases()) {
            Set<Id> flows = new HashSet<>();
            for (Flow f : u.flows()) {
                if (!flows.add(f.id())) {
                    out.add(Paths.of(u, f), "flow id '" + f.id() + "' is used twice in use case " + u.id()
                            + ": flow ids must be unique within their use case");
                }
            }
            Set<Id> rules = new HashSet<>();
            for (BusinessRule b : u.businessRules()) {
                if (!rules.add(b.id())) {
                    out.add(Paths.of(u).element("businessRules", b.id()), "business rule id '" + b.id()
                            + "' is used twice in use case " + u.id() + ": rule ids must be unique within their use case");
                }
            }
        }
    }

    private static void duplicateNames(Spec spec, Rule.Findings out) {
        for (Entity e : spec.entities()) {
            Set<String> names = new HashSet<>();
            for (Attribute a : e.attributes()) {
                if (!names.add(a.name())) {
                    out.add(Paths.of(e).element("attributes", a.name()), "entity " + e.name()
                            + " has two attributes named '" + a.name() + "': rename one");
                }
            }
            for (Relationship r : e.relationships()) {
                if (!names.add(r.name())) {
                    out.add(Paths.of(e).element("relationships", r.name()), "entity " + e.name()
                            + " already has an attribute or relationship named '" + r.name() + "': rename one");
                }
            }
        }
        Set<String> terms = new HashSet<>();
        for (GlossaryTerm t : spec.glossary()) {
            if (!terms.add(t.term().toLowerCase(Locale.ROOT))) {
                out.add(ElementPath.root().element("glossary", t.term()), "the glossary defines '" + t.term()
                        + "' twice (ignoring case): merge the definitions");
            }
        }
        for (UseCase u : spec.useCases()) {
            duplicateSteps(Paths.of(u), "mainFlow", u.mainFlow(), out);
            for (Flow f : u.flows()) {
                duplicateSteps(Paths.of(u, f), "steps", f.steps(), out);
            }
        }
    }

    private static void duplicateSteps(ElementPath owner, String list, List<Step> steps, Rule.Findings out) {
        Set<Integer> numbers = new HashSet<>();
        for (Step s : steps) {
            if (!numbers.add(s.number())) {
                out.add(owner.element(list, Integer.toString(s.number())), "step number " + s.number()
                        + " is used twice: number the steps 1, 2, 3, …");
            }
        }
    }

    private static void caseCollisions(Spec spec, Rule.Findings out) {
        Map<String, Entry> seen = new HashMap<>();
        for (Entry e : IdSpace.of(spec).all()) {
            Entry other = seen.putIfAbsent(lookalike(e.id()), e);
            if (other != null && !other.id().equals(e.id())) {
                out.add(e.path(), collision(e.id(), other.id(), other.path().toString()));
            }
        }
        for (UseCase u : spec.useCases()) {
            Map<String, Id> flows = new HashMap<>();
            for (Flow f : u.flows()) {
                Id other = flows.putIfAbsent(lookalike(f.id()), f.id());
                if (other != null && !other.equals(f.id())) out.add(Paths.of(u, f), collision(f.id(), other, "a flow"));
            }
            Map<String, Id> rules = new HashMap<>();
            for (BusinessRule b : u.businessRules()) {
                Id other = rules.putIfAbsent(lookalike(b.id()), b.id());
                if (other != null && !other.equals(b.id())) {
                    out.add(Paths.of(u).element("businessRules", b.id()), collision(b.id(), other, "a business rule"));
                }
            }
        }
    }

    /**
     * The form two ids share when people cannot tell them apart: Unicode compatibility-normalised
     * ({@code é} written as one character or as {@code e} and an accent) and case-folded ({@code ß} and
     * {@code SS} alike).
     */
    private static String lookalike(Id id) {
        return Normalizer.normalize(id.value(), Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private static String collision(Id id, Id other, String where) {
        boolean caseOnly = id.value().equalsIgnoreCase(other.value());
        return "id '" + id + "' differs from '" + other + "' (" + where + ") only in "
                + (caseOnly ? "letter case" : "letter case or Unicode form") + ": rename one so people cannot mistake them";
    }

    /** Walks every reference; reports the unresolved ones, or those of the wrong kind. */
    private static void references(Spec spec, Rule.Findings out, boolean wrongKind) {
        IdSpace index = IdSpace.of(spec);
        Resolver resolve = (at, ref, expected) -> {
            Optional<Entry> target = index.get(ref);
            if (target.isEmpty()) {
                if (!wrongKind) out.add(at, expected.noun() + " '" + ref + "' is not defined");
            } else if (target.get().kind() != expected) {
                if (wrongKind) out.add(at, "'" + ref + "' is " + target.get().kind().withArticle() + ", not "
                        + expected.withArticle());
            }
        };
        for (Requirement r : spec.requirements()) {
            for (Id dep : r.dependsOn()) {
                resolve.check(Paths.of(r).element("dependsOn", dep), dep, Kind.REQUIREMENT);
            }
            r.supersededBy().ifPresent(s -> resolve.check(Paths.of(r).field("supersededBy"), s, Kind.REQUIREMENT));
        }
        for (UseCase u : spec.useCases()) {
            ElementPath at = Paths.of(u);
            u.primaryActor().ifPresent(a -> resolve.check(at.field("primaryActor"), a, Kind.ACTOR));
            for (Id a : u.secondaryActors()) resolve.check(at.element("secondaryActors", a), a, Kind.ACTOR);
            for (Id r : u.realizes()) resolve.check(at.element("realizes", r), r, Kind.REQUIREMENT);
            for (Id e : u.uses()) resolve.check(at.element("uses", e), e, Kind.ENTITY);
            for (Id i : u.includes()) resolve.check(at.element("includes", i), i, Kind.USE_CASE);
            for (Id x : u.extensionOf()) resolve.check(at.element("extensionOf", x), x, Kind.USE_CASE);
            for (Step s : u.mainFlow()) {
                if (!s.bySystem()) {
                    resolve.check(at.element("mainFlow", Integer.toString(s.number())).field("actor"), s.actor(),
                            Kind.ACTOR);
                }
            }
            for (Flow f : u.flows()) {
                for (Step s : f.steps()) {
                    if (!s.bySystem()) {
                        resolve.check(Paths.of(u, f).element("steps", Integer.toString(s.number())).field("actor"),
                                s.actor(), Kind.ACTOR);
                    }
                }
            }
        }
        for (Entity e : spec.entities()) {
            for (Relationship r : e.relationships()) {
                resolve.check(Paths.of(e).element("relationships", r.name()).field("target"), r.target(), Kind.ENTITY);
            }
        }
    }

    @FunctionalInterface
    private interface Resolver {
        void check(ElementPath at, Id ref, Kind expected);
    }

    private static void steps(Spec spec, Rule.Findings out) {
        for (UseCase u : spec.useCases()) {
            Set<Integer> numbers = new HashSet<>();
            for (Step s : u.mainFlow()) numbers.add(s.number());
            for (Flow f : u.flows()) {
                if (!numbers.contains(f.branchesFrom())) {
                    out.add(Paths.of(u, f).field("branchesFrom"), "the flow branches from step " + f.branchesFrom()
                            + ", but the main flow of " + u.id() + " has no such step");
                }
                f.rejoinsAt().filter(n -> !numbers.contains(n)).ifPresent(n -> out.add(
                        Paths.of(u, f).field("rejoinsAt"), "the flow rejoins at step " + n
                                + ", but the main flow of " + u.id() + " has no such step"));
            }
        }
    }

    private static void cycles(Spec spec, Rule.Findings out) {
        Graph depends = new Graph();
        Graph supersedes = new Graph();
        for (Requirement r : spec.requirements()) {
            for (Id dep : r.dependsOn()) depends.edge(r.id(), dep, Paths.of(r).element("dependsOn", dep));
            r.supersededBy().ifPresent(s -> supersedes.edge(r.id(), s, Paths.of(r).field("supersededBy")));
        }
        Graph links = new Graph();
        for (UseCase u : spec.useCases()) {
            for (Id i : u.includes()) links.edge(u.id(), i, Paths.of(u).element("includes", i));
            for (Id x : u.extensionOf()) links.edge(u.id(), x, Paths.of(u).element("extensionOf", x));
        }
        depends.cycles((at, cycle) -> out.add(at, "requirements depend on each other in a cycle: " + cycle
                + "; remove one of the dependencies"));
        supersedes.cycles((at, cycle) -> out.add(at, "requirements supersede each other in a cycle: " + cycle
                + "; a successor cannot be superseded by its predecessor"));
        links.cycles((at, cycle) -> out.add(at, "use cases include or extend each other in a cycle: " + cycle
                + "; remove one of the links"));
    }

    /** A directed graph of ids whose edges remember where they are declared. */
    private static final class Graph {
        private record Edge(Id to, ElementPath at) {}

        private final Map<Id, List<Edge>> edges = new LinkedHashMap<>();

        void edge(Id from, Id to, ElementPath at) {
            edges.computeIfAbsent(from, k -> new ArrayList<>()).add(new Edge(to, at));
        }

        /** Reports each edge that closes a cycle, with the cycle; iterative, so deep chains cannot overflow. */
        void cycles(java.util.function.BiConsumer<ElementPath, String> report) {
            Map<Id, Integer> depth = new HashMap<>(); // grey nodes: their position on the stack
            Set<Id> done = new HashSet<>();
            for (Id start : edges.keySet()) {
                if (done.contains(start)) continue;
                List<Id> stack = new ArrayList<>();
                List<Integer> next = new ArrayList<>();
                stack.add(start);
                next.add(0);
                depth.put(start, 0);
                while (!stack.isEmpty()) {
                    int top = stack.size() - 1;
                    Id node = stack.get(top);
                    List<Edge> out = edges.getOrDefault(node, List.of());
                    int i = next.get(top);
                    if (i == out.size()) {
                        stack.remove(top);
                        next.remove(top);
                        depth.remove(node);
                        done.add(node);
                        continue;
                    }
                    next.set(top, i + 1);
                    Edge e = out.get(i);
                    Integer onStack = depth.get(e.to());
                    if (onStack != null) {
                        StringBuilder cycle = new StringBuilder();
                        for (int k = onStack; k < stack.size(); k++) cycle.append(stack.get(k)).append(" → ");
                        report.accept(e.at(), cycle.append(e.to()).toString());
                    } else if (!done.contains(e.to())) {
                        depth.put(e.to(), stack.size());
                        stack.add(e.to());
                        next.add(0);
                    }
                }
            }
        }
    }
}
