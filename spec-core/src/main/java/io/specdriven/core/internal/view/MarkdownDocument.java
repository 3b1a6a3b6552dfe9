package io.specdriven.core.internal.view;

import static io.specdriven.core.internal.view.Markdown.block;
import static io.specdriven.core.internal.view.Markdown.header;
import static io.specdriven.core.internal.view.Markdown.inline;
import static io.specdriven.core.internal.view.Markdown.list;
import static io.specdriven.core.internal.view.Markdown.row;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Actor;
import io.specdriven.core.Attribute;
import io.specdriven.core.Entity;
import io.specdriven.core.Flow;
import io.specdriven.core.GlossaryTerm;
import io.specdriven.core.Id;
import io.specdriven.core.Relationship;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.Step;
import io.specdriven.core.UseCase;
import io.specdriven.core.internal.SpecIndex;
import io.specdriven.core.trace.Traceability;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.validation.Violation;
import io.specdriven.core.validation.WaivedViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The spec as one GitHub-flavoured Markdown document. */
public final class MarkdownDocument {
    private final Spec spec;
    private final Optional<ValidationReport> findings;
    private final SpecIndex index;
    private final StringBuilder out = new StringBuilder(4096);

    private MarkdownDocument(Spec spec, Optional<ValidationReport> findings) {
        this.spec = spec;
        this.findings = findings;
        this.index = SpecIndex.of(spec);
    }

    /** Renders the document, with a findings section if a report is given. */
    public static String render(Spec spec, Optional<ValidationReport> findings) {
        return new MarkdownDocument(spec, findings).document();
    }

    private String document() {
        out.append("# ").append(inline(spec.title())).append("\n\n");
        out.append("**Spec** ").append(inline(spec.id().value()));
        spec.version().ifPresent(v -> out.append(" · **Version** ").append(inline(v)));
        out.append("\n\n");
        spec.summary().ifPresent(s -> out.append(block(s)).append("\n\n"));
        contents();
        actors();
        glossary();
        requirements();
        stories();
        specCriteria();
        useCases();
        entities();
        out.append("## Traceability\n\n").append(Traceability.of(spec).toMarkdown()).append('\n');
        bullets("Assumptions", spec.assumptions());
        bullets("Out of scope", spec.outOfScope());
        bullets("Open questions", spec.openQuestions());
        findings.ifPresent(this::findings); // last: an appendix about the spec, not part of it
        // one line break at the end, however the last section ended
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') end--;
        out.setLength(end);
        return out.append('\n').toString();
    }

    private void contents() {
        List<String> sections = new ArrayList<>();
        if (!spec.actors().isEmpty()) sections.add("[Actors](#actors)");
        if (!spec.glossary().isEmpty()) sections.add("[Glossary](#glossary)");
        sections.add("[Requirements](#requirements)");
        if (!spec.stories().isEmpty()) sections.add("[Stories](#stories)");
        if (!spec.criteria().isEmpty()) sections.add("[Criteria of the spec](#criteria-of-the-spec)");
        if (!spec.useCases().isEmpty()) sections.add("[Use cases](#use-cases)");
        if (!spec.entities().isEmpty()) sections.add("[Entity model](#entity-model)");
        sections.add("[Traceability](#traceability)");
        if (findings.isPresent()) sections.add("[Findings](#findings)");
        out.append("**Contents:** ").append(String.join(" · ", sections)).append("\n\n");
    }

    private void actors() {
        if (spec.actors().isEmpty()) return;
        out.append("## Actors\n\n").append(header("Id", "Name", "Kind", "Description"));
        for (Actor a : spec.actors()) {
            out.append(row(inline(a.id().value()), inline(a.name()), words(a.kind().name()),
                    a.description().map(Markdown::inline).orElse("—")));
        }
        out.append('\n');
    }

    private void glossary() {
        if (spec.glossary().isEmpty()) return;
        out.append("## Glossary\n\n").append(header("Term", "Definition", "Avoid"));
        for (GlossaryTerm t : spec.glossary()) {
            out.append(row(inline(t.term()), inline(t.definition()), list(t.avoid())));
        }
        out.append('\n');
    }

    private void requirements() {
        out.append("## Requirements\n\n");
        if (spec.requirements().isEmpty()) {
            out.append("The spec has no requirements.\n\n");
            return;
        }
        out.append(header("Id", "Title", "Kind", "Priority", "Status", "Criteria"));
        for (Requirement r : spec.requirements()) {
            out.append(row(inline(r.id().value()), r.title().map(Markdown::inline).orElse("—"), kind(r),
                    r.priority().map(p -> words(p.name())).orElse("—"), words(r.status().name()),
                    String.valueOf(r.criteria().size())));
        }
        out.append('\n');
        for (Requirement r : spec.requirements()) requirement(r);
    }

