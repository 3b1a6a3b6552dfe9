package io.specdriven.core.internal.validation;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.CriterionCategory;
import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.Entity;
import io.specdriven.core.Id;
import io.specdriven.core.Priority;
import io.specdriven.core.Requirement;
import io.specdriven.core.RequirementKind;
import io.specdriven.core.RequirementStatus;
import io.specdriven.core.Spec;
import io.specdriven.core.UseCase;
import io.specdriven.core.internal.Verifying;
import io.specdriven.core.validation.ElementPath;
import io.specdriven.core.validation.LexiconKind;
import io.specdriven.core.validation.Score.Area;
import io.specdriven.core.validation.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Completeness of the spec as a whole, of each requirement's acceptance criteria, of its edge cases and
 * failure modes, and of the coverage between requirements, use cases and entities. Every rule is linear
 * in the spec's size.
 *
 * <p>Requirements that are SUPERSEDED or REJECTED are retired: they need no criteria and no use case.
 * Spec-wide findings replace element-by-element ones when a whole part is missing: a spec without use
 * cases gets {@code spec.no-use-cases}, not one {@code coverage.unrealized-requirement} per requirement.
 */
public final class CompletenessRules {
    private CompletenessRules() {}

    /** A spec has at least one requirement. */
    // a warning, not an error: a brand-new spec (id and title only) validates without error under STANDARD
    // (issue 2); STRICT still makes it an error
    public static final Rule NO_REQUIREMENTS = Rule.standard("spec.no-requirements", Severity.WARNING,
            Area.REQUIREMENTS, "A spec has at least one requirement.", (spec, out) -> {
                if (spec.requirements().isEmpty()) {
                    out.add(ElementPath.root(), "the spec has no requirements: nothing can be built or checked from"
                            + " it", "add the first requirement: what the system shall do, with a criterion that"
                            + " shows when it is done");
                }
            }).empties(Area.REQUIREMENTS, Area.CRITERIA);

    /** A spec has at least one use case. */
    public static final Rule NO_USE_CASES = Rule.standard("spec.no-use-cases", Severity.WARNING, Area.USE_CASES,
            "A spec has at least one use case.", (spec, out) -> {
                if (spec.useCases().isEmpty()) {
                    out.add(ElementPath.root(), "the spec has no use cases: it does not show how an actor reaches a"
                            + " goal with the system", "add a use case with a primary actor, numbered steps and the"
                            + " requirements it realizes");
                }
            }).empties(Area.USE_CASES);

    /** A spec has an entity model. */
    public static final Rule NO_ENTITIES = Rule.standard("spec.no-entities", Severity.INFO, Area.ENTITY_MODEL,
            "A spec has an entity model.", (spec, out) -> {
                if (spec.entities().isEmpty()) {
                    out.add(ElementPath.root(), "the spec has no entities: the things its requirements talk about"
                            + " are not defined", "add an entity for each thing the system keeps, with its attributes");
                }
            }).empties(Area.ENTITY_MODEL);

    /**
     * A requirement states what is required: in a statement, or in a user story that stands where the
     * statement is (issue 9). One finding per requirement; the language rules that read statements stay
     * silent on the absent text.
     */
    public static final Rule NO_STATEMENT = Rule.standard("requirement.no-statement", Severity.WARNING,
            Area.REQUIREMENTS, "A requirement has a statement, or a user story that stands where the statement is.",
            (spec, out) -> {
                for (Requirement r : spec.requirements()) {
                    if (r.statement().isEmpty() && r.story().isEmpty()) {
                        out.add(Paths.of(r), "the requirement has neither a statement nor a user story: it does not say"
                                + " what is required", "add a \"statement\" ('The system shall …') or a \"story\" (role,"
                                + " goal, benefit)");
                    }
                }
            });

    /** A functional requirement has at least one SUCCESS criterion. */
    public static final Rule NO_SUCCESS = Rule.standard("criteria.no-success", Severity.WARNING, Area.CRITERIA,
            "A functional requirement has at least one SUCCESS criterion.", (spec, out) -> {
                Verifying verifying = Verifying.of(spec);
                for (Requirement r : live(spec)) {
                    if (r.kind() == RequirementKind.FUNCTIONAL
                            && count(verifying.of(r.id()), CriterionCategory.SUCCESS) == 0) {
                        out.add(Paths.of(r), "the functional requirement has no SUCCESS criterion: nobody can tell"
                                + " when it is done", "add a criterion: given a situation, when the actor acts, then"
                                + " what is observed");
                    }
                }
            });

