package io.specdriven.html.internal;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Actor;
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
import io.specdriven.core.trace.RequirementTrace;
import io.specdriven.core.trace.Traceability;
import io.specdriven.core.validation.ElementPath;
import io.specdriven.core.validation.Score;
import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.validation.Violation;
import io.specdriven.core.validation.WaivedViolation;
import io.specdriven.core.verify.AcceptanceHistory;
import io.specdriven.core.verify.ElementVerification;
import io.specdriven.core.verify.TestResult;
import io.specdriven.core.verify.TrendPoint;
import io.specdriven.core.verify.Verification;
import io.specdriven.core.verify.VerificationStatus;
import io.specdriven.core.view.SpecViews;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Builds the page as a jsoup DOM, so every text from the spec goes through {@link Element#text} and is
 * escaped by the serializer; nothing is concatenated into markup.
 */
public final class PageWriter {
    /** A section with more rows than this starts collapsed, so a 10,000-requirement page stays usable. */
    static final int OPEN_ROWS = 200;

    private final Spec spec;
    private final Optional<ValidationReport> report;
    private final Optional<Verification> verification;
    private final Optional<AcceptanceHistory> history;
    /** The verification of each criterion, by id, when there is a verification. */
    private final Map<String, ElementVerification> verified = new HashMap<>();
    private final Anchors anchors = new Anchors();
    /** Findings by the element they are shown next to (its path's text); the rest are spec-level. */
    private final Map<String, List<Violation>> placed = new HashMap<>();
    private final List<Violation> unplaced = new ArrayList<>();

    private PageWriter(Spec spec, Optional<ValidationReport> report, Optional<Verification> verification,
            Optional<AcceptanceHistory> history) {
        this.spec = spec;
        this.report = report;
        this.verification = verification;
        this.history = history;
        verification.ifPresent(v -> v.criteria().forEach(c -> verified.putIfAbsent(c.name(), c)));
    }

    /** Writes the whole page. */
    public static String write(Spec spec, Optional<ValidationReport> report) {
        return write(spec, report, Optional.empty(), Optional.empty());
    }

    /** Writes the whole page, with the acceptance of each criterion and the history of acceptance if given. */
    public static String write(Spec spec, Optional<ValidationReport> report, Optional<Verification> verification,
            Optional<AcceptanceHistory> history) {
        return new PageWriter(spec, report, verification, history).document().outerHtml();
    }

    private Document document() {
        placeFindings();
        assignAnchors();
        Document doc = Document.createShell("");
        doc.outputSettings().charset("UTF-8").escapeMode(Entities.EscapeMode.base).prettyPrint(false);
        doc.prependChild(new DocumentType("html", "", ""));
        Element html = doc.selectFirst("html");
        html.attr("lang", "en");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "generator").attr("content", "specdriven");
        head.appendElement("title").text(Texts.safe(spec.title()) + " — specification " + Texts.safe(spec.id().value()));
        head.appendElement("style").appendChild(new DataNode(Style.css()));

        Element body = doc.body();
        header(body.appendElement("header"));
        Element toc = body.appendElement("nav").attr("aria-label", "Contents");
        Element main = body.appendElement("main");
        toc.appendElement("h2").text("Contents");
        Element tocList = toc.appendElement("ol");

        introduction(main, tocList);
        requirements(main, tocList);
        useCases(main, tocList);
        entities(main, tocList);
        traceability(main, tocList);
        findings(main, tocList);
        body.appendElement("footer").text("Generated by specdriven from spec " + Texts.safe(spec.id().value())
                + spec.version().map(v -> " version " + Texts.safe(v)).orElse("") + ".");
        return doc;
    }

    // --- header and summary band ---------------------------------------------------------------

    private void header(Element header) {
        header.appendElement("h1").text(Texts.safe(spec.title()));
        Element meta = header.appendElement("p").addClass("meta");
        meta.appendText("Spec ");
        meta.appendElement("code").text(Texts.safe(spec.id().value()));
        spec.version().ifPresent(v -> meta.appendText(" · version " + Texts.safe(v)));
        Element band = header.appendElement("section").addClass("summary").attr("aria-label", "Summary");
        report.ifPresent(r -> {
            Score score = r.score();
            figure(band, "score", score.total() + "/100", "score-" + (score.total() >= 90 ? "good" : score.total() >= 60 ? "fair" : "poor"));
            figure(band, "errors", Integer.toString(r.errors().size()), r.errors().isEmpty() ? "none" : "error");
            figure(band, "warnings", Integer.toString(r.warnings().size()), r.warnings().isEmpty() ? "none" : "warning");
            figure(band, "infos", Integer.toString(r.findings(Severity.INFO).size()), "none");
            if (!r.waived().isEmpty()) figure(band, "waived", Integer.toString(r.waived().size()), "none");
        });
        int criteria = 0;
        for (Requirement q : spec.requirements()) criteria += q.criteria().size();
        verification.ifPresent(v -> {
            int live = v.criteria().size();
            int passed = v.count(VerificationStatus.PASSED);
            long percent = live == 0 ? 0 : Math.round(100.0 * passed / live);
            figure(band, "criteria accepted", passed + "/" + live + " (" + percent + "%)",
                    "score-" + (percent >= 90 ? "good" : percent >= 60 ? "fair" : "poor"));
            figure(band, "failed", Integer.toString(v.count(VerificationStatus.FAILED)),
                    v.count(VerificationStatus.FAILED) == 0 ? "none" : "error");
            figure(band, "untested", Integer.toString(v.count(VerificationStatus.UNTESTED)),
                    v.count(VerificationStatus.UNTESTED) == 0 ? "none" : "warning");
            if (v.count(VerificationStatus.SUSPECT) > 0) figure(band, "suspect", Integer.toString(v.count(VerificationStatus.SUSPECT)), "warning");
        });
        history.ifPresent(h -> trendChart(header, h));
        figure(band, "requirements", Integer.toString(spec.requirements().size()), "count");
        figure(band, "criteria", Integer.toString(criteria), "count");
        figure(band, "use cases", Integer.toString(spec.useCases().size()), "count");
        figure(band, "entities", Integer.toString(spec.entities().size()), "count");
    }

    private static void figure(Element band, String label, String value, String kind) {
        Element f = band.appendElement("div").addClass("figure").addClass(kind);
        f.appendElement("span").addClass("value").text(value);
        f.appendText(" ");
        f.appendElement("span").addClass("label").text(label);
    }

    // --- sections --------------------------------------------------------------------------------

    private Element section(Element main, Element toc, String id, String title) {
        toc.appendElement("li").appendElement("a").attr("href", "#" + id).text(title);
        Element section = main.appendElement("section").attr("id", id).attr("aria-labelledby", id + "-h");
        section.appendElement("h2").attr("id", id + "-h").text(title);
        return section;
    }

    private void introduction(Element main, Element toc) {
        boolean any = spec.summary().isPresent() || !spec.actors().isEmpty() || !spec.glossary().isEmpty()
                || !spec.assumptions().isEmpty() || !spec.outOfScope().isEmpty() || !spec.openQuestions().isEmpty();
        if (!any) return;
        Element s = section(main, toc, "overview", "Overview");
        spec.summary().ifPresent(text -> s.appendElement("p").addClass("text").text(Texts.safe(text)));
        if (!spec.actors().isEmpty()) {
            s.appendElement("h3").text("Actors");
            Element body = table(s, "Actors", "Id", "Name", "Kind", "Description", "Findings");
            for (Actor a : spec.actors()) {
                Element row = body.appendElement("tr");
                String anchor = anchors.of(a.id().value());
                row.attr("id", anchor);
                row.appendElement("th").attr("scope", "row").appendElement("code").text(Texts.safe(a.id().value()));
                row.appendElement("td").text(Texts.safe(a.name()));
                row.appendElement("td").text(Texts.words(a.kind()));
                row.appendElement("td").text(a.description().map(Texts::safe).orElse(""));
                inlineFindings(row.appendElement("td").addClass("findings-cell"), ElementPath.root().element("actors", a.id()));
            }
        }
        if (!spec.glossary().isEmpty()) {
            s.appendElement("h3").text("Glossary");
            Element dl = s.appendElement("dl").addClass("glossary");
            for (GlossaryTerm t : spec.glossary()) {
                dl.appendElement("dt").text(Texts.safe(t.term()));
                Element dd = dl.appendElement("dd").text(Texts.safe(t.definition()));
                if (!t.avoid().isEmpty()) dd.appendElement("span").addClass("avoid").text(" Avoid: " + Texts.join(t.avoid()));
            }
        }
        list(s, "Assumptions", spec.assumptions());
        list(s, "Out of scope", spec.outOfScope());
        list(s, "Open questions", spec.openQuestions());
    }

    private static void list(Element parent, String title, List<String> items) {
        if (items.isEmpty()) return;
        parent.appendElement("h3").text(title);
        Element ul = parent.appendElement("ul");
        for (String item : items) ul.appendElement("li").addClass("text").text(Texts.safe(item));
    }

    private void requirements(Element main, Element toc) {
        Element s = section(main, toc, "requirements", "Requirements");
        if (spec.requirements().isEmpty()) {
            s.appendElement("p").addClass("empty").text("The spec has no requirements.");
            return;
        }
        Element catalogue = collapsible(s, "Catalogue", spec.requirements().size());
        Element body = table(catalogue, "Requirements catalogue", "Id", "Title", "Kind", "Priority", "Status", "Criteria");
        List<String> requirementAnchors = new ArrayList<>();
        for (Requirement r : spec.requirements()) requirementAnchors.add(anchors.of(r.id().value()));
        for (int i = 0; i < spec.requirements().size(); i++) {
            Requirement r = spec.requirements().get(i);
            Element row = body.appendElement("tr");
            row.appendElement("th").attr("scope", "row").appendElement("a").attr("href", "#" + requirementAnchors.get(i))
                    .text(Texts.safe(r.id().value()));
            row.appendElement("td").text(r.title().map(Texts::safe).orElse("—"));
            row.appendElement("td").text(Texts.words(r.kind()));
            row.appendElement("td").text(r.priority().map(Texts::words).orElse("—"));
            row.appendElement("td").text(Texts.words(r.status()));
            row.appendElement("td").addClass("number").text(Integer.toString(r.criteria().size()));
        }
        for (int i = 0; i < spec.requirements().size(); i++) {
            requirement(s, spec.requirements().get(i), requirementAnchors.get(i));
        }
    }

    private void requirement(Element parent, Requirement r, String anchor) {
        ElementPath path = ElementPath.root().element("requirements", r.id());
        Element article = parent.appendElement("article").addClass("element").addClass("requirement").attr("id", anchor);
        heading(article, "h3", anchor, r.id().value(), r.title().orElse(null));
        r.statement().ifPresent(text -> article.appendElement("p").addClass("text").addClass("statement")
                .text(Texts.safe(text)));
        Element facts = article.appendElement("p").addClass("facts");
        facts.appendText(Texts.words(r.kind()));
        r.qualityCategory().ifPresent(q -> facts.appendText(" (" + Texts.words(q) + ")"));
        r.priority().ifPresent(p -> facts.appendText(" · " + Texts.words(p)));
        facts.appendText(" · " + Texts.words(r.status()));
        r.supersededBy().ifPresent(by -> {
            facts.appendText(" · superseded by ");
            idLink(facts, by);
        });
        if (!r.dependsOn().isEmpty()) {
            facts.appendText(" · depends on ");
            idLinks(facts, r.dependsOn());
        }
        if (!r.tags().isEmpty()) facts.appendText(" · tags: " + Texts.join(r.tags()));
        r.story().ifPresent(story -> article.appendElement("p").addClass("text").addClass("story")
                .text("As " + Texts.safe(story.role()) + ", I want " + Texts.safe(story.goal())
                        + story.benefit().map(b -> ", so that " + Texts.safe(b)).orElse("") + "."));
        r.rationale().ifPresent(text -> article.appendElement("p").addClass("text").addClass("rationale")
                .text("Rationale: " + Texts.safe(text)));
        inlineFindings(article, path);
        if (r.criteria().isEmpty()) {
            article.appendElement("p").addClass("empty").text("No acceptance criteria.");
            return;
        }
        article.appendElement("h4").text("Acceptance criteria");
        for (AcceptanceCriterion c : r.criteria()) criterion(article, path, c);
    }

    private void criterion(Element parent, ElementPath requirement, AcceptanceCriterion c) {
        String anchor = anchors.of(c.id().value());
        Element div = parent.appendElement("div").addClass("criterion").attr("id", anchor);
        Element h = heading(div, "h5", anchor, c.id().value(), null);
        h.appendText(" ");
        h.appendElement("span").addClass("category").text(Texts.words(c.category())
                + c.edgeCase().map(k -> ": " + Texts.words(k)).orElse(""));
        if (verification.isPresent()) {
            ElementVerification v = verified.get(c.id().value());
            // a criterion of a requirement that is not live (superseded, deprecated) has no status
            if (v != null) {
                h.appendText(" ");
                h.appendElement("span").addClass("status").addClass("status-" + v.status().label()).text(v.status().label());
            }
        }
        Element dl = div.appendElement("dl").addClass("gwt");
        step(dl, "Given", c.given());
        step(dl, "When", c.when());
        step(dl, "Then", c.then());
        step(dl, "Statement", c.statement());
        ElementVerification v = verified.get(c.id().value());
        if (v != null && !v.tests().isEmpty()) {
            Element tests = div.appendElement("ul").addClass("tests").attr("aria-label", "Tests of " + c.id().value());
            for (TestResult t : v.tests().subList(0, Math.min(MAX_TESTS_SHOWN, v.tests().size()))) {
                Element li = tests.appendElement("li").addClass("verdict-" + t.verdict().label());
                li.appendElement("span").addClass("verdict").text(t.verdict().label());
                li.appendText(" ");
                li.appendElement("code").text(Texts.safe(t.name()));
                t.message().ifPresent(m -> li.appendText(": " + Texts.safe(m)));
            }
            if (v.tests().size() > MAX_TESTS_SHOWN) {
                tests.appendElement("li").addClass("empty").text("and " + (v.tests().size() - MAX_TESTS_SHOWN) + " more");
            }
        }
        inlineFindings(div, requirement.element("criteria", c.id()));
    }

    /** The tests listed under a criterion at most; the rest are counted. */
    static final int MAX_TESTS_SHOWN = 10;

    /**
     * A small line chart of acceptance (the share of live criteria that passed) over the recorded runs, as
     * inline SVG with a text alternative: the first and last values and the number of runs.
     */
    private static void trendChart(Element header, AcceptanceHistory history) {
        List<TrendPoint> trend = history.metrics().trend();
        if (trend.isEmpty()) return;
        int width = 320;
        int height = 80;
        int n = trend.size();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? width / 2.0 : 10 + i * (width - 20.0) / (n - 1);
            double y = height - 10 - trend.get(i).acceptance() * (height - 20);
            if (i > 0) points.append(' ');
            points.append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        long first = Math.round(100 * trend.get(0).acceptance());
        long last = Math.round(100 * trend.get(n - 1).acceptance());
        String summary = "Acceptance over " + n + (n == 1 ? " run: " : " runs: from ") + (n == 1 ? "" : first + "% to ") + last + "%";
        Element figure = header.appendElement("figure").addClass("trend");
        Element svg = figure.appendElement("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("role", "img")
                .attr("width", Integer.toString(width)).attr("height", Integer.toString(height))
                .attr("viewBox", "0 0 " + width + " " + height).attr("aria-label", summary);
        svg.appendElement("title").text(summary);
        svg.appendElement("line").attr("x1", "10").attr("y1", Integer.toString(height - 10)).attr("x2", Integer.toString(width - 10))
                .attr("y2", Integer.toString(height - 10)).addClass("axis");
        svg.appendElement("polyline").attr("points", points.toString()).attr("fill", "none").addClass("acceptance");
        figure.appendElement("figcaption").text(summary);
    }

    /** The first step under its keyword, every further one under "And" (issue 9: several steps). */
    private static void step(Element dl, String keyword, List<String> steps) {
        for (int i = 0; i < steps.size(); i++) {
            dl.appendElement("dt").text(i == 0 ? keyword : "And");
            dl.appendElement("dd").addClass("text").text(Texts.safe(steps.get(i)));
        }
    }

    private static void step(Element dl, String keyword, Optional<String> text) {
        if (text.isEmpty()) return;
        dl.appendElement("dt").text(keyword);
        dl.appendElement("dd").addClass("text").text(Texts.safe(text.get()));
    }

    private void useCases(Element main, Element toc) {
        Element s = section(main, toc, "use-cases", "Use cases");
        if (spec.useCases().isEmpty()) {
            s.appendElement("p").addClass("empty").text("The spec has no use cases.");
            return;
        }
        diagram(s, "uc-", spec.useCases().size() + spec.actors().size(), () -> SpecViews.plantUmlUseCaseDiagram(spec),
                "Use case diagram", "Use case diagram: actors and the use cases they take part in.");
        for (UseCase u : spec.useCases()) useCase(s, u);
    }

    private void useCase(Element parent, UseCase u) {
        ElementPath path = ElementPath.root().element("useCases", u.id());
        String anchor = anchors.of(u.id().value());
        Element article = parent.appendElement("article").addClass("element").addClass("use-case").attr("id", anchor);
        heading(article, "h3", anchor, u.id().value(), u.title());
        u.goal().ifPresent(g -> article.appendElement("p").addClass("text").text("Goal: " + Texts.safe(g)));
        Element facts = article.appendElement("p").addClass("facts");
        u.primaryActor().ifPresent(a -> {
            facts.appendText("Primary actor ");
            idLink(facts, a);
        });
        linkFact(facts, "secondary actors", u.secondaryActors());
        linkFact(facts, "realizes", u.realizes());
        linkFact(facts, "uses", u.uses());
        linkFact(facts, "includes", u.includes());
        linkFact(facts, "extends", u.extensionOf());
        u.trigger().ifPresent(t -> article.appendElement("p").addClass("text").text("Trigger: " + Texts.safe(t)));
        list(article, "Preconditions", u.preconditions());
        inlineFindings(article, path);
        article.appendElement("h4").text("Main flow");
        steps(article, u.mainFlow());
        for (Flow f : u.flows()) {
            Element flow = article.appendElement("div").addClass("flow");
            String flowAnchor = anchors.of(u.id().value() + "/" + f.id().value());
            flow.attr("id", flowAnchor);
            Element h = flow.appendElement("h4");
            h.appendElement("a").attr("href", "#" + flowAnchor).addClass("id").text(Texts.safe(f.id().value()));
            h.appendText(" " + Texts.words(f.kind()) + " flow — " + Texts.safe(f.title()));
            Element at = flow.appendElement("p").addClass("facts");
            at.appendText("branches from step " + f.branchesFrom());
            f.rejoinsAt().ifPresent(n -> at.appendText(" · rejoins at step " + n));
            if (f.ends()) at.appendText(" · ends the use case");
            steps(flow, f.steps());
            inlineFindings(flow, path.element("flows", f.id()));
        }
        list(article, "Success postconditions", u.successPostconditions());
        list(article, "Failure postconditions", u.failurePostconditions());
        if (!u.businessRules().isEmpty()) {
            article.appendElement("h4").text("Business rules");
            Element ul = article.appendElement("ul");
            for (BusinessRule b : u.businessRules()) {
                Element li = ul.appendElement("li").attr("id", anchors.of(b.id().value()));
                li.appendElement("code").text(Texts.safe(b.id().value()));
                li.appendText(" " + Texts.safe(b.text()));
            }
        }
    }

    private void steps(Element parent, List<Step> steps) {
        Element ol = parent.appendElement("ol").addClass("steps");
        for (Step step : steps) {
            Element li = ol.appendElement("li").attr("value", Integer.toString(step.number()));
            li.appendElement("span").addClass("actor").text(Texts.safe(step.actor().value()));
            li.appendText(" " + Texts.safe(step.action()));
        }
    }

    private void linkFact(Element facts, String label, List<Id> ids) {
        if (ids.isEmpty()) return;
        if (!facts.childNodes().isEmpty()) facts.appendText(" · ");
        facts.appendText(label + " ");
        idLinks(facts, ids);
    }

    private void entities(Element main, Element toc) {
        Element s = section(main, toc, "entities", "Entity model");
        if (spec.entities().isEmpty()) {
            s.appendElement("p").addClass("empty").text("The spec has no entities.");
            return;
        }
        diagram(s, "er-", spec.entities().size(), () -> SpecViews.plantUmlClassDiagram(spec),
                "Class diagram of the entity model", "Class diagram of the entity model.");
        for (Entity e : spec.entities()) entity(s, e);
    }

    private void entity(Element parent, Entity e) {
        String anchor = anchors.of(e.name().value());
        Element article = parent.appendElement("article").addClass("element").addClass("entity").attr("id", anchor);
        heading(article, "h3", anchor, e.name().value(), null);
        e.description().ifPresent(d -> article.appendElement("p").addClass("text").text(Texts.safe(d)));
        inlineFindings(article, ElementPath.root().element("entities", e.name()));
        if (!e.attributes().isEmpty()) {
            Element body = table(article, "Attributes of " + Texts.safe(e.name().value()), "Attribute", "Type", "Constraints", "Description");
            for (Attribute a : e.attributes()) {
                Element row = body.appendElement("tr");
                row.appendElement("th").attr("scope", "row").text(Texts.safe(a.name()));
                row.appendElement("td").text(Texts.words(a.type()));
                row.appendElement("td").text(Texts.constraints(a));
                row.appendElement("td").text(a.description().map(Texts::safe).orElse(""));
            }
        }
        if (!e.relationships().isEmpty()) {
            Element body = table(article, "Relationships of " + Texts.safe(e.name().value()), "Relationship", "Target", "Kind", "Cardinality");
            for (Relationship rel : e.relationships()) {
                Element row = body.appendElement("tr");
                row.appendElement("th").attr("scope", "row").text(Texts.safe(rel.name()));
                idLink(row.appendElement("td"), rel.target());
                row.appendElement("td").text(Texts.words(rel.kind()));
                row.appendElement("td").text(rel.sourceCardinality().map(s -> Texts.words(s) + " to ").orElse("")
                        + rel.cardinality().map(Texts::words).orElse("—"));
            }
        }
        list(article, "Invariants", e.invariants());
    }

    private void traceability(Element main, Element toc) {
        Element s = section(main, toc, "traceability", "Traceability");
        Traceability trace = Traceability.of(spec);
        Set<Id> noCriteria = Set.copyOf(trace.requirementsWithoutCriteria());
        Set<Id> noUseCase = Set.copyOf(trace.requirementsWithoutUseCases());
        Element matrix = collapsible(s, "Matrix", trace.requirements().size());
        Element body = table(matrix, "Traceability matrix", "Requirement", "Acceptance criteria", "Use cases", "Entities");
        for (RequirementTrace row : trace.requirements()) {
            Element tr = body.appendElement("tr");
            idLink(tr.appendElement("th").attr("scope", "row"), row.requirement());
            cell(tr, row.criteria(), noCriteria.contains(row.requirement()), "no criteria");
            cell(tr, row.useCases(), noUseCase.contains(row.requirement()), "no use case");
            cell(tr, row.entities(), false, "");
            if (noCriteria.contains(row.requirement()) || noUseCase.contains(row.requirement())) tr.addClass("orphan");
        }
        Element orphans = s.appendElement("ul").addClass("orphans");
        orphanLine(orphans, "Requirements without acceptance criteria", trace.requirementsWithoutCriteria());
        orphanLine(orphans, "Requirements no use case realizes", trace.requirementsWithoutUseCases());
        orphanLine(orphans, "Use cases that realize no requirement", trace.useCasesWithoutRequirements());
        orphanLine(orphans, "Entities no use case uses", trace.entitiesWithoutUseCases());
    }

    private void cell(Element tr, List<Id> ids, boolean orphan, String missing) {
        Element td = tr.appendElement("td");
        if (ids.isEmpty() && orphan) {
            td.addClass("missing").appendElement("span").addClass("mark").text("✗ " + missing);
        } else if (ids.isEmpty()) {
            td.text("—");
        } else {
            idLinks(td, ids);
        }
    }

    private void orphanLine(Element ul, String label, List<Id> ids) {
        Element li = ul.appendElement("li");
        li.appendElement("strong").text(label + ": ");
        if (ids.isEmpty()) {
            li.appendText("none");
        } else {
            li.addClass("has-orphans");
            idLinks(li, ids);
        }
    }

    private void findings(Element main, Element toc) {
        if (report.isEmpty()) return;
        ValidationReport r = report.get();
        Element s = section(main, toc, "findings", "Findings");
        s.appendElement("p").text(r.summary());
        if (!unplaced.isEmpty()) {
            s.appendElement("h3").text("About the spec as a whole");
            findingList(s, unplaced);
        }
        if (!r.violations().isEmpty()) {
            Element all = collapsible(s, "Every finding", r.violations().size());
            Element body = table(all, "Every finding", "Severity", "Rule", "Where", "Message");
            for (Violation v : r.bySeverity()) {
                Element row = body.appendElement("tr").addClass(severityClass(v.severity()));
                severityCell(row.appendElement("td"), v.severity());
                row.appendElement("td").appendElement("code").text(Texts.safe(v.ruleId()));
                Element where = row.appendElement("td");
                Optional<String> target = targetAnchor(v.path());
                if (target.isPresent()) where.appendElement("a").attr("href", "#" + target.get()).text(Texts.safe(v.path().toString()));
                else where.text(Texts.safe(v.path().toString()));
                Element message = row.appendElement("td").text(Texts.safe(v.message()));
                v.hint().ifPresent(h -> message.appendElement("span").addClass("hint").text(" Hint: " + Texts.safe(h)));
            }
        }
        if (!r.waived().isEmpty()) {
            s.appendElement("h3").text("Waived findings");
            Element body = table(s, "Waived findings", "Rule", "Where", "Message", "Reason");
            for (WaivedViolation w : r.waived()) {
                Element row = body.appendElement("tr");
                row.appendElement("td").appendElement("code").text(Texts.safe(w.violation().ruleId()));
                row.appendElement("td").text(Texts.safe(w.violation().path().toString()));
                row.appendElement("td").text(Texts.safe(w.violation().message()));
                row.appendElement("td").text(Texts.safe(w.waiver().reason()));
            }
        }
    }

    // --- findings next to their elements ------------------------------------------------------------

    /** The lists whose elements findings are shown next to; the deepest one a path names wins. */
    private static final Set<String> PLACES = Set.of("requirements", "criteria", "useCases", "flows", "entities", "actors");

    private void placeFindings() {
        if (report.isEmpty()) return;
        Set<String> known = new HashSet<>();
        for (Requirement r : spec.requirements()) {
            ElementPath p = ElementPath.root().element("requirements", r.id());
            known.add(p.toString());
            for (AcceptanceCriterion c : r.criteria()) known.add(p.element("criteria", c.id()).toString());
        }
        for (UseCase u : spec.useCases()) {
            ElementPath p = ElementPath.root().element("useCases", u.id());
            known.add(p.toString());
            for (Flow f : u.flows()) known.add(p.element("flows", f.id()).toString());
        }
        for (Entity e : spec.entities()) known.add(ElementPath.root().element("entities", e.name()).toString());
        for (Actor a : spec.actors()) known.add(ElementPath.root().element("actors", a.id()).toString());
        for (Violation v : report.get().violations()) {
            Optional<String> place = placeOf(v.path(), known);
            if (place.isPresent()) placed.computeIfAbsent(place.get(), k -> new ArrayList<>()).add(v);
            else unplaced.add(v);
        }
    }

    /** The deepest keyed prefix of the path that names an element shown on the page. */
    private static Optional<String> placeOf(ElementPath path, Set<String> known) {
        List<ElementPath.Segment> segments = path.segments();
        Optional<String> best = Optional.empty();
        for (int i = 1; i <= segments.size(); i++) {
            ElementPath.Segment last = segments.get(i - 1);
            if (last.key().isEmpty() || !PLACES.contains(last.name())) continue;
            String prefix = new ElementPath(segments.subList(0, i)).toString();
            if (known.contains(prefix)) best = Optional.of(prefix);
        }
        return best;
    }

    private Optional<String> targetAnchor(ElementPath path) {
        List<ElementPath.Segment> segments = path.segments();
        Optional<String> best = Optional.empty();
        for (ElementPath.Segment s : segments) {
            if (s.key().isPresent() && PLACES.contains(s.name()) && !s.name().equals("flows")) {
                Optional<String> a = anchors.existing(s.key().get());
                if (a.isPresent()) best = a;
            }
        }
        return best;
    }

    private void inlineFindings(Element parent, ElementPath at) {
        List<Violation> mine = placed.remove(at.toString());
        if (mine == null || mine.isEmpty()) return;
        findingList(parent, mine);
    }

    private static void findingList(Element parent, Collection<Violation> violations) {
        Element ul = parent.appendElement("ul").addClass("findings").attr("aria-label", "Findings");
        for (Violation v : violations) {
            Element li = ul.appendElement("li").addClass("finding").addClass(severityClass(v.severity()));
            severityCell(li, v.severity());
            li.appendText(" ");
            li.appendElement("code").addClass("rule").text(Texts.safe(v.ruleId()));
            li.appendText(" ");
            String relative = v.path().toString();
            li.appendElement("span").addClass("message").text(Texts.safe(v.message()));
            li.appendElement("span").addClass("path").text(" (" + Texts.safe(relative) + ")");
            v.hint().ifPresent(h -> li.appendElement("p").addClass("hint").text("Hint: " + Texts.safe(h)));
        }
    }

    private static String severityClass(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    private static void severityCell(Element parent, Severity severity) {
        String symbol = switch (severity) {
            case ERROR -> "✖";
            case WARNING -> "▲";
            case INFO -> "ℹ";
        };
        parent.appendElement("span").addClass("severity").text(symbol + " " + severityClass(severity));
    }

    // --- small pieces ---------------------------------------------------------------------------------

    private Element heading(Element parent, String tag, String anchor, String id, String title) {
        Element h = parent.appendElement(tag);
        h.appendElement("a").attr("href", "#" + anchor).addClass("id").text(Texts.safe(id));
        if (title != null) h.appendText(" — " + Texts.safe(title));
        return h;
    }

    private void idLink(Element parent, Id id) {
        Optional<String> anchor = anchors.existing(id.value());
        if (anchor.isPresent()) parent.appendElement("a").attr("href", "#" + anchor.get()).text(Texts.safe(id.value()));
        else parent.appendElement("span").addClass("unresolved").attr("title", "not defined in the spec").text(Texts.safe(id.value()));
    }

    private void idLinks(Element parent, List<Id> ids) {
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) parent.appendText(", ");
            idLink(parent, ids.get(i));
        }
    }

    /** A figure holding a drawn diagram (or why it is not drawn) and its caption. */
    private static void diagram(Element parent, String idPrefix, int nodes, Supplier<String> source, String label, String caption) {
        Element figure = parent.appendElement("figure").addClass("diagram");
        Diagrams.draw(figure, idPrefix, nodes, source, label);
        figure.appendElement("figcaption").text(caption);
    }

    private static Element table(Element parent, String label, String... headers) {
        Element wrapper = parent.appendElement("div").addClass("table");
        Element table = wrapper.appendElement("table").attr("aria-label", label);
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : headers) head.appendElement("th").attr("scope", "col").text(h);
        return table.appendElement("tbody");
    }

    private static Element collapsible(Element parent, String title, int rows) {
        Element details = parent.appendElement("details").addClass("collapsible");
        if (rows <= OPEN_ROWS) details.attr("open", true);
        details.appendElement("summary").text(title + " (" + rows + ")");
        return details;
    }

    /**
     * Gives every element its anchor before anything is written, in the order the page writes the
     * elements, so a link can point forward (a use case to an entity further down).
     */
    private void assignAnchors() {
        for (String section : List.of("overview", "requirements", "use-cases", "entities", "traceability", "findings")) {
            anchors.reserve(section);
            anchors.reserve(section + "-h");
        }
        for (Actor a : spec.actors()) anchors.assign(a.id().value());
        for (Requirement r : spec.requirements()) anchors.assign(r.id().value());
        for (Requirement r : spec.requirements()) {
            for (AcceptanceCriterion c : r.criteria()) anchors.assign(c.id().value());
        }
        for (UseCase u : spec.useCases()) {
            anchors.assign(u.id().value());
            for (Flow f : u.flows()) anchors.assign(u.id().value() + "/" + f.id().value());
            for (BusinessRule b : u.businessRules()) anchors.assign(b.id().value());
        }
        for (Entity e : spec.entities()) anchors.assign(e.name().value());
    }

    /**
     * Anchors by element id: unique, white space free, the id itself where it can be. Anchors are
     * assigned first ({@link #assign}), then taken in the same order as the elements are written
     * ({@link #of}); the first element with an id is the one links point at.
     */
    static final class Anchors {
        private final Map<String, String> first = new HashMap<>();
        private final Map<String, ArrayDeque<String>> pending = new HashMap<>();
        private final Set<String> taken = new HashSet<>();

        /** Reserves a fixed anchor for a section, so no element takes it. */
        String reserve(String anchor) {
            taken.add(anchor);
            return anchor;
        }

        void assign(String id) {
            String base = id.codePoints().anyMatch(Character::isWhitespace) ? whitespaceFree(id) : id;
            String anchor = base;
            for (int n = 2; !taken.add(anchor); n++) anchor = base + "~" + n;
            first.putIfAbsent(id, anchor);
            pending.computeIfAbsent(id, k -> new ArrayDeque<>()).add(anchor);
        }

        /** The anchor of the next element written with this id. */
        String of(String id) {
            ArrayDeque<String> queue = pending.get(id);
            if (queue == null || queue.isEmpty()) throw new IllegalStateException("no anchor assigned for " + id);
            return queue.poll();
        }

        Optional<String> existing(String id) {
            return Optional.ofNullable(first.get(id));
        }

        private static String whitespaceFree(String id) {
            StringBuilder out = new StringBuilder(id.length());
            id.codePoints().forEach(cp -> out.appendCodePoint(Character.isWhitespace(cp) ? '_' : cp));
            return out.toString();
        }
    }

}
