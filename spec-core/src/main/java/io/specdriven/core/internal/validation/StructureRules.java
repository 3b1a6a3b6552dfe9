package io.specdriven.core.internal.validation;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Actor;
import io.specdriven.core.Attribute;
import io.specdriven.core.AttributeType;
import io.specdriven.core.CriterionCategory;
import io.specdriven.core.Entity;
import io.specdriven.core.Flow;
import io.specdriven.core.Requirement;
import io.specdriven.core.RequirementKind;
import io.specdriven.core.RequirementStatus;
import io.specdriven.core.Step;
import io.specdriven.core.UseCase;
import io.specdriven.core.validation.ElementPath;
import io.specdriven.core.validation.Score.Area;
import io.specdriven.core.validation.Severity;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Structural rules that span several components of one record, which Bean Validation annotations on
 * single components cannot express: a category and its detail go together, ranges are ordered, patterns
 * compile.
 */
public final class StructureRules {
    private StructureRules() {}

    public static final Rule QUALITY_CATEGORY = Rule.basic("structure.quality-category", Severity.ERROR, Area.REQUIREMENTS,
                "A quality requirement names its quality category, and only a quality requirement does.",
                (spec, out) -> {
                    for (Requirement r : spec.requirements()) {
                        boolean quality = r.kind() == RequirementKind.QUALITY;
                        if (quality && r.qualityCategory().isEmpty()) {
                            out.add(Paths.of(r).field("qualityCategory"),
                                    "a QUALITY requirement needs a quality category such as PERFORMANCE");
                        } else if (!quality && r.qualityCategory().isPresent()) {
                            out.add(Paths.of(r).field("qualityCategory"), "a " + r.kind()
                                    + " requirement has no quality category: make it QUALITY or remove the category");
                        }
                    }
                })
            .fix("give a QUALITY requirement its qualityCategory (such as PERFORMANCE), or remove qualityCategory from a requirement of another kind");

    public static final Rule SUPERSEDED_BY = Rule.basic("structure.superseded-by", Severity.ERROR, Area.REQUIREMENTS,
                "A superseded requirement names its successor, and only a superseded one does.",
                (spec, out) -> {
                    for (Requirement r : spec.requirements()) {
                        boolean superseded = r.status() == RequirementStatus.SUPERSEDED;
                        if (superseded && r.supersededBy().isEmpty()) {
                            out.add(Paths.of(r).field("supersededBy"),
                                    "a SUPERSEDED requirement needs the id of the requirement that replaces it");
                        } else if (!superseded && r.supersededBy().isPresent()) {
                            out.add(Paths.of(r).field("supersededBy"), "the requirement is " + r.status()
                                    + " but names a successor: set its status to SUPERSEDED or remove supersededBy");
                        }
                    }
                })
            .fix("name the successor in supersededBy of a SUPERSEDED requirement, or remove supersededBy from a requirement with another status");

    public static final Rule EDGE_CASE_KIND = Rule.basic("structure.edge-case-kind", Severity.ERROR, Area.CRITERIA,
                "An edge-case criterion names its kind of edge, and only an edge-case criterion does.",
                (spec, out) -> {
                    for (Paths.Located l : Paths.criteria(spec)) {
                        AcceptanceCriterion c = l.criterion();
                        boolean edge = c.category() == CriterionCategory.EDGE_CASE;
                        if (edge && c.edgeCase().isEmpty()) {
                            out.add(l.path().field("edgeCase"),
                                    "an EDGE_CASE criterion needs its kind, such as EMPTY_DATA");
                        } else if (!edge && c.edgeCase().isPresent()) {
                            out.add(l.path().field("edgeCase"), "a " + c.category()
                                    + " criterion has no edge-case kind: make it EDGE_CASE or remove the kind");
                        }
                    }
                })
            .fix("give an EDGE_CASE criterion its edgeCase kind (such as EMPTY_DATA), or remove edgeCase from a criterion of another category");