    /** A requirement has at most {@code max} SUCCESS criteria. */
    public static final Rule TOO_MANY_SUCCESS = Rule.standard("criteria.too-many-success", Severity.WARNING,
            Area.CRITERIA, "", (spec, out) -> {
                int max = out.setting("max");
                Verifying verifying = Verifying.of(spec);
                for (Requirement r : live(spec)) {
                    int n = count(verifying.of(r.id()), CriterionCategory.SUCCESS);
                    if (n > max) {
                        out.add(Paths.of(r), "the requirement has " + n + " success criteria, more than " + max
                                + ": it is probably several requirements", "split it into requirements with at most "
                                + Rule.count(max, "success criterion", "success criteria") + " each");
                    }
                }
            }).setting("max", 5, 1, "the most SUCCESS criteria a requirement may have")
            .describedBy(s -> "A requirement has at most " + Rule.count(s.get("max"), "SUCCESS criterion",
                    "SUCCESS criteria") + " (setting max).");

    /** A criterion with a 'given' or 'when' also has a 'then'. */
    public static final Rule WHEN_WITHOUT_THEN = Rule.standard("criteria.when-without-then", Severity.WARNING,
            Area.CRITERIA, "A criterion with a 'given' or 'when' also has a 'then'.", (spec, out) -> {
                for (Paths.Located l : Paths.criteria(spec)) {
                    AcceptanceCriterion c = l.criterion();
                    // without a statement either, structure.criterion-outcome reports it
                    if (c.then().isEmpty() && c.statement().isPresent()
                            && (!c.when().isEmpty() || !c.given().isEmpty())) {
                        String part = !c.when().isEmpty() ? "when" : "given";
                        out.add(l.path(), "the criterion has a '" + part + "' but no 'then': its observable"
                                + " outcome is missing", "add a \"then\": what the actor or another system"
                                + " observes when it is met");
                    }
                }
            });

    /** A criterion states its observable outcome in a 'then'. */
    public static final Rule NO_THEN = Rule.standard("criteria.no-then", Severity.INFO, Area.CRITERIA,
            "A criterion states its observable outcome in a 'then', not only in a plain statement.", (spec, out) -> {
                for (Paths.Located l : Paths.criteria(spec)) {
                    AcceptanceCriterion c = l.criterion();
                    if (c.then().isEmpty() && c.statement().isPresent() && c.when().isEmpty() && c.given().isEmpty()) {
                        out.add(l.path(), "the criterion is a plain statement without a 'then': its"
                                + " observable outcome is not stated apart", "rewrite it with a \"given\", a"
                                + " \"when\" and a \"then\": what is observed when it is met");
                    }
                }
            });

    /** A FAILURE criterion says what the user experiences. */
    public static final Rule FAILURE_NO_EXPERIENCE = Rule.standard("criteria.failure-no-experience", Severity.WARNING,
            Area.CRITERIA, "A FAILURE criterion says what the user experiences: a message, a screen, what they can do.",
            (spec, out) -> {
                TermMatcher<String> experience = out.config().matcher(LexiconKind.USER_EXPERIENCE);
                for (Paths.Located l : Paths.criteria(spec)) {
                    AcceptanceCriterion c = l.criterion();
                    if (c.category() != CriterionCategory.FAILURE) continue;
                    // several then steps are read as one outcome, a step to a line
                    Optional<String> outcome = c.then().isEmpty() ? c.statement()
                            : Optional.of(String.join("\n", c.then()));
                    if (outcome.isEmpty()) continue; // structure.criterion-outcome reports it
                    String text = outcome.get();
                    if (!Numbers.hasQuote(text) && experience.find(Text.of(text)).isEmpty()) {
                        out.add(l.path().field(!c.then().isEmpty() ? "then" : "statement"),
                                "the failure criterion says what goes wrong, not what the user experiences",
                                "say what the user sees or can do, e.g. 'the analyst sees \"Export failed, try"
                                        + " again\" and can retry'");
                    }
                }
            });

