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
import io.specdriven.core.internal.model.Field;
import io.specdriven.core.internal.model.IdKind;
import io.specdriven.core.internal.model.Shape.Detail;
import io.specdriven.core.internal.model.Shape;
import io.specdriven.core.internal.validation.IdSpace.Entry;
import io.specdriven.core.validation.ElementPath;
import io.specdriven.core.validation.Score.Area;
import io.specdriven.core.validation.Severity;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
                    + " rules within their use case.", ReferenceRules::duplicateIds)
            .fix("give each element its own id, or merge the two elements");

    /** Names are unique within their owner. */
    public static final Rule DUPLICATE_NAME = Rule.basic("ref.duplicate-name", Severity.ERROR, null,
            "Names are unique: attributes and relationships within their entity, terms in the glossary, step numbers"
                    + " within their flow.", ReferenceRules::duplicateNames)
            .fix("give each part its own name within its element, or merge the two");

    /** No two ids differ only in letter case or Unicode form. */
    public static final Rule CASE_COLLISION = Rule.basic("ref.case-collision", Severity.WARNING, null,
            "No two ids differ only in letter case or Unicode form (across the spec, and among a use case's flows and"
                    + " business rules): they are distinct, but they confuse people.", ReferenceRules::caseCollisions)
            .fix("rename one of the two so they differ by more than letter case or Unicode form");

    /** Every reference names an element that exists. */
    public static final Rule UNRESOLVED = Rule.basic("ref.unresolved", Severity.ERROR, null,
            "Every reference names an element that exists.", (spec, out) -> references(spec, out, false))
            .fix("define the element under that id, or correct the reference to an id the spec defines");

    /** Every reference names an element of the kind it expects. */
    public static final Rule WRONG_KIND = Rule.basic("ref.wrong-kind", Severity.ERROR, null,
            "Every reference names an element of the kind it expects (a use case realizes a requirement, not a use"
                    + " case).", (spec, out) -> references(spec, out, true))
            .fix("refer to an element of the expected kind, or correct the id");

    /** Flows branch from and rejoin at steps of the main flow. */
    public static final Rule UNKNOWN_STEP = Rule.basic("ref.unknown-step", Severity.ERROR, Area.USE_CASES,
            "An alternative or exception flow branches from, and rejoins at, a step of the main flow.",
            ReferenceRules::steps)
            .fix("make branchesFrom and rejoinsAt name step numbers of the main flow");

    /** No cycles among requirements or use cases. */
    public static final Rule CYCLE = Rule.basic("ref.cycle", Severity.ERROR, null,
            "Requirements do not depend on or supersede each other in a cycle; use cases do not include or extend each"
                    + " other in a cycle. Each cycle is reported once.", ReferenceRules::cycles)
            .fix("remove one link of the cycle (a dependsOn, supersededBy, includes or extensionOf)");

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
     * {@code SS} alike), without invisible format characters (a zero-width space or joiner, a soft hyphen)
     * and with every run of white space read as one space: ids are free text (issue 9), so {@code Order Line},
     * {@code Order  Line}, {@code Order\u00A0Line} and {@code Order\u200BLine} look alike. One pass.
     */
    private static String lookalike(Id id) {
        String nfkc = Normalizer.normalize(id.value(), Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean space = false;
        for (int i = 0; i < nfkc.length(); ) {
            int c = nfkc.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.FORMAT) continue;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space) out.append(' ');
                space = true;
                continue;
            }
            space = false;
            out.appendCodePoint(c);
        }
        return out.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private static String collision(Id id, Id other, String where) {
        boolean caseOnly = id.value().equalsIgnoreCase(other.value());
        return "id '" + id + "' differs from '" + other + "' (" + where + ") only in "
                + (caseOnly ? "letter case" : "letter case or Unicode form") + ": rename one so people cannot mistake them";
    }

    /**
     * Walks every reference the model declares ({@link Shape}); reports the unresolved ones, or those of
     * the wrong kind. A step by {@code SYSTEM} names the system itself, which is no reference.
     */
    private static void references(Spec spec, Rule.Findings out, boolean wrongKind) {
        IdSpace index = IdSpace.of(spec);
        Shape.walk(spec, EnumSet.of(Detail.PATHS, Detail.REFERENCES, Detail.PARTS), new Shape.Visitor() {
            @Override
            public void reference(ElementPath at, Field<?> field, Id ref, Id owner, IdKind ownerKind) {
                IdKind expected = field.target();
                Optional<Entry> target = index.get(ref);
                if (target.isEmpty()) {
                    if (wrongKind) return;
                    if (!field.refersTo(Step.SYSTEM) && ref.value().equalsIgnoreCase(Step.SYSTEM.value())) {
                        // A step by "system" or "System" means the system itself: point at the reserved id
                        // (issue 12) rather than only at the missing actor.
                        out.add(at, expected.noun() + " '" + ref + "' is not defined (did you mean " + Step.SYSTEM
                                + "?)", "write " + Step.SYSTEM + " in capitals for a step the system itself takes,"
                                + " or define the actor");
                    } else {
                        out.add(at, expected.noun() + " '" + ref + "' is not defined");
                    }
                } else if (target.get().kind() != expected) {
                    if (wrongKind) out.add(at, "'" + ref + "' is " + target.get().kind().withArticle() + ", not "
                            + expected.withArticle());
                }
            }
        });
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
        depends.cycles(out, "requirements", "depend on each other", "remove one of the dependencies",
                "remove dependencies until no cycle is left");
        supersedes.cycles(out, "requirements", "supersede each other",
                "a successor cannot be superseded by its predecessor", "a successor cannot be superseded by its"
                        + " predecessor");
        links.cycles(out, "use cases", "include or extend each other", "remove one of the links",
                "remove links until no cycle is left");
    }

    /** How many ids of a cycle a message shows before it cuts the rest. */
    private static final int SHOWN = 10;

    /**
     * A directed graph of ids whose edges remember where they are declared. Its cycles are found as strongly
     * connected components (Tarjan's algorithm, iterative, so a 50,000-long chain cannot overflow the stack)
     * and each component is reported once, with one of its shortest cycles: linear in the graph's size.
     */
    private static final class Graph {
        private final Map<Id, Integer> index = new HashMap<>();
        private final List<Id> nodes = new ArrayList<>();
        private final List<List<int[]>> out = new ArrayList<>(); // per node: {target, edge}
        private final List<ElementPath> edgePaths = new ArrayList<>();

        private int node(Id id) {
            Integer i = index.get(id);
            if (i != null) return i;
            index.put(id, nodes.size());
            nodes.add(id);
            out.add(new ArrayList<>());
            return nodes.size() - 1;
        }

        void edge(Id from, Id to, ElementPath at) {
            int f = node(from);
            int t = node(to);
            out.get(f).add(new int[] {t, edgePaths.size()});
            edgePaths.add(at);
        }

        /** Reports each strongly connected component that holds a cycle, once. */
        void cycles(Rule.Findings findings, String nouns, String verb, String fix, String fixMany) {
            int n = nodes.size();
            int[] order = new int[n];
            int[] low = new int[n];
            boolean[] onStack = new boolean[n];
            java.util.Arrays.fill(order, -1);
            int[] component = new int[n];
            java.util.Arrays.fill(component, -1);
            int[] stack = new int[n];
            int top = 0;
            int[] callNode = new int[n];
            int[] callEdge = new int[n];
            int counter = 0;
            int components = 0;
            List<int[]> members = new ArrayList<>();
            for (int root = 0; root < n; root++) {
                if (order[root] >= 0) continue;
                int depth = 0;
                callNode[0] = root;
                callEdge[0] = 0;
                order[root] = low[root] = counter++;
                stack[top++] = root;
                onStack[root] = true;
                while (depth >= 0) {
                    int v = callNode[depth];
                    List<int[]> edges = out.get(v);
                    if (callEdge[depth] < edges.size()) {
                        int w = edges.get(callEdge[depth]++)[0];
                        if (order[w] < 0) {
                            order[w] = low[w] = counter++;
                            stack[top++] = w;
                            onStack[w] = true;
                            depth++;
                            callNode[depth] = w;
                            callEdge[depth] = 0;
                        } else if (onStack[w]) {
                            low[v] = Math.min(low[v], order[w]);
                        }
                        continue;
                    }
                    if (low[v] == order[v]) {
                        int size = 0;
                        int w;
                        do {
                            w = stack[--top];
                            onStack[w] = false;
                            component[w] = components;
                            size++;
                        } while (w != v);
                        members.add(new int[] {components, size});
                        components++;
                    }
                    depth--;
                    if (depth >= 0) low[callNode[depth]] = Math.min(low[callNode[depth]], low[v]);
                }
            }
            // each component with a cycle, from its first-declared member, in declaration order
            int[] sizes = new int[components];
            for (int[] m : members) sizes[m[0]] = m[1];
            boolean[] reported = new boolean[components];
            for (int v = 0; v < n; v++) {
                int c = component[v];
                if (reported[c]) continue;
                if (sizes[c] == 1 && !selfLoop(v)) continue;
                reported[c] = true;
                report(findings, v, c, sizes[c], component, nouns, verb, fix, fixMany);
            }
        }

        private boolean selfLoop(int v) {
            for (int[] e : out.get(v)) {
                if (e[0] == v) return true;
            }
            return false;
        }

        /** Finds a shortest cycle through start inside its component (breadth first) and reports it. */
        private void report(Rule.Findings findings, int start, int c, int size, int[] component, String nouns,
                String verb, String fix, String fixMany) {
            Map<Integer, Integer> parent = new HashMap<>();
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            queue.add(start);
            parent.put(start, -1);
            int last = -1;
            int closing = -1;
            search:
            while (!queue.isEmpty()) {
                int v = queue.poll();
                for (int[] e : out.get(v)) {
                    if (component[e[0]] != c) continue;
                    if (e[0] == start) {
                        last = v;
                        closing = e[1];
                        break search;
                    }
                    if (parent.putIfAbsent(e[0], v) == null) queue.add(e[0]);
                }
            }
            List<Id> cycle = new ArrayList<>();
            for (int v = last; v >= 0; v = parent.get(v)) cycle.add(nodes.get(v));
            java.util.Collections.reverse(cycle);
            String shown = shown(cycle);
            if (size == cycle.size()) {
                findings.add(edgePaths.get(closing), nouns + " " + verb + " in a cycle: " + shown + "; " + fix);
            } else {
                List<String> some = new ArrayList<>();
                for (int v = 0; v < nodes.size() && some.size() < 5; v++) {
                    if (component[v] == c) some.add(nodes.get(v).value());
                }
                findings.add(edgePaths.get(closing), size + " " + nouns + " " + verb + " in cycles (" + String.join(", ",
                        some) + (size > some.size() ? " and " + (size - some.size()) + " more" : "") + "), such as "
                        + shown + "; " + fixMany);
            }
        }

        /** The cycle as "A → B → A", cut in the middle when it is long. */
        private static String shown(List<Id> cycle) {
            StringBuilder b = new StringBuilder();
            int n = cycle.size();
            for (int i = 0; i < n; i++) {
                if (n > SHOWN && i == SHOWN - 2) {
                    b.append("… ").append(n - SHOWN + 1).append(" more → ");
                    i = n - 1;
                }
                b.append(cycle.get(i)).append(" → ");
            }
            return b.append(cycle.get(0)).toString();
        }
    }
}