    public static final Rule CRITERION_OUTCOME = Rule.basic("structure.criterion-outcome", Severity.ERROR, Area.CRITERIA,
                "An acceptance criterion states an outcome: a 'then' or a plain statement.",
                (spec, out) -> {
                    for (Paths.Located l : Paths.criteria(spec)) {
                        AcceptanceCriterion c = l.criterion();
                        if (c.then().isEmpty() && c.statement().isEmpty()) {
                            out.add(l.path(), "the criterion has neither a 'then' nor a statement:"
                                    + " say what is observed when it is met");
                        }
                    }
                })
            .fix("write the outcome in \"then\", or the whole criterion in \"statement\"");

    public static final Rule FLOW_END = Rule.basic("structure.flow-end", Severity.ERROR, Area.USE_CASES,
                "An alternative or exception flow either rejoins the main flow or ends, not both.",
                (spec, out) -> {
                    for (UseCase u : spec.useCases()) {
                        for (Flow f : u.flows()) {
                            if (f.ends() && f.rejoinsAt().isPresent()) {
                                out.add(Paths.of(u, f), "the flow both ends and rejoins at step "
                                        + f.rejoinsAt().get() + ": keep one");
                            }
                        }
                    }
                })
            .fix("keep either rejoinsAt (the step the flow returns to) or ends: true, not both");

    public static final Rule RESERVED_ID = Rule.basic("structure.reserved-id", Severity.ERROR, Area.USE_CASES,
                "No actor uses the id SYSTEM, which use case steps reserve for the system itself.",
                (spec, out) -> {
                    for (Actor a : spec.actors()) {
                        if (a.id().equals(Step.SYSTEM)) {
                            out.add(Paths.of(a), "the actor id 'SYSTEM' is reserved for the system being"
                                    + " specified: give the actor another id");
                        }
                    }
                })
            .fix("give the actor another id, and write SYSTEM as the actor of the steps the system itself takes");

    public static final Rule ATTRIBUTE_CONSTRAINTS = Rule.basic("structure.attribute-constraints", Severity.ERROR, Area.ENTITY_MODEL,
                "Attribute constraints fit the type and each other: values only on enums, min ≤ max,"
                        + " minLength ≤ maxLength, patterns that compile.",
                (spec, out) -> {
                    for (Entity e : spec.entities()) {
                        for (Attribute a : e.attributes()) {
                            checkAttribute(Paths.of(e).element("attributes", a.name()), a, out);
                        }
                    }
                })
            .fix("make the constraints fit: values only on an ENUM, min at most max, minLength at most maxLength, a pattern that compiles");

    /**
     * Returns the rules, in the order they run.
     *
     * @return the structural rules
     */
    public static List<Rule> all() {
        return List.of(QUALITY_CATEGORY, SUPERSEDED_BY, EDGE_CASE_KIND, CRITERION_OUTCOME, FLOW_END, RESERVED_ID, ATTRIBUTE_CONSTRAINTS);
    }

    private static void checkAttribute(ElementPath at, Attribute a, Rule.Findings out) {
        if (a.type() != AttributeType.ENUM && !a.values().isEmpty()) {
            out.add(at.field("values"), "a " + a.type() + " attribute has no list of values: make it ENUM or"
                    + " remove the values");
        }
        if (a.min().isPresent() && a.max().isPresent() && a.min().get().compareTo(a.max().get()) > 0) {
            out.add(at.field("min"), "min " + a.min().get().toPlainString() + " is greater than max "
                    + a.max().get().toPlainString() + ": swap them or correct one");
        }
        if (a.minLength().isPresent() && a.maxLength().isPresent() && a.minLength().get() > a.maxLength().get()) {
            out.add(at.field("minLength"), "minLength " + a.minLength().get() + " is greater than maxLength "
                    + a.maxLength().get() + ": swap them or correct one");
        }
        if (a.pattern().isPresent()) {
            try {
                Pattern.compile(a.pattern().get());
            } catch (PatternSyntaxException e) {
                out.add(at.field("pattern"), "the pattern is not a valid regular expression ("
                        + e.getDescription() + " at index " + e.getIndex() + ")");
            }
        }
    }
}