    /** A spec has at least {@code min} EDGE_CASE criteria. */
    public static final Rule TOO_FEW_EDGE_CASES = Rule.standard("edge.too-few", Severity.WARNING, Area.CRITERIA, "",
            (spec, out) -> {
                if (spec.requirements().isEmpty()) return; // spec.no-requirements says it
                int min = out.setting("min");
                int n = count(liveCriteria(spec), CriterionCategory.EDGE_CASE);
                if (n < min) {
                    out.add(ElementPath.root(), "the spec has " + cases(n, "edge case") + ", fewer than " + min
                            + ": empty, large and unusual inputs are where software breaks", "add EDGE_CASE criteria,"
                            + " e.g. for empty data, large data and special characters");
                }
            }).setting("min", 3, 0, "the fewest EDGE_CASE criteria a spec may have")
            .describedBy(s -> "A spec has at least " + Rule.count(s.get("min"), "EDGE_CASE criterion",
                    "EDGE_CASE criteria") + " (setting min).");

    /** A spec has at least {@code min} FAILURE criteria. */
    public static final Rule NO_FAILURE_MODE = Rule.standard("edge.no-failure-mode", Severity.WARNING, Area.CRITERIA,
            "", (spec, out) -> {
                if (spec.requirements().isEmpty()) return;
                int min = out.setting("min");
                int n = count(liveCriteria(spec), CriterionCategory.FAILURE);
                if (n < min) {
                    out.add(ElementPath.root(), n == 0 ? "the spec has no failure mode: it does not say what users"
                            + " experience when something goes wrong" : "the spec has " + cases(n, "failure mode")
                            + ", fewer than " + min, "add a FAILURE criterion: given a fault such as a timeout or"
                            + " missing rights, then what the user sees and can do");
                }
            }).setting("min", 1, 0, "the fewest FAILURE criteria a spec may have")
            .describedBy(s -> "A spec has at least " + Rule.count(s.get("min"), "FAILURE criterion", "FAILURE criteria")
                    + " (setting min): what the user experiences when something goes wrong.");

    /** The spec's edge cases consider every standard kind. */
    public static final Rule MISSING_EDGE_KINDS = Rule.standard("edge.missing-kinds", Severity.INFO, Area.CRITERIA,
            "The spec's edge cases consider every standard kind: empty data, large data, special characters,"
                    + " concurrency, permissions and error states (setting edgeCaseKinds).", (spec, out) -> {
                Set<EdgeCaseKind> kinds = out.config().edgeCaseKinds();
                if (spec.requirements().isEmpty() || kinds.isEmpty()) return;
                Set<EdgeCaseKind> missing = EnumSet.copyOf(kinds);
                for (AcceptanceCriterion c : liveCriteria(spec)) c.edgeCase().ifPresent(missing::remove);
                if (!missing.isEmpty()) {
                    String names = missing.stream().map(Enum::name).collect(Collectors.joining(", "));
                    out.add(ElementPath.root(), "no edge case considers " + names, "add an EDGE_CASE criterion of each"
                            + " kind, or waive this finding on the spec with the reason the missing kinds cannot occur");
                }
            });

    /** Every functional requirement is realized by a use case. */
    public static final Rule UNREALIZED_REQUIREMENT = Rule.standard("coverage.unrealized-requirement",
            Severity.WARNING, Area.REQUIREMENTS, "Every functional requirement is realized by a use case (retired and"
                    + " WONT requirements excepted).", (spec, out) -> {
                if (spec.useCases().isEmpty()) return; // spec.no-use-cases says it
                Set<Id> realized = new HashSet<>();
                for (UseCase u : spec.useCases()) realized.addAll(u.realizes());
                for (Requirement r : live(spec)) {
                    if (r.kind() == RequirementKind.FUNCTIONAL && !r.priority().equals(Optional.of(Priority.WONT))
                            && !realized.contains(r.id())) {
                        out.add(Paths.of(r), "no use case realizes the requirement: it is not shown how an actor gets"
                                + " it", "add " + r.id() + " to the \"realizes\" of the use case that delivers it");
                    }
                }
            });

