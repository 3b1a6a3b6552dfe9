package io.specdriven.core.validation;

import io.specdriven.core.Spec;
import io.specdriven.core.internal.validation.BeanValidationRule;
import io.specdriven.core.internal.validation.ConstraintNames;
import io.specdriven.core.internal.validation.Waivers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every rule id with its severity in each profile: as the code has it, and as docs/rules.md says. */
final class RuleCatalogue {
    private RuleCatalogue() {}

    static final Path DOCS = Path.of("..", "docs", "rules.md");
    static final String OFF = "—";

    /** A rule that always throws, so the validator reports rule.failed. */
    static final SpecRule THROWING = new SpecRule() {
        @Override
        public String id() {
            return "test.throwing";
        }

        @Override
        public String description() {
            return "Throws.";
        }

        @Override
        public void check(Spec spec, ViolationSink sink) {
            throw new IllegalStateException("boom");
        }
    };

    /** A rule that sleeps until it is interrupted, so the validator reports rule.timeout. */
    static final SpecRule SLEEPING = new SpecRule() {
        @Override
        public String id() {
            return "test.sleeping";
        }

        @Override
        public String description() {
            return "Sleeps.";
        }

        @Override
        public void check(Spec spec, ViolationSink sink) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    };

    /** A rule that reports two findings, so a cap of one reports rule.findings-capped. */
    static final SpecRule TWICE = new SpecRule() {
        @Override
        public String id() {
            return "test.twice";
        }

        @Override
        public String description() {
            return "Reports twice.";
        }

        @Override
        public void check(Spec spec, ViolationSink sink) {
            sink.report("test.twice", Severity.INFO, ElementPath.root().field("a"), "one");
            sink.report("test.twice", Severity.INFO, ElementPath.root().field("b"), "two");
        }
    };

    /** The case of every rule id: RuleCasesTest's, and one for rule.failed, which no spec change can fire. */
    static Map<String, RuleCasesTest.Case> cases() {
        Map<String, RuleCasesTest.Case> cases = new TreeMap<>();
        RuleCasesTest.cases().forEach(c -> cases.put(c.ruleId(), c));
        cases.put(SpecValidator.RULE_FAILED, new RuleCasesTest.Case(SpecValidator.RULE_FAILED, "", s -> s, s -> s,
                p -> SpecValidator.builder().profile(p).rule(THROWING).build()));
        cases.put(SpecValidator.RULE_TIMEOUT, new RuleCasesTest.Case(SpecValidator.RULE_TIMEOUT, "", s -> s, s -> s,
                p -> SpecValidator.builder().profile(p).rule(SLEEPING).ruleTimeout(java.time.Duration.ofMillis(20))
                        .build()));
        cases.put(SpecValidator.RULE_FINDINGS_CAPPED, new RuleCasesTest.Case(SpecValidator.RULE_FINDINGS_CAPPED, "",
                s -> s, s -> s, p -> SpecValidator.builder().profile(p).rule(TWICE).maxFindingsPerRule(1).build()));
        return cases;
    }

    /** The finding ids a profile's validator can report: its rules' ids, constraint.X, and its own two. */
    static Set<String> ids(Profile p) {
        Set<String> ids = new TreeSet<>();
        for (SpecRule rule : SpecValidator.of(p).rules()) {
            if (rule.id().equals(BeanValidationRule.ID)) {
                for (String c : constraintNames()) ids.add("constraint." + c);
            } else {
                ids.add(rule.id());
            }
        }
        ids.add(SpecValidator.RULE_FAILED);
        ids.add(SpecValidator.RULE_TIMEOUT);
        ids.add(SpecValidator.RULE_FINDINGS_CAPPED);
        ids.add(Waivers.UNMATCHED);
        return ids;
    }

