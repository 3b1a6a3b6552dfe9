package io.specdriven.testkit;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.validation.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings a correct checker must report on a generated spec, and no others: one line per injected
 * defect. Its text form is one finding a line, {@code ruleId TAB severity TAB path}, sorted, so it can be
 * written beside the generated file and compared with a tool's output.
 *
 * <pre>{@code
 * SyntheticSpec generated = SyntheticSpecs.builder(1_000).seed(7).build();
 * DefectManifest found = DefectManifest.of(SpecValidator.standard().validate(generated.spec()));
 * List<String> differences = generated.manifest().differences(found);   // empty when the checker is right
 * }</pre>
 *
 * @param findings the expected findings, sorted by path, then rule id
 */
public record DefectManifest(List<ExpectedFinding> findings) {
    /**
     * Checks for nulls and sorts a copy of the findings.
     *
     * @param findings the expected findings
     */
    public DefectManifest {
        List<ExpectedFinding> sorted = new ArrayList<>(requireNonNull(findings, "findings"));
        for (ExpectedFinding f : sorted) requireNonNull(f, "finding");
        Collections.sort(sorted);
        findings = List.copyOf(sorted);
    }

    /**
     * Returns the findings of a validation report, in the manifest's terms.
     *
     * @param report the report
     * @return one entry per standing finding (waived findings are not findings)
     */
    public static DefectManifest of(ValidationReport report) {
        requireNonNull(report, "report");
        List<ExpectedFinding> out = new ArrayList<>(report.violations().size());
        for (Violation v : report.violations()) out.add(ExpectedFinding.of(v));
        return new DefectManifest(out);
    }

    /**
     * Reads a manifest from its text form; blank lines and lines starting with {@code #} are skipped.
     *
     * @param text the text, one {@code ruleId TAB severity TAB path} a line
     * @return the manifest
     * @throws IllegalArgumentException naming the line if a line is not of that form
     */
    public static DefectManifest parse(String text) {
        requireNonNull(text, "text");
        List<ExpectedFinding> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split("\t", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("manifest line " + (i + 1) + ": expected 'ruleId<TAB>severity<TAB>path', got '"
                        + line + "'");
            }
            Severity severity;
            try {
                severity = Severity.valueOf(parts[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("manifest line " + (i + 1) + ": unknown severity '" + parts[1]
                        + "' (ERROR, WARNING or INFO)", e);
            }
            out.add(new ExpectedFinding(parts[0], severity, parts[2]));
        }
        return new DefectManifest(out);
    }

    /**
     * Returns the text form: a comment line, then one finding a line, sorted.
     *
     * @return the text, ending with a line break
     */
    public String toText() {
        StringBuilder s = new StringBuilder("# ruleId\tseverity\tpath (").append(findings.size()).append(" findings)\n");
        for (ExpectedFinding f : findings) s.append(f).append('\n');
        return s.toString();
    }

    /**
     * Counts the findings of each rule.
     *
     * @return rule id to count, sorted by rule id
     */
    public Map<String, Integer> countsByRule() {
        Map<String, Integer> counts = new TreeMap<>();
        for (ExpectedFinding f : findings) counts.merge(f.ruleId(), 1, Integer::sum);
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Compares what a checker found with this manifest, as multisets.
     *
     * @param found what the checker reported
     * @return one line per difference, {@code missing: …} for an expected finding not reported and
     *     {@code unexpected: …} for a reported finding not expected; empty when they agree
     */
    public List<String> differences(DefectManifest found) {
        requireNonNull(found, "found");
        Map<ExpectedFinding, Integer> balance = new TreeMap<>();
        for (ExpectedFinding f : findings) balance.merge(f, 1, Integer::sum);
        for (ExpectedFinding f : found.findings) balance.merge(f, -1, Integer::sum);
        List<String> out = new ArrayList<>();
        balance.forEach((f, n) -> {
            for (int i = 0; i < Math.abs(n); i++) out.add((n > 0 ? "missing: " : "unexpected: ") + f);
        });
        return out;
    }
}
