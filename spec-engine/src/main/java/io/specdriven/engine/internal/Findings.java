package io.specdriven.engine.internal;

import io.specdriven.core.source.SourceLocation;
import io.specdriven.core.source.SpecReadException;
import io.specdriven.core.validation.SpecRule;
import io.specdriven.core.validation.Violation;
import io.specdriven.core.validation.WaivedViolation;
import io.specdriven.engine.CheckRun;
import io.specdriven.engine.SourceResult;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** What the CI formats (SARIF, GitHub, JUnit) share: where a finding stands, and the ids a run can report. */
final class Findings {
    /** The id of the result a file that cannot be read gives in formats that need a rule for every result. */
    static final String UNREADABLE = "source.unreadable";

    static final String UNREADABLE_DESCRIPTION =
            "The file (or standard input) can be read and is a valid spec document.";

    private Findings() {}

    /** Where a finding stands in its file: the element's line and column, or the file alone. */
    static SourceLocation location(SourceResult.Checked checked, Violation v) {
        SourceLocation at = checked.read().locations().locate(v.path());
        return new SourceLocation(Optional.of(checked.name()), at.line(), at.column(), at.pointer());
    }

    /** Where a read error stands: its line and column when the reader knows them. */
    static SourceLocation location(SourceResult.Unreadable unreadable) {
        SpecReadException e = unreadable.error();
        return new SourceLocation(Optional.of(unreadable.name()), e.line(), e.column(), e.pointer());
    }

    /** The read error's message without the location it starts with (formats give that apart). */
    static String message(SpecReadException e) {
        return e.path().isEmpty() ? e.problem() : e.path() + ": " + e.problem();
    }

    /** Every id the run reports or ran: the rules of each report, the findings' ids, the unreadable one. */
    static Set<String> ids(CheckRun run) {
        Set<String> ids = new TreeSet<>();
        for (SourceResult r : run.results()) {
            if (r instanceof SourceResult.Checked c) {
                ids.addAll(c.report().rules());
                for (Violation v : c.report().violations()) ids.add(v.ruleId());
                for (WaivedViolation w : c.report().waived()) ids.add(w.violation().ruleId());
            } else {
                ids.add(UNREADABLE);
            }
        }
        return ids;
    }

    /** What a rule checks: the rules page's words, a custom rule's own description, or its id. */
    static String description(CheckRun run, String id) {
        Optional<RuleDocs.Entry> doc = RuleDocs.packed().get(id);
        if (doc.isPresent()) return doc.get().description();
        if (id.equals(UNREADABLE)) return UNREADABLE_DESCRIPTION;
        if (run.settings().validator().isPresent()) {
            for (SpecRule rule : run.settings().validator().get().rules()) {
                if (rule.id().equals(id)) return rule.description();
            }
        }
        return "Findings of the rule " + id + ".";
    }
}