    private void requirement(Requirement r) {
        out.append("### ").append(inline(r.id().value())).append(r.title().map(t -> " — " + inline(t)).orElse(""))
                .append("\n\n");
        r.statement().ifPresent(s -> out.append(block(s)).append("\n\n"));
        List<String> facts = new ArrayList<>();
        facts.add("**Kind:** " + kind(r) + r.priority().map(p -> " · **Priority:** " + words(p.name())).orElse("")
                + " · **Status:** " + words(r.status().name()));
        r.rationale().ifPresent(v -> facts.add("**Rationale:** " + inline(v)));
        r.source().ifPresent(v -> facts.add("**Source:** " + inline(v)));
        r.story().ifPresent(v -> facts.add("**User story:** " + inline(v.toString())));
        if (!r.dependsOn().isEmpty()) facts.add("**Depends on:** " + list(r.dependsOn()));
        r.supersededBy().ifPresent(v -> facts.add("**Superseded by:** " + inline(v.value())));
        if (!r.tags().isEmpty()) facts.add("**Tags:** " + list(r.tags()));
        facts.forEach(f -> out.append("- ").append(f).append('\n'));
        out.append('\n');
        if (r.criteria().isEmpty()) {
            out.append("*No acceptance criteria yet.*\n\n");
            return;
        }
        out.append("#### Acceptance criteria\n\n");
        for (AcceptanceCriterion c : r.criteria()) criterion(c);
    }

    /** The spec's user stories (issue 9), each with its acceptance scenarios; only when there are any. */
    private void stories() {
        if (spec.stories().isEmpty()) return;
        out.append("## Stories\n\n");
        for (io.specdriven.core.Story s : spec.stories()) {
            out.append("### ").append(inline(s.id().value())).append(s.title().map(t -> " — " + inline(t)).orElse(""))
                    .append("\n\n");
            s.text().ifPresent(t -> out.append(block(t)).append("\n\n"));
            if (s.role().isPresent() || s.goal().isPresent()) {
                out.append("As ").append(s.role().map(Markdown::inline).orElse("—")).append(", I want ")
                        .append(s.goal().map(Markdown::inline).orElse("—"))
                        .append(s.benefit().map(b -> ", so that " + inline(b)).orElse("")).append(".\n\n");
            }
            s.priority().ifPresent(p -> out.append("- **Priority:** ").append(inline(p.name())).append("\n\n"));
            for (AcceptanceCriterion c : s.criteria()) criterion(c);
        }
    }

    /** The criteria of the spec as a whole (issue 9), such as measurable outcomes. */
    private void specCriteria() {
        if (spec.criteria().isEmpty()) return;
        out.append("## Criteria of the spec\n\n");
        for (AcceptanceCriterion c : spec.criteria()) criterion(c);
    }

    private void criterion(AcceptanceCriterion c) {
        out.append("**").append(inline(c.id().value())).append("**");
        switch (c.category()) {
            case SUCCESS -> { }
            case FAILURE -> out.append(" · failure");
            case EDGE_CASE -> out.append(" · edge case").append(c.edgeCase().map(k -> ": " + words(k.name())).orElse(""));
        }
        out.append("\n\n");
        step("Given", c.given());
        step("When", c.when());
        step("Then", c.then());
        c.statement().ifPresent(s -> out.append("- ").append(block(s)).append('\n'));
        if (!c.verifies().isEmpty()) out.append("- **Verifies:** ").append(list(c.verifies())).append('\n');
        out.append('\n');
    }

    /** The first step under its keyword, every further one under "And" (issue 9: several steps). */
    private void step(String keyword, List<String> steps) {
        for (int i = 0; i < steps.size(); i++) {
            out.append("- **").append(i == 0 ? keyword : "And").append("** ").append(inline(steps.get(i))).append('\n');
        }
    }

    private void useCases() {
        if (spec.useCases().isEmpty()) return;
        out.append("## Use cases\n\n");
        for (UseCase u : spec.useCases()) useCase(u);
    }