    /**
     * Rule id → severity per profile, in lower case, or {@value #OFF} where the profile does not run the rule:
     * learnt by running each rule's firing case under a real validator of each profile, not by re-implementing
     * how a profile sets severities (found in review).
     */
    static Map<String, Map<Profile, String>> fromCode() {
        Map<String, RuleCasesTest.Case> cases = cases();
        Map<String, Map<Profile, String>> out = new TreeMap<>();
        for (Profile p : Profile.values()) {
            Set<String> ids = ids(p);
            for (String id : ids) {
                RuleCasesTest.Case c = cases.get(id);
                if (c == null) throw new AssertionError("no case fires " + id + ": add one to RuleCasesTest");
                Set<Severity> seen = new TreeSet<>();
                for (Violation v : c.validators().apply(p).validate(c.fires().apply(Fixtures.clean())).violations()) {
                    if (v.ruleId().equals(id)) seen.add(v.severity());
                }
                if (seen.size() != 1) throw new AssertionError(id + " under " + p + " reported severities " + seen);
                put(out, id, p, seen.iterator().next());
            }
        }
        for (Map<Profile, String> m : out.values()) {
            for (Profile p : Profile.values()) m.putIfAbsent(p, OFF);
        }
        return out;
    }

    private static void put(Map<String, Map<Profile, String>> out, String id, Profile p, Severity s) {
        out.computeIfAbsent(id, k -> new EnumMap<>(Profile.class)).put(p, s.name().toLowerCase(Locale.ROOT));
    }

    /**
     * Rule id → the areas its findings cost points in, as the score has it: the areas of the findings of its
     * firing case under STRICT ({@link Score#of(List)}, one finding at a time).
     */
    static Map<String, Set<Score.Area>> areasFromCode() {
        Map<String, Set<Score.Area>> out = new TreeMap<>();
        for (RuleCasesTest.Case c : cases().values()) {
            Set<Score.Area> areas = new TreeSet<>();
            for (Violation v : c.validator().validate(c.fires().apply(Fixtures.clean())).violations()) {
                if (!v.ruleId().equals(c.ruleId())) continue;
                for (Score.Deduction d : Score.of(List.of(v)).deductions()) areas.add(d.area());
            }
            out.put(c.ruleId(), areas);
        }
        return out;
    }

    /** Whether the area of a rule's findings depends on where they stand: the same id, at different paths. */
    static boolean dependsOnPath(String ruleId) {
        Set<Score.Area> areas = new TreeSet<>();
        for (ElementPath at : List.of(ElementPath.root(), ElementPath.root().element("requirements", "R"),
                ElementPath.root().element("requirements", "R").element("criteria", "C"),
                ElementPath.root().element("useCases", "U"), ElementPath.root().element("entities", "E"))) {
            areas.add(Score.Area.of(Violation.of(ruleId, Severity.ERROR, at, "m")));
        }
        return areas.size() > 1;
    }

    /** The rows of the catalogue table in docs/rules.md: | `id` | basic | standard | strict | area | */
    static Map<String, Map<Profile, String>> fromDocs() throws IOException {
        Map<String, Map<Profile, String>> out = new TreeMap<>();
        for (String[] row : rows()) {
            Map<Profile, String> sev = new EnumMap<>(Profile.class);
            for (Profile p : Profile.values()) sev.put(p, row[p.ordinal() + 1]);
            if (out.put(row[0], sev) != null) throw new AssertionError("rule " + row[0] + " listed twice");
        }
        return out;
    }

    /** Rule id → the area column of the catalogue table: an area, areas joined by "and", or "where it stands". */
    static Map<String, String> areasFromDocs() throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String[] row : rows()) out.put(row[0], row[4]);
        return out;
    }

    private static List<String[]> rows() throws IOException {
        List<String[]> rows = new java.util.ArrayList<>();
        Pattern row = Pattern.compile(
                "^\\| `([A-Za-z.-]+)` \\| (\\S+) \\| (\\S+) \\| (\\S+) \\| ([^|]+?) \\|\\s*$");
        for (String line : Files.readAllLines(DOCS, StandardCharsets.UTF_8)) {
            Matcher m = row.matcher(line);
            if (m.matches()) rows.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)});
        }
        return rows;
    }

    /** The ids that have a section of their own in docs/rules.md: ### `id` */
    static Set<String> sectionsInDocs() throws IOException {
        Set<String> out = new TreeSet<>();
        Pattern heading = Pattern.compile("^### `([A-Za-z.-]+)`\\s*$");
        for (String line : Files.readAllLines(DOCS, StandardCharsets.UTF_8)) {
            Matcher m = heading.matcher(line);
            if (m.matches()) out.add(m.group(1));
        }
        return out;
    }

    /** The names of the Bean Validation constraints on the model, as the constraint rule reports them. */
    static Set<String> constraintNames() {
        return ConstraintNames.all();
    }
}
