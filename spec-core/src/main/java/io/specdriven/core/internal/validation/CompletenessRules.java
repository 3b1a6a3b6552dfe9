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
import io.specdriven.core.validation.ElementPath;
import io.specdriven.core.validation.LexiconKind;
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

    /**
     * Returns the rules, in the order they run.
     *
     * @param config thresholds and lexicons
     * @return the rules
     */
    public static List<Rule> all(Config config) {
        return List.of(
                // a warning, not an error: a brand-new spec (id and title only) validates without error under
                // STANDARD (issue 2); STRICT still makes it an error
                new Rule("spec.no-requirements", Severity.WARNING, "A spec has at least one requirement.",
                        (spec, out) -> {
                            if (spec.requirements().isEmpty()) {
                                out.add(ElementPath.root(), "the spec has no requirements: nothing can be built or"
                                        + " checked from it", "add the first requirement: what the system shall do,"
                                        + " with a criterion that shows when it is done");
                            }
                        }),
                new Rule("spec.no-use-cases", Severity.WARNING, "A spec has at least one use case.",
                        (spec, out) -> {
                            if (spec.useCases().isEmpty()) {
                                out.add(ElementPath.root(), "the spec has no use cases: it does not show how an actor"
                                        + " reaches a goal with the system", "add a use case with a primary actor,"
                                        + " numbered steps and the requirements it realizes");
                            }
                        }),
                new Rule("spec.no-entities", Severity.INFO, "A spec has an entity model.",
                        (spec, out) -> {
                            if (spec.entities().isEmpty()) {
                                out.add(ElementPath.root(), "the spec has no entities: the things its requirements"
                                        + " talk about are not defined", "add an entity for each thing the system"
                                        + " keeps, with its attributes");
                            }
                        }),
                new Rule("criteria.no-success", Severity.WARNING,
                        "A functional requirement has at least one SUCCESS criterion.",
                        (spec, out) -> {
                            for (Requirement r : live(spec)) {
                                if (r.kind() == RequirementKind.FUNCTIONAL && count(r, CriterionCategory.SUCCESS) == 0) {
                                    out.add(Paths.of(r), "the functional requirement has no SUCCESS criterion: nobody"
                                            + " can tell when it is done", "add a criterion: given a situation, when the"
                                            + " actor acts, then what is observed");
                                }
                            }
                        }),
                new Rule("criteria.too-many-success", Severity.WARNING,
                        "A requirement has at most " + Rule.count(config.maxSuccessCriteria(), "SUCCESS criterion",
                                "SUCCESS criteria") + " (threshold maxSuccessCriteria).",
                        (spec, out) -> {
                            for (Requirement r : live(spec)) {
                                int n = count(r, CriterionCategory.SUCCESS);
                                if (n > config.maxSuccessCriteria()) {
                                    out.add(Paths.of(r), "the requirement has " + n + " success criteria, more than "
                                            + config.maxSuccessCriteria() + ": it is probably several requirements",
                                            "split it into requirements with at most " + Rule.count(
                                                    config.maxSuccessCriteria(), "success criterion", "success criteria")
                                                    + " each");
                                }
                            }
                        }),
                new Rule("criteria.when-without-then", Severity.WARNING,
                        "A criterion with a 'given' or 'when' also has a 'then'.",
                        (spec, out) -> {
                            for (Requirement r : spec.requirements()) {
                                for (AcceptanceCriterion c : r.criteria()) {
                                    // without a statement either, structure.criterion-outcome reports it
                                    if (c.then().isEmpty() && c.statement().isPresent()
                                            && (c.when().isPresent() || c.given().isPresent())) {
                                        String part = c.when().isPresent() ? "when" : "given";
                                        out.add(Paths.of(r, c), "the criterion has a '" + part + "' but no 'then': its"
                                                + " observable outcome is missing", "add then(..): what the actor or"
                                                + " another system observes afterwards");
                                    }
                                }
                            }
                        }),
                new Rule("criteria.no-then", Severity.INFO,
                        "A criterion states its observable outcome in a 'then', not only in a plain statement.",
                        (spec, out) -> {
                            for (Requirement r : spec.requirements()) {
                                for (AcceptanceCriterion c : r.criteria()) {
                                    if (c.then().isEmpty() && c.statement().isPresent() && c.when().isEmpty()
                                            && c.given().isEmpty()) {
                                        out.add(Paths.of(r, c), "the criterion is a plain statement without a 'then':"
                                                + " its observable outcome is not stated apart", "rewrite it as"
                                                + " given/when/then, with what is observed in 'then'");
                                    }
                                }
                            }
                        }),
                new Rule("criteria.failure-no-experience", Severity.WARNING,
                        "A FAILURE criterion says what the user experiences: a message, a screen, what they can do.",
                        (spec, out) -> {
                            TermMatcher<String> experience = config.matcher(LexiconKind.USER_EXPERIENCE);
                            for (Requirement r : spec.requirements()) {
                                for (AcceptanceCriterion c : r.criteria()) {
                                    if (c.category() != CriterionCategory.FAILURE) continue;
                                    Optional<String> outcome = c.then().or(c::statement);
                                    if (outcome.isEmpty()) continue; // structure.criterion-outcome reports it
                                    String text = outcome.get();
                                    if (!Numbers.hasQuote(text) && experience.find(Text.of(text)).isEmpty()) {
                                        out.add(Paths.of(r, c).field(c.then().isPresent() ? "then" : "statement"),
                                                "the failure criterion says what goes wrong, not what the user"
                                                        + " experiences", "say what the user sees or can do, e.g. 'the"
                                                        + " analyst sees \"Export failed, try again\" and can retry'");
                                    }
                                }
                            }
                        }),
                new Rule("edge.too-few", Severity.WARNING,
                        "A spec has at least " + Rule.count(config.minEdgeCases(), "EDGE_CASE criterion",
                                "EDGE_CASE criteria") + " (threshold minEdgeCases).",
                        (spec, out) -> {
                            if (spec.requirements().isEmpty()) return; // spec.no-requirements says it
                            int n = 0;
                            for (Requirement r : live(spec)) n += count(r, CriterionCategory.EDGE_CASE);
                            if (n < config.minEdgeCases()) {
                                out.add(ElementPath.root(), "the spec has " + cases(n, "edge case") + ", fewer than "
                                        + config.minEdgeCases() + ": empty, large and unusual inputs are where"
                                        + " software breaks", "add EDGE_CASE criteria, e.g. for empty data, large data"
                                        + " and special characters");
                            }
                        }),
                new Rule("edge.no-failure-mode", Severity.WARNING,
                        "A spec has at least " + Rule.count(config.minFailureModes(), "FAILURE criterion",
                                "FAILURE criteria") + " (threshold"
                                + " minFailureModes): what the user experiences when something goes wrong.",
                        (spec, out) -> {
                            if (spec.requirements().isEmpty()) return;
                            int n = 0;
                            for (Requirement r : live(spec)) n += count(r, CriterionCategory.FAILURE);
                            if (n < config.minFailureModes()) {
                                out.add(ElementPath.root(), n == 0 ? "the spec has no failure mode: it does not say"
                                        + " what users experience when something goes wrong" : "the spec has "
                                        + cases(n, "failure mode") + ", fewer than " + config.minFailureModes(),
                                        "add a FAILURE criterion: given a fault such as a timeout or missing rights,"
                                                + " then what the user sees and can do");
                            }
                        }),
                new Rule("edge.missing-kinds", Severity.INFO,
                        "The spec's edge cases consider every standard kind: empty data, large data, special"
                                + " characters, concurrency, permissions and error states (setting edgeCaseKinds).",
                        (spec, out) -> {
                            if (spec.requirements().isEmpty() || config.edgeCaseKinds().isEmpty()) return;
                            Set<EdgeCaseKind> missing = EnumSet.copyOf(config.edgeCaseKinds());
                            for (Requirement r : live(spec)) {
                                for (AcceptanceCriterion c : r.criteria()) c.edgeCase().ifPresent(missing::remove);
                            }
                            if (!missing.isEmpty()) {
                                String names = missing.stream().map(Enum::name).collect(Collectors.joining(", "));
                                out.add(ElementPath.root(), "no edge case considers " + names, "add an EDGE_CASE"
                                        + " criterion of each kind, or waive this finding on the spec with the reason"
                                        + " the missing kinds cannot occur");
                            }
                        }),
                new Rule("coverage.unrealized-requirement", Severity.WARNING,
                        "Every functional requirement is realized by a use case (retired and WONT requirements"
                                + " excepted).",
                        (spec, out) -> {
                            if (spec.useCases().isEmpty()) return; // spec.no-use-cases says it
                            Set<Id> realized = new HashSet<>();
                            for (UseCase u : spec.useCases()) realized.addAll(u.realizes());
                            for (Requirement r : live(spec)) {
                                if (r.kind() == RequirementKind.FUNCTIONAL && !r.priority().equals(Optional.of(Priority.WONT))
                                        && !realized.contains(r.id())) {
                                    out.add(Paths.of(r), "no use case realizes the requirement: it is not shown how an"
                                            + " actor gets it", "add " + r.id() + " to the realizes list of the use case"
                                            + " that delivers it");
                                }
                            }
                        }),
                new Rule("coverage.no-requirement", Severity.WARNING, "Every use case realizes a requirement.",
                        (spec, out) -> {
                            if (spec.requirements().isEmpty()) return;
                            for (UseCase u : spec.useCases()) {
                                if (u.realizes().isEmpty()) {
                                    out.add(Paths.of(u), "the use case realizes no requirement: it is not clear why it"
                                            + " exists", "add realizes(..) with the requirements it delivers, or remove"
                                            + " the use case");
                                }
                            }
                        }),
                new Rule("coverage.unused-entity", Severity.WARNING, "Every entity is used by a use case.",
                        (spec, out) -> {
                            if (spec.useCases().isEmpty()) return;
                            Set<Id> used = new HashSet<>();
                            for (UseCase u : spec.useCases()) used.addAll(u.uses());
                            for (Entity e : spec.entities()) {
                                if (!used.contains(e.name())) {
                                    out.add(Paths.of(e), "no use case uses the entity: either a use case misses it or"
                                            + " the spec does not need it", "add " + e.name() + " to the uses list of"
                                            + " the use cases that read or change it, or remove it");
                                }
                            }
                        }),
                new Rule("coverage.retired-realized", Severity.WARNING,
                        "No use case realizes a SUPERSEDED or REJECTED requirement.",
                        (spec, out) -> {
                            Map<Id, Requirement> byId = new HashMap<>();
                            for (Requirement r : spec.requirements()) byId.putIfAbsent(r.id(), r);
                            for (UseCase u : spec.useCases()) {
                                for (Id ref : u.realizes()) {
                                    Requirement r = byId.get(ref);
                                    if (r == null || !retired(r)) continue;
                                    out.add(Paths.of(u).element("realizes", ref), "the use case realizes " + ref
                                            + ", which is " + r.status(), r.supersededBy()
                                            .map(s -> "realize its successor " + s + " instead")
                                            .orElse("remove it from realizes, or revive the requirement"));
                                }
                            }
                        }));
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

    private static int count(Requirement r, CriterionCategory category) {
        int n = 0;
        for (AcceptanceCriterion c : r.criteria()) {
            if (c.category() == category) n++;
        }
        return n;
    }

    private static String cases(int n, String noun) {
        return (n == 0 ? "no" : Integer.toString(n)) + " " + noun + (n == 1 ? "" : "s");
    }
}