    /** Every use case realizes a requirement. */
    public static final Rule NO_REQUIREMENT = Rule.standard("coverage.no-requirement", Severity.WARNING,
            Area.USE_CASES, "Every use case realizes a requirement.", (spec, out) -> {
                if (spec.requirements().isEmpty()) return;
                for (UseCase u : spec.useCases()) {
                    if (u.realizes().isEmpty()) {
                        out.add(Paths.of(u), "the use case realizes no requirement: it is not clear why it exists",
                                "list the requirements it delivers in its \"realizes\", or remove the use case");
                    }
                }
            });

    /** Every entity is used by a use case. */
    public static final Rule UNUSED_ENTITY = Rule.standard("coverage.unused-entity", Severity.WARNING,
            Area.ENTITY_MODEL, "Every entity is used by a use case.", (spec, out) -> {
                if (spec.useCases().isEmpty()) return;
                Set<Id> used = new HashSet<>();
                for (UseCase u : spec.useCases()) used.addAll(u.uses());
                for (Entity e : spec.entities()) {
                    if (!used.contains(e.name())) {
                        out.add(Paths.of(e), "no use case uses the entity: either a use case misses it or the spec"
                                + " does not need it", "add " + e.name() + " to the \"uses\" of the use cases that"
                                + " read or change it, or remove it");
                    }
                }
            });

    /** No use case realizes a SUPERSEDED or REJECTED requirement. */
    public static final Rule RETIRED_REALIZED = Rule.standard("coverage.retired-realized", Severity.WARNING,
            Area.USE_CASES, "No use case realizes a SUPERSEDED or REJECTED requirement.", (spec, out) -> {
                Map<Id, Requirement> byId = new HashMap<>();
                for (Requirement r : spec.requirements()) byId.putIfAbsent(r.id(), r);
                for (UseCase u : spec.useCases()) {
                    for (Id ref : u.realizes()) {
                        Requirement r = byId.get(ref);
                        if (r == null || !retired(r)) continue;
                        out.add(Paths.of(u).element("realizes", ref), "the use case realizes " + ref + ", which is "
                                + r.status(), r.supersededBy().map(s -> "realize its successor " + s + " instead")
                                .orElse("remove it from \"realizes\", or revive the requirement"));
                    }
                }
            });

    /**
     * Returns the rules, in the order they run.
     *
     * @return the rules
     */
    public static List<Rule> all() {
        return List.of(NO_REQUIREMENTS, NO_USE_CASES, NO_ENTITIES, NO_STATEMENT, NO_SUCCESS, TOO_MANY_SUCCESS, WHEN_WITHOUT_THEN,
                NO_THEN, FAILURE_NO_EXPERIENCE, TOO_FEW_EDGE_CASES, NO_FAILURE_MODE, MISSING_EDGE_KINDS,
                UNREALIZED_REQUIREMENT, NO_REQUIREMENT, UNUSED_ENTITY, RETIRED_REALIZED);
    }

    static boolean retired(Requirement r) {
        return r.status() == RequirementStatus.SUPERSEDED || r.status() == RequirementStatus.REJECTED;
    }

    static List<Requirement> live(Spec spec) {
        List<Requirement> out = new ArrayList<>(spec.requirements().size());
        for (Requirement r : spec.requirements()) {
            if (!retired(r)) out.add(r);
        }
        return out;
    }

    /**
     * The criteria of live requirements, wherever they stand (a criterion of a story or of the spec counts
     * for the requirements it verifies), and those of stories and the spec that verify no requirement;
     * each once.
     */
    static List<AcceptanceCriterion> liveCriteria(Spec spec) {
        List<AcceptanceCriterion> out = new ArrayList<>(Verifying.of(spec).ofAll(live(spec)));
        Set<AcceptanceCriterion> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        seen.addAll(out);
        for (Paths.Located l : Paths.criteria(spec)) {
            AcceptanceCriterion c = l.criterion();
            if (!l.path().segments().get(0).name().equals("requirements") && c.verifies().isEmpty() && seen.add(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static int count(List<AcceptanceCriterion> criteria, CriterionCategory category) {
        int n = 0;
        for (AcceptanceCriterion c : criteria) {
            if (c.category() == category) n++;
        }
        return n;
    }

    private static String cases(int n, String noun) {
        return (n == 0 ? "no" : Integer.toString(n)) + " " + noun + (n == 1 ? "" : "s");
    }
}