    private void useCase(UseCase u) {
        out.append("### ").append(inline(u.id().value())).append(" — ").append(inline(u.title())).append("\n\n");
        List<String> facts = new ArrayList<>();
        u.goal().ifPresent(g -> facts.add("**Goal:** " + inline(g)));
        String actors = u.primaryActor().map(a -> "**Primary actor:** " + actorName(a)).orElse("");
        if (!u.secondaryActors().isEmpty()) {
            List<String> names = u.secondaryActors().stream().map(this::actorName).toList();
            actors += (actors.isEmpty() ? "" : " · ") + "**Secondary actors:** " + String.join(", ", names);
        }
        if (!actors.isEmpty()) facts.add(actors);
        u.trigger().ifPresent(t -> facts.add("**Trigger:** " + inline(t)));
        List<String> links = new ArrayList<>();
        if (!u.realizes().isEmpty()) links.add("**Realizes:** " + list(u.realizes()));
        if (!u.uses().isEmpty()) links.add("**Uses:** " + list(u.uses()));
        if (!u.includes().isEmpty()) links.add("**Includes:** " + list(u.includes()));
        if (!u.extensionOf().isEmpty()) links.add("**Extends:** " + list(u.extensionOf()));
        if (!links.isEmpty()) facts.add(String.join(" · ", links));
        facts.forEach(f -> out.append("- ").append(f).append('\n'));
        if (!facts.isEmpty()) out.append('\n');
        bulletsBold("Preconditions", u.preconditions());
        if (!u.mainFlow().isEmpty()) {
            out.append("**Main flow**\n\n");
            steps(u.mainFlow());
        }
        for (Flow f : u.flows()) {
            out.append("**").append(inline(f.id().value())).append(" · ").append(words(f.kind().name()))
                    .append(" — ").append(inline(f.title())).append("** (from step ").append(f.branchesFrom());
            if (f.ends()) out.append(", ends the use case");
            f.rejoinsAt().ifPresent(s -> out.append(", rejoins at step ").append(s));
            out.append(")\n\n");
            steps(f.steps());
        }
        bulletsBold("Success postconditions", u.successPostconditions());
        bulletsBold("Failure postconditions", u.failurePostconditions());
        if (!u.businessRules().isEmpty()) {
            out.append("**Business rules**\n\n");
            u.businessRules().forEach(b -> out.append("- **").append(inline(b.id().value())).append(":** ")
                    .append(inline(b.text())).append('\n'));
            out.append('\n');
        }
    }

    private void steps(List<Step> steps) {
        if (steps.isEmpty()) return;
        for (Step s : steps) {
            out.append(s.number()).append(". **").append(actorName(s.actor())).append(":** ")
                    .append(inline(s.action())).append('\n');
        }
        out.append('\n');
    }

    private String actorName(Id id) {
        if (Step.SYSTEM.equals(id)) return "System";
        return inline(index.actor(id).map(Actor::name).orElse(id.value()));
    }

    private void entities() {
        if (spec.entities().isEmpty()) return;
        out.append("## Entity model\n\n```mermaid\n").append(Mermaid.erDiagram(spec)).append("```\n\n");
        for (Entity e : spec.entities()) {
            out.append("### ").append(inline(e.name().value())).append("\n\n");
            e.description().ifPresent(d -> out.append(block(d)).append("\n\n"));
            if (!e.attributes().isEmpty()) {
                out.append(header("Attribute", "Type", "Constraints", "Description"));
                for (Attribute a : e.attributes()) {
                    out.append(row(inline(a.name()), Mermaid.type(a), list(Constraints.of(a)),
                            a.description().map(Markdown::inline).orElse("—")));
                }
                out.append('\n');
            }
            if (!e.relationships().isEmpty()) {
                out.append(header("Relationship", "Target", "Kind", "Cardinality", "Description"));
                for (Relationship r : e.relationships()) {
                    out.append(row(inline(r.name()), inline(r.target().value()), words(r.kind().name()),
                            r.sourceCardinality().map(s -> inline(s.notation()) + " to ").orElse("")
                                    + r.cardinality().map(c -> inline(c.notation())).orElse("—"),
                            r.description().map(Markdown::inline).orElse("—")));
                }
                out.append('\n');
            }
            bulletsBold("Invariants", e.invariants());
        }
    }

    private void findings(ValidationReport report) {
        out.append("## Findings\n\n").append(inline(report.summary())).append("\n\n");
        if (!report.violations().isEmpty()) {
            out.append(header("Severity", "Rule", "Where", "Finding"));
            for (Violation v : report.violations()) {
                out.append(row(words(v.severity().name()), inline(v.ruleId()), inline(v.path().toString()),
                        inline(v.message()) + v.hint().map(h -> "<br>*" + inline(h) + "*").orElse("")));
            }
            out.append('\n');
        }
        if (!report.waived().isEmpty()) {
            out.append("**Waived**\n\n").append(header("Rule", "Where", "Finding", "Waived because"));
            for (WaivedViolation w : report.waived()) {
                out.append(row(inline(w.violation().ruleId()), inline(w.violation().path().toString()),
                        inline(w.violation().message()), inline(w.waiver().reason())));
            }
            out.append('\n');
        }
    }

    private void bullets(String heading, List<String> items) {
        if (items.isEmpty()) return;
        out.append("## ").append(heading).append("\n\n");
        items.forEach(i -> out.append("- ").append(block(i)).append('\n'));
        out.append('\n');
    }

    private void bulletsBold(String heading, List<String> items) {
        if (items.isEmpty()) return;
        out.append("**").append(heading).append("**\n\n");
        items.forEach(i -> out.append("- ").append(block(i)).append('\n'));
        out.append('\n');
    }

    private static String kind(Requirement r) {
        return words(r.kind().name()) + r.qualityCategory().map(q -> " (" + words(q.name()) + ")").orElse("");
    }

    /** {@code EXTERNAL_SYSTEM} → {@code external system}. */
    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
