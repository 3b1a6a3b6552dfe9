package io.specdriven.engine.internal;

import io.specdriven.core.verify.ElementVerification;
import io.specdriven.core.verify.Rerun;
import io.specdriven.core.verify.RequirementVerification;
import io.specdriven.core.verify.TestResult;
import io.specdriven.core.verify.TestVerdict;
import io.specdriven.core.verify.UnresolvedId;
import io.specdriven.core.verify.UseCaseVerification;
import io.specdriven.core.verify.Verification;
import io.specdriven.core.verify.VerificationStatus;
import io.specdriven.engine.TerminalText;
import io.specdriven.engine.VerifyResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code spec verify} as text, Markdown and JSON. Every list is bounded: at most {@link #MAX_LISTED} items
 * of a kind are shown, then how many more there are.
 */
public final class VerifyRenderer {
    /** The most tests, unknown ids, orphans or reruns listed one by one. */
    public static final int MAX_LISTED = 50;
    /** The most characters of a failure message shown in text. */
    static final int MESSAGE = 60;
    /** The widest title column. */
    static final int TITLE = 50;

    private VerifyRenderer() {}

    public static String text(VerifyResult result) {
        Verification v = result.verification();
        StringBuilder out = new StringBuilder();
        int idWidth = 0;
        int titleWidth = 0;
        int criterionWidth = 0;
        for (RequirementVerification r : v.requirements()) {
            idWidth = Math.max(idWidth, r.id().value().length());
            titleWidth = Math.max(titleWidth, Math.min(TITLE, r.title().length()));
            for (ElementVerification c : r.criteria()) criterionWidth = Math.max(criterionWidth, c.name().length());
        }
        List<UseCaseVerification> useCases = testedUseCases(v);
        for (UseCaseVerification u : useCases) {
            idWidth = Math.max(idWidth, u.id().value().length());
            titleWidth = Math.max(titleWidth, Math.min(TITLE, u.title().length()));
            for (ElementVerification e : parts(u)) criterionWidth = Math.max(criterionWidth, e.name().length());
        }
        for (RequirementVerification r : v.requirements()) {
            String head = pad(r.id().value(), idWidth) + "  " + pad(cut(r.title(), TITLE), titleWidth) + "  "
                    + r.passedCriteria() + "/" + r.criteria().size() + " criteria pass";
            // tests of the requirement as a whole that no criterion line shows: their status would be lost
            java.util.Set<String> shown = new java.util.HashSet<>();
            for (ElementVerification c : r.criteria()) for (TestResult t : c.tests()) shown.add(t.id());
            List<String> alone = r.requirement().tests().stream().filter(t -> !shown.contains(t.id()))
                    .map(TestResult::name).toList();
            if (!alone.isEmpty()) {
                head += " · as a whole " + label(r.requirement().status()) + " (" + String.join(", ",
                        alone.subList(0, Math.min(3, alone.size()))) + (alone.size() > 3 ? " +" + (alone.size() - 3) + " more" : "") + ")";
            }
            out.append(head.stripTrailing()).append('\n');
            for (ElementVerification c : r.criteria()) line(out, c, criterionWidth);
        }
        for (UseCaseVerification u : useCases) {
            out.append((pad(u.id().value(), idWidth) + "  " + pad(cut(u.title(), TITLE), titleWidth) + "  "
                    + label(u.status())).stripTrailing()).append('\n');
            for (ElementVerification e : parts(u)) line(out, e, criterionWidth);
        }
        unresolved(out, v, UnresolvedId.Reason.UNKNOWN, "unknown ids in tests");
        unresolved(out, v, UnresolvedId.Reason.RENAMED, "renamed ids in tests");
        unresolved(out, v, UnresolvedId.Reason.RETIRED, "retired ids in tests");
        // an orphan names only ids listed above, so it is not listed again (the JSON lists the orphans)
        if (!v.reruns().isEmpty()) {
            List<String> reruns = new ArrayList<>();
            for (Rerun r : v.reruns()) {
                reruns.add(r.name() + " (" + r.verdicts().stream().map(TestVerdict::label).collect(Collectors.joining(", "))
                        + ": the last counts)");
            }
            out.append("tests run more than once: ").append(listed(reruns)).append('\n');
        }
        if (result.specErrors() > 0) {
            out.append("the spec has ").append(result.specErrors()).append(result.specErrors() == 1 ? " error" : " errors")
                    .append(": run 'spec check ").append(result.specName()).append("'\n");
        }
        out.append(summary(result)).append('\n');
        return TerminalText.safeLines(out.toString());
    }

    /** {@code acceptance 1/3 criteria (33%) · 1 failed · 1 untested}, then skipped and suspect when there are any. */
    public static String summary(VerifyResult result) {
        Verification v = result.verification();
        int total = v.criteria().size();
        int passed = v.count(VerificationStatus.PASSED);
        int percent = total == 0 ? 100 : (int) (100L * passed / total);
        StringBuilder s = new StringBuilder("acceptance ").append(passed).append('/').append(total)
                .append(total == 1 ? " criterion (" : " criteria (").append(percent).append("%)")
                .append(" · ").append(v.count(VerificationStatus.FAILED)).append(" failed")
                .append(" · ").append(v.count(VerificationStatus.UNTESTED)).append(" untested");
        if (v.count(VerificationStatus.SKIPPED) > 0) s.append(" · ").append(v.count(VerificationStatus.SKIPPED)).append(" skipped");
        if (v.count(VerificationStatus.SUSPECT) > 0) s.append(" · ").append(v.count(VerificationStatus.SUSPECT)).append(" suspect");
        return s.toString();
    }

    public static String markdown(VerifyResult result) {
        Verification v = result.verification();
        StringBuilder out = new StringBuilder("## Verification of ").append(md(v.specId().value()))
                .append(v.specVersion().map(x -> " " + md(x)).orElse("")).append("\n\n**")
                .append(summary(result)).append("**\n\n| Element | Status | Tests |\n|---|---|---|\n");
        for (RequirementVerification r : v.requirements()) {
            out.append("| **").append(md(r.id().value())).append("** ").append(md(r.title())).append(" | ")
                    .append(label(r.status())).append(" | ").append(r.passedCriteria()).append('/')
                    .append(r.criteria().size()).append(" criteria pass |\n");
            for (ElementVerification c : r.criteria()) row(out, c);
        }
        for (UseCaseVerification u : testedUseCases(v)) {
            out.append("| **").append(md(u.id().value())).append("** ").append(md(u.title())).append(" | ")
                    .append(label(u.status())).append(" |  |\n");
            for (ElementVerification e : parts(u)) row(out, e);
        }
        if (!v.unresolved().isEmpty()) {
            out.append("\nIds in tests that count for nothing:\n\n");
            int n = 0;
            for (UnresolvedId u : v.unresolved()) {
                if (n++ == MAX_LISTED) {
                    out.append("- … ").append(v.unresolved().size() - MAX_LISTED).append(" more\n");
                    break;
                }
                out.append("- `").append(md(u.id())).append("` (").append(u.reason().name().toLowerCase(java.util.Locale.ROOT))
                        .append(") in ").append(md(where(u.test()))).append(u.suggestion().map(s -> " — " + hint(u) + " `" + md(s) + "`").orElse(""))
                        .append('\n');
            }
        }
        if (result.specErrors() > 0) out.append("\nThe spec has ").append(result.specErrors()).append(" errors: run `spec check`.\n");
        return TerminalText.safeLines(out.toString());
    }

    public static String json(VerifyResult result) {
        Verification v = result.verification();
        Json json = new Json().beginObject().name("verificationFormat").value(1)
                .name("spec").beginObject().name("id").value(v.specId().value());
        if (v.specVersion().isPresent()) json.name("version").value(v.specVersion().get());
        json.name("file").value(result.specName()).name("errors").value(result.specErrors()).endObject();
        json.name("accepted").value(result.isAccepted()).name("failOn").value(result.failOn().label());
        json.name("summary").beginObject().name("criteria").value(v.criteria().size());
        for (VerificationStatus s : VerificationStatus.values()) json.name(s.label()).value(v.count(s));
        json.name("resultsRead").value(result.resultsRead()).name("tests").value(v.tests().size())
                .name("unlinkedTests").value(v.unlinkedTests()).endObject();
        json.name("requirements").beginArray();
        for (RequirementVerification r : v.requirements()) {
            json.beginObject().name("id").value(r.id().value()).name("title").value(r.title())
                    .name("status").value(r.status().label()).name("tests").beginArray();
            for (TestResult t : r.requirement().tests()) test(json, t);
            json.endArray().name("criteria").beginArray();
            for (ElementVerification c : r.criteria()) element(json, c);
            json.endArray().endObject();
        }
        json.endArray().name("useCases").beginArray();
        for (UseCaseVerification u : v.useCases()) {
            json.beginObject().name("id").value(u.id().value()).name("title").value(u.title())
                    .name("status").value(u.status().label()).name("elements").beginArray();
            for (ElementVerification e : parts(u)) element(json, e);
            json.endArray().endObject();
        }
        json.endArray().name("unresolved").beginArray();
        for (UnresolvedId u : v.unresolved()) {
            json.beginObject().name("id").value(u.id()).name("reason").value(u.reason().name().toLowerCase(java.util.Locale.ROOT))
                    .name("test").value(u.test().name());
            if (u.test().source().isPresent()) json.name("source").value(u.test().source().get().toString());
            if (u.suggestion().isPresent()) json.name("suggestion").value(u.suggestion().get());
            json.endObject();
        }
        json.endArray().name("orphans").beginArray();
        for (TestResult t : v.orphans()) test(json, t);
        json.endArray().name("reruns").beginArray();
        for (Rerun r : v.reruns()) {
            json.beginObject().name("test").value(r.name()).name("verdicts").beginArray();
            for (TestVerdict verdict : r.verdicts()) json.value(verdict.label());
            json.endArray().endObject();
        }
        return json.endArray().endObject() + "\n";
    }

    private static void element(Json json, ElementVerification e) {
        json.beginObject().name("id").value(e.name()).name("kind").value(e.kind().name().toLowerCase(java.util.Locale.ROOT))
                .name("status").value(e.status().label()).name("fingerprint").value(e.fingerprint().value())
                .name("tests").beginArray();
        for (TestResult t : e.tests()) test(json, t);
        json.endArray().endObject();
    }

    private static void test(Json json, TestResult t) {
        json.beginObject().name("name").value(t.name()).name("verdict").value(t.verdict().label());
        if (t.message().isPresent()) json.name("message").value(t.message().get());
        if (t.source().isPresent()) json.name("source").value(t.source().get().toString());
        json.endObject();
    }

    private static List<UseCaseVerification> testedUseCases(Verification v) {
        List<UseCaseVerification> out = new ArrayList<>();
        for (UseCaseVerification u : v.useCases()) {
            if (parts(u).stream().anyMatch(e -> !e.tests().isEmpty())) out.add(u);
        }
        return out;
    }

    private static List<ElementVerification> parts(UseCaseVerification u) {
        List<ElementVerification> all = new ArrayList<>();
        all.add(u.mainFlow());
        all.addAll(u.flows());
        all.addAll(u.businessRules());
        return all;
    }

    private static void line(StringBuilder out, ElementVerification e, int width) {
        StringBuilder l = new StringBuilder("  ").append(pad(e.name(), width)).append("   ").append(pad(label(e.status()), 8))
                .append("  ");
        List<TestResult> tests = e.tests();
        if (e.status() == VerificationStatus.FAILED) {
            TestResult failed = tests.stream().filter(t -> t.verdict() == TestVerdict.FAILED).findFirst().orElseThrow();
            l.append(failed.name()).append(failed.message().map(m -> ": " + cut(firstLine(m), MESSAGE)).orElse(""));
            if (tests.size() > 1) l.append(" (+").append(tests.size() - 1).append(tests.size() == 2 ? " other test)" : " other tests)");
        } else if (!tests.isEmpty()) {
            List<String> names = tests.stream().limit(3).map(TestResult::name).toList();
            l.append(String.join(", ", names));
            if (tests.size() > 3) l.append(" +").append(tests.size() - 3).append(" more");
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }

    private static void row(StringBuilder out, ElementVerification e) {
        String tests = e.tests().stream().limit(3).map(t -> md(t.name()) + (t.verdict() == TestVerdict.PASSED ? ""
                : " (" + t.verdict().label() + t.message().map(m -> ": " + md(cut(firstLine(m), MESSAGE))).orElse("") + ")"))
                .collect(Collectors.joining(", "));
        if (e.tests().size() > 3) tests += " +" + (e.tests().size() - 3) + " more";
        out.append("| ").append(md(e.name())).append(" | ").append(label(e.status())).append(" | ").append(tests).append(" |\n");
    }

    private static void unresolved(StringBuilder out, Verification v, UnresolvedId.Reason reason, String heading) {
        List<String> items = new ArrayList<>();
        for (UnresolvedId u : v.unresolved()) {
            if (u.reason() != reason) continue;
            items.add(u.id() + " (" + where(u.test()) + u.suggestion().map(s -> ", " + hint(u) + " " + s + (reason == UnresolvedId.Reason.UNKNOWN ? "?" : "")).orElse("") + ")");
        }
        if (!items.isEmpty()) out.append(heading).append(": ").append(listed(items)).append('\n');
    }

    private static String hint(UnresolvedId u) {
        return switch (u.reason()) {
            case UNKNOWN -> "did you mean";
            case RENAMED -> "now";
            case RETIRED -> "superseded by";
        };
    }

    private static String where(TestResult t) {
        return t.source().map(Object::toString).orElse(t.name());
    }

    private static String listed(List<String> items) {
        if (items.size() <= MAX_LISTED) return String.join("; ", items);
        return String.join("; ", items.subList(0, MAX_LISTED)) + "; … " + (items.size() - MAX_LISTED) + " more";
    }

    /** {@code FAILED} in capitals, so it stands out; the others in lower case. */
    private static String label(VerificationStatus s) {
        return s == VerificationStatus.FAILED ? "FAILED" : s.label();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) return s;
        int end = max;
        if (Character.isHighSurrogate(s.charAt(end - 1))) end--;
        return s.substring(0, end) + "…";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).stripTrailing();
    }

    private static String md(String s) {
        return s.replace("|", "\\|").replace("\n", " ").replace("\r", " ");
    }
}
