package io.specdriven.engine.internal;

import io.specdriven.core.Spec;
import io.specdriven.core.source.SourceLocation;
import io.specdriven.core.validation.ElementPath;
import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.Violation;
import io.specdriven.engine.CheckRun;
import io.specdriven.engine.SourceResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A check run as JUnit XML, the report every CI's test tab reads: one {@code testsuite} per file, one
 * {@code testcase} per spec element (the spec itself, then each actor, glossary term, requirement, use
 * case and entity, in the spec's order), with one {@code failure} per finding at or above the run's
 * fail-on level on that element or below it (type: the rule id; message: the finding). Findings below
 * the fail-on level do not fail the case; they are listed in its {@code system-out}, so the test tab
 * agrees with the exit code. A file that cannot be read is a suite with one case holding an
 * {@code error}.
 */
public final class JunitRenderer {
    private final StringBuilder out = new StringBuilder();

    private JunitRenderer() {}

    /**
     * Renders the run.
     *
     * @param run the run
     * @return the XML document, ending with a newline
     */
    public static String render(CheckRun run) {
        JunitRenderer xml = new JunitRenderer();
        Severity failOn = run.settings().failOn();
        List<String> suites = new ArrayList<>();
        int tests = 0;
        int failures = 0;
        int errors = 0;
        for (SourceResult r : run.results()) {
            JunitRenderer suite = new JunitRenderer();
            if (r instanceof SourceResult.Checked c) {
                Map<String, List<Violation>> cases = cases(c.spec(), c.report().violations());
                int suiteFailures = 0;
                for (Map.Entry<String, List<Violation>> e : cases.entrySet()) {
                    suiteFailures += suite.testcase(c, e.getKey(), e.getValue(), failOn);
                }
                suites.add(suite.suite(c.name(), cases.size(), suiteFailures, 0));
                tests += cases.size();
                failures += suiteFailures;
            } else {
                SourceResult.Unreadable u = (SourceResult.Unreadable) r;
                String message = Findings.message(u.error());
                suite.out.append("    <testcase classname=\"").append(attr(u.name())).append("\" name=\"")
                        .append(attr(u.name())).append("\" time=\"0\">\n      <error type=\"")
                        .append(Findings.UNREADABLE).append("\" message=\"").append(attr(message)).append("\">")
                        .append(text(Findings.location(u) + ": " + message)).append("</error>\n    </testcase>\n");
                suites.add(suite.suite(u.name(), 1, 0, 1));
                tests++;
                errors++;
            }
        }
        xml.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"spec check\" tests=\"")
                .append(tests).append("\" failures=\"").append(failures).append("\" errors=\"").append(errors)
                .append("\" time=\"0\">\n");
        suites.forEach(xml.out::append);
        return xml.out.append("</testsuites>\n").toString();
    }

    private String suite(String name, int tests, int failures, int errors) {
        return "  <testsuite name=\"" + attr(name) + "\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"" + errors + "\" skipped=\"0\" time=\"0\">\n" + out + "  </testsuite>\n";
    }

    /** The spec's elements in order, each with the findings on it or below it; findings elsewhere add cases. */
    static Map<String, List<Violation>> cases(Spec spec, List<Violation> findings) {
        Map<String, List<Violation>> cases = new LinkedHashMap<>();
        cases.put("spec", new ArrayList<>());
        spec.actors().forEach(a -> cases.put(ElementPath.of(a).toString(), new ArrayList<>()));
        spec.glossary().forEach(g -> cases.put(ElementPath.of(g).toString(), new ArrayList<>()));
        spec.requirements().forEach(q -> cases.put(ElementPath.of(q).toString(), new ArrayList<>()));
        spec.useCases().forEach(u -> cases.put(ElementPath.of(u).toString(), new ArrayList<>()));
        spec.entities().forEach(e -> cases.put(ElementPath.of(e).toString(), new ArrayList<>()));
        for (Violation v : findings) cases.computeIfAbsent(element(v.path().toString()), k -> new ArrayList<>()).add(v);
        return cases;
    }

    /** The top-level element a path is in: up to its first ']', or the spec itself. */
    static String element(String path) {
        int end = path.indexOf(']');
        return end >= 0 ? path.substring(0, end + 1) : "spec";
    }

    /** Writes a case and returns how many failures it has. */
    private int testcase(SourceResult.Checked c, String element, List<Violation> findings, Severity failOn) {
        out.append("    <testcase classname=\"").append(attr(c.spec().id().value())).append("\" name=\"")
                .append(attr(element)).append("\" file=\"").append(attr(c.name())).append("\" time=\"0\"");
        if (findings.isEmpty()) {
            out.append("/>\n");
            return 0;
        }
        out.append(">\n");
        int failed = 0;
        StringBuilder below = new StringBuilder();
        for (Violation v : findings) {
            SourceLocation at = Findings.location(c, v);
            String detail = at + ": " + v.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + v.ruleId() + " "
                    + v.path() + ": " + v.message() + v.hint().map(h -> "\nhint: " + h).orElse("");
            if (v.severity().compareTo(failOn) <= 0) {
                out.append("      <failure type=\"").append(attr(v.ruleId())).append("\" message=\"")
                        .append(attr(v.message())).append("\">").append(text(detail)).append("</failure>\n");
                failed++;
            } else {
                below.append(detail).append('\n');
            }
        }
        if (below.length() > 0) out.append("      <system-out>").append(text(below.toString())).append("</system-out>\n");
        out.append("    </testcase>\n");
        return failed;
    }

    /** Text content: markup escaped, and characters XML 1.0 cannot hold written as visible escapes. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if ((c < 0x20 && c != '\n' && c != '\t') || c == '\r' || Character.isSurrogate(c)
                            || c == 0xFFFE || c == 0xFFFF) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** An attribute value: as text, and quotes and line breaks escaped. */
    static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\t", "&#9;");
    }
}
