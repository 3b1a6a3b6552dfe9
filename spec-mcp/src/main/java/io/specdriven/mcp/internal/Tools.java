package io.specdriven.mcp.internal;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Id;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.diff.SpecDiff;
import io.specdriven.core.trace.RequirementTrace;
import io.specdriven.core.trace.Traceability;
import io.specdriven.core.validation.ElementPath;
import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.validation.Violation;
import io.specdriven.core.verify.ElementVerification;
import io.specdriven.core.verify.RequirementVerification;
import io.specdriven.core.verify.TestResult;
import io.specdriven.core.verify.UnresolvedId;
import io.specdriven.core.verify.Verification;
import io.specdriven.core.verify.VerificationStatus;
import io.specdriven.core.view.FeatureFile;
import io.specdriven.core.view.SpecViews;
import io.specdriven.core.source.SpecReadException;
import io.specdriven.engine.VerifyRequest;
import io.specdriven.engine.VerifyResult;
import io.specdriven.json.SpecJson;
import io.specdriven.json.results.ResultsFormatException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each tool answers, as plain JSON-shaped values (maps, lists, strings, numbers), independent of
 * the protocol. Answers are small: lists are paged with {@code offset} and {@code limit} and say how
 * many there are in all; texts are cut at {@link #MAX_TEXT} characters and say so.
 */
public final class Tools {
    /** Findings, changes and suspects a call returns at most. */
    public static final int MAX_LIMIT = 200;
    /** Findings a call returns when it does not say. */
    public static final int DEFAULT_LIMIT = 50;
    /** The most characters of a rendered view a call returns. */
    public static final int MAX_TEXT = 100_000;
    /** The tests shown per criterion in a verify answer; the rest are counted. */
    public static final int MAX_TESTS_PER_CRITERION = 5;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Workspace workspace;
    private final Map<Profile, SpecValidator> validators = new EnumMap<>(Profile.class);
    private final RuleCatalogue rules = RuleCatalogue.load();

    public Tools(Workspace workspace) {
        this.workspace = workspace;
        for (Profile p : Profile.values()) validators.put(p, SpecValidator.of(p));
    }

    public RuleCatalogue rules() {
        return rules;
    }

    /** check: findings and score of a spec. */
    public Map<String, Object> check(Map<String, Object> args) throws ToolException {
        Spec spec = workspace.spec(args, "");
        Profile profile = profile(args);
        ValidationReport report = validators.get(profile).validate(spec);
        List<Violation> all = report.bySeverity();
        Page page = page(args, all.size());
        List<Object> findings = new ArrayList<>();
        for (Violation v : all.subList(page.from(), page.to())) findings.add(finding(v));
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("error", report.errors().size());
        counts.put("warning", report.warnings().size());
        counts.put("info", report.findings(Severity.INFO).size());
        counts.put("waived", report.waived().size());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("spec", spec.id().value());
        out.put("profile", profile.name().toLowerCase(Locale.ROOT));
        out.put("valid", report.isValid());
        out.put("score", report.score().total());
        out.put("counts", counts);
        out.put("findings", findings);
        page.describe(out);
        return out;
    }

    /** One finding as the agent contract describes it. */
    static Map<String, Object> finding(Violation v) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("rule", v.ruleId());
        f.put("severity", v.severity().name().toLowerCase(Locale.ROOT));
        f.put("message", v.message());
        element(v.path()).ifPresent(id -> f.put("element", id));
        f.put("path", v.path().toString());
        v.hint().ifPresent(h -> f.put("fix", h));
        return f;
    }

    /** The id of the deepest element the path names. */
    static Optional<String> element(ElementPath path) {
        Optional<String> id = Optional.empty();
        for (ElementPath.Segment s : path.segments()) {
            if (s.key().isPresent()) id = s.key();
        }
        return id;
    }

    /** explain_rule: what a rule checks, an example and the fix, from the rule catalogue. */
    public Map<String, Object> explainRule(Map<String, Object> args) throws ToolException {
        String id = Workspace.string(required(args, "rule"), "rule");
        Optional<String> text = rules.explain(id);
        if (text.isEmpty()) {
            List<String> near = rules.near(id);
            throw new ToolException("no rule '" + id + "'" + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?")
                    + " The resource specdriven://rules lists every rule.");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rule", id);
        out.put("explanation", text.get());
        return out;
    }

    /** get_element: one element as JSON, with its trace. */
    public Map<String, Object> getElement(Map<String, Object> args) throws ToolException {
        Spec spec = workspace.spec(args, "");
        String id = Workspace.string(required(args, "id"), "id");
        JsonNode document = JSON.readTree(SpecJson.toJson(spec));
        Map<String, Object> out = new LinkedHashMap<>();
        for (String list : List.of("requirements", "useCases", "entities", "actors")) {
            for (JsonNode element : document.path(list)) {
                if (id.equals(key(element))) {
                    out.put("id", id);
                    out.put("kind", kind(list));
                    out.put("element", JSON.convertValue(element, Object.class));
                    out.put("trace", trace(spec, id));
                    return out;
                }
                for (JsonNode criterion : element.path("criteria")) {
                    if (id.equals(criterion.path("id").asString())) {
                        out.put("id", id);
                        out.put("kind", "criterion");
                        out.put("element", JSON.convertValue(criterion, Object.class));
                        out.put("trace", trace(spec, id));
                        return out;
                    }
                }
            }
        }
        throw unknown(spec, id);
    }

    private static String key(JsonNode element) {
        return element.has("id") ? element.path("id").asString() : element.path("name").asString();
    }

    private static String kind(String list) {
        return switch (list) {
            case "requirements" -> "requirement";
            case "useCases" -> "use case";
            case "entities" -> "entity";
            default -> "actor";
        };
    }

    /** trace: what covers an element and what it covers. */
    public Map<String, Object> trace(Map<String, Object> args) throws ToolException {
        Spec spec = workspace.spec(args, "");
        String id = Workspace.string(required(args, "id"), "id");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.putAll(trace(spec, id));
        return out;
    }

    private Map<String, Object> trace(Spec spec, String idText) throws ToolException {
        Traceability trace = Traceability.of(spec);
        Map<String, Object> out = new LinkedHashMap<>();
        if (!Id.isValid(idText)) throw unknown(spec, idText);
        Id id = Id.of(idText);
        Optional<RequirementTrace> row = trace.requirement(id);
        if (row.isPresent()) {
            out.put("kind", "requirement");
            out.put("criteria", ids(row.get().criteria()));
            out.put("useCases", ids(row.get().useCases()));
            out.put("entities", ids(row.get().entities()));
            out.put("dependsOn", ids(spec.requirement(id).map(Requirement::dependsOn).orElse(List.of())));
            return out;
        }
        if (spec.useCase(id).isPresent()) {
            out.put("kind", "use case");
            out.put("realizes", ids(trace.requirementsOfUseCase(id)));
            out.put("uses", ids(spec.useCase(id).get().uses()));
            return out;
        }
        if (spec.entity(id).isPresent()) {
            out.put("kind", "entity");
            out.put("usedByUseCases", ids(trace.useCasesOfEntity(id)));
            out.put("requirements", ids(trace.requirementsOfEntity(id)));
            return out;
        }
        Optional<Id> owner = trace.requirementOfCriterion(id);
        if (owner.isPresent()) {
            out.put("kind", "criterion");
            out.put("requirement", owner.get().value());
            return out;
        }
        if (spec.actor(id).isPresent()) {
            out.put("kind", "actor");
            List<String> useCases = new ArrayList<>();
            spec.useCases().forEach(u -> {
                if (u.primaryActor().filter(id::equals).isPresent() || u.secondaryActors().contains(id)) useCases.add(u.id().value());
            });
            out.put("useCases", useCases);
            return out;
        }
        throw unknown(spec, idText);
    }

    private static List<String> ids(List<Id> ids) {
        List<String> out = new ArrayList<>(ids.size());
        for (Id id : ids) out.add(id.value());
        return out;
    }

    /** impact: what changed between two versions of a spec, and what else the change touches. */
    public Map<String, Object> impact(Map<String, Object> args) throws ToolException {
        Spec before = workspace.spec(args, "old_");
        Spec after = workspace.spec(args, "new_");
        SpecDiff diff = SpecDiff.between(before, after);
        JsonNode json = JSON.readTree(SpecJson.toJson(diff));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("equal", diff.isEmpty());
        List<Object> changes = list(json, "changes");
        List<Object> suspects = list(json, "impact");
        Page page = page(args, Math.max(changes.size(), suspects.size()));
        out.put("changes", changes.subList(Math.min(page.from(), changes.size()), Math.min(page.to(), changes.size())));
        out.put("suspects", suspects.subList(Math.min(page.from(), suspects.size()), Math.min(page.to(), suspects.size())));
        out.put("totalChanges", changes.size());
        out.put("totalSuspects", suspects.size());
        page.describe(out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(JsonNode json, String field) {
        // the diff document's top-level lists; absent means none
        JsonNode node = json.path(field);
        return node.isArray() ? JSON.convertValue(node, List.class) : List.of();
    }

    /** verify: the status of each live criterion from test results, with what the tests name in vain. */
    public Map<String, Object> verify(Map<String, Object> args) throws ToolException {
        VerifyRequest request = VerifyRequest.of(workspace.source(args, ""), results(args)).withFailOn(failOn(args));
        if (args.containsKey("previous_path") || args.containsKey("previous_spec")) {
            request = request.withPrevious(workspace.source(args, "previous_"));
        }
        VerifyResult result;
        try {
            result = workspace.engine().verify(request);
        } catch (SpecReadException | ResultsFormatException e) {
            throw new ToolException(e.getMessage());
        }
        Verification v = result.verification();
        List<VerificationStatus> shown = statuses(args);
        Map<ElementVerification, String> owners = new IdentityHashMap<>();
        for (RequirementVerification r : v.requirements()) {
            for (ElementVerification c : r.criteria()) owners.put(c, r.id().value());
        }
        List<ElementVerification> listed = new ArrayList<>();
        for (ElementVerification c : v.criteria()) {
            if (shown.isEmpty() || shown.contains(c.status())) listed.add(c);
        }
        Page page = page(args, listed.size());
        List<Object> criteria = new ArrayList<>();
        for (ElementVerification c : listed.subList(page.from(), page.to())) criteria.add(criterion(c, owners.get(c)));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("criteria", v.criteria().size());
        for (VerificationStatus s : VerificationStatus.values()) summary.put(s.label(), v.count(s));
        List<Object> unresolved = new ArrayList<>();
        for (UnresolvedId u : v.unresolved().subList(0, Math.min(page.limit(), v.unresolved().size()))) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", u.id());
            entry.put("reason", u.reason().name().toLowerCase(Locale.ROOT));
            entry.put("test", u.test().name());
            u.test().source().ifPresent(where -> entry.put("source", where.toString()));
            u.suggestion().ifPresent(near -> entry.put("suggestion", near));
            unresolved.add(entry);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("spec", v.specId().value());
        v.specVersion().ifPresent(version -> out.put("version", version));
        out.put("accepted", result.isAccepted());
        out.put("failOn", result.failOn().label());
        out.put("specErrors", result.specErrors());
        out.put("resultsRead", result.resultsRead());
        out.put("summary", summary);
        out.put("criteria", criteria);
        out.put("unresolved", unresolved);
        out.put("totalUnresolved", v.unresolved().size());
        out.put("orphans", v.orphans().size());
        page.describe(out);
        return out;
    }

    private static Map<String, Object> criterion(ElementVerification c, String requirement) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.name());
        if (requirement != null) out.put("requirement", requirement);
        out.put("status", c.status().label());
        List<Object> tests = new ArrayList<>();
        for (TestResult t : c.tests().subList(0, Math.min(MAX_TESTS_PER_CRITERION, c.tests().size()))) {
            Map<String, Object> test = new LinkedHashMap<>();
            test.put("name", t.name());
            test.put("verdict", t.verdict().label());
            t.message().ifPresent(m -> test.put("message", m.length() > 500 ? m.substring(0, 500) + "…" : m));
            tests.add(test);
        }
        out.put("tests", tests);
        out.put("totalTests", c.tests().size());
        return out;
    }

    private List<String> results(Map<String, Object> args) throws ToolException {
        Object value = required(args, "results");
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new ToolException("'results' must be a list of results files or directories under the root");
        }
        List<String> paths = new ArrayList<>();
        for (Object each : list) paths.add(workspace.resultsPath(Workspace.string(each, "results")).toString());
        return paths;
    }

    private static VerificationStatus failOn(Map<String, Object> args) throws ToolException {
        String name = Workspace.string(args.getOrDefault("fail_on", "untested"), "fail_on");
        for (VerificationStatus s : VerificationStatus.values()) {
            if (s != VerificationStatus.PASSED && s.label().equals(name)) return s;
        }
        throw new ToolException("unknown fail_on '" + name + "': use failed, suspect, skipped or untested");
    }

    private static List<VerificationStatus> statuses(Map<String, Object> args) throws ToolException {
        Object value = args.get("status");
        if (value == null) return List.of();
        if (!(value instanceof List<?> list)) throw new ToolException("'status' must be a list of statuses");
        List<VerificationStatus> out = new ArrayList<>();
        next:
        for (Object each : list) {
            String name = Workspace.string(each, "status");
            for (VerificationStatus s : VerificationStatus.values()) {
                if (s.label().equals(name)) {
                    out.add(s);
                    continue next;
                }
            }
            throw new ToolException("unknown status '" + name + "': use passed, failed, untested, skipped or suspect");
        }
        return out;
    }

    /** render: a view of the spec, or of one requirement. */
    public Map<String, Object> render(Map<String, Object> args) throws ToolException {
        Spec spec = workspace.spec(args, "");
        String view = Workspace.string(Optional.ofNullable(args.get("view")).orElse("markdown"), "view");
        Optional<String> id = args.containsKey("id") ? Optional.of(Workspace.string(args.get("id"), "id")) : Optional.empty();
        Spec shown = spec;
        if (id.isPresent()) {
            Requirement r = spec.requirements().stream().filter(q -> q.id().value().equals(id.get())).findFirst()
                    .orElseThrow(() -> new ToolException("render takes the id of a requirement; '" + id.get()
                            + "' is not one" + suggestion(spec, id.get())));
            shown = spec.toBuilder().requirements(List.of(r)).useCases(List.of()).entities(List.of()).build();
        }
        String text = switch (view) {
            case "markdown" -> SpecViews.markdown(shown);
            case "mermaid-er" -> SpecViews.mermaidErDiagram(shown);
            case "mermaid-class" -> SpecViews.mermaidClassDiagram(shown);
            case "plantuml-usecase" -> SpecViews.plantUmlUseCaseDiagram(shown);
            case "plantuml-class" -> SpecViews.plantUmlClassDiagram(shown);
            case "gherkin" -> {
                StringBuilder all = new StringBuilder();
                for (FeatureFile f : SpecViews.gherkin(shown)) all.append("# ").append(f.fileName()).append('\n').append(f.content()).append('\n');
                yield all.toString();
            }
            default -> throw new ToolException("unknown view '" + view
                    + "': use markdown, mermaid-er, mermaid-class, plantuml-usecase, plantuml-class or gherkin");
        };
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("view", view);
        boolean cut = text.length() > MAX_TEXT;
        out.put("text", cut ? text.substring(0, MAX_TEXT) : text);
        out.put("characters", text.length());
        out.put("truncated", cut);
        return out;
    }

    // --- arguments -----------------------------------------------------------------------------

    private static Object required(Map<String, Object> args, String name) throws ToolException {
        Object value = args.get(name);
        if (value == null) throw new ToolException("'" + name + "' is required");
        return value;
    }

    private static Profile profile(Map<String, Object> args) throws ToolException {
        Object value = args.getOrDefault("profile", "standard");
        String name = Workspace.string(value, "profile");
        for (Profile p : Profile.values()) {
            if (p.name().equalsIgnoreCase(name)) return p;
        }
        throw new ToolException("unknown profile '" + name + "': use basic, standard or strict");
    }

    private static int integer(Map<String, Object> args, String name, int otherwise, int min, int max) throws ToolException {
        Object value = args.get(name);
        if (value == null) return otherwise;
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new ToolException("'" + name + "' must be a whole number");
        }
        long v = n.longValue();
        if (v < min || v > max) throw new ToolException("'" + name + "' must be from " + min + " to " + max);
        return (int) v;
    }

    private static Page page(Map<String, Object> args, int total) throws ToolException {
        int offset = integer(args, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = integer(args, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int from = Math.min(offset, total);
        return new Page(from, (int) Math.min((long) from + limit, total), total, limit);
    }

    /** A window on a list: its bounds, how many there are in all, and the most a list of the answer may hold. */
    private record Page(int from, int to, int total, int limit) {
        void describe(Map<String, Object> out) {
            out.put("total", total);
            out.put("offset", from);
            out.put("truncated", from > 0 || to < total);
        }
    }

    private static ToolException unknown(Spec spec, String id) {
        return new ToolException("the spec has no element '" + id + "'" + suggestion(spec, id));
    }

    /** Ids of the spec that differ from the asked one only in letter case or surrounding space. */
    private static String suggestion(Spec spec, String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        List<String> near = new ArrayList<>();
        for (Requirement r : spec.requirements()) {
            if (r.id().value().toLowerCase(Locale.ROOT).equals(wanted)) near.add(r.id().value());
            for (AcceptanceCriterion c : r.criteria()) {
                if (c.id().value().toLowerCase(Locale.ROOT).equals(wanted)) near.add(c.id().value());
            }
        }
        spec.useCases().forEach(u -> { if (u.id().value().toLowerCase(Locale.ROOT).equals(wanted)) near.add(u.id().value()); });
        spec.entities().forEach(e -> { if (e.name().value().toLowerCase(Locale.ROOT).equals(wanted)) near.add(e.name().value()); });
        spec.actors().forEach(a -> { if (a.id().value().toLowerCase(Locale.ROOT).equals(wanted)) near.add(a.id().value()); });
        return near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?";
    }
}
