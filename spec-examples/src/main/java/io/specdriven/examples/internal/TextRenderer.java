package io.specdriven.examples.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints outcomes for people: findings grouped by element, then the score. */
final class TextRenderer {
    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String RED = "\u001B[1;31m";
    private static final String YELLOW = "\u001B[33m";
    private static final String CYAN = "\u001B[36m";
    private static final String GREEN = "\u001B[32m";
    private static final String DIM = "\u001B[2m";

    private final PrintStream out;
    private final boolean colour;

    TextRenderer(PrintStream out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    /** Prints one checked file; a refused file is reported on stderr by the tool, not here. */
    void file(Outcome outcome) {
        CheckResult result = outcome.result().orElseThrow();
        out.println(paint(BOLD, Text.safe(outcome.name())) + "  " + Text.safe(outcome.specId().orElseThrow())
                + " — " + Text.safe(outcome.specTitle().orElseThrow()));
        for (Map.Entry<String, List<Finding>> group : byElement(result.findings()).entrySet()) {
            out.println("  " + Text.safe(group.getKey()));
            for (Finding f : group.getValue()) {
                finding(f, group.getKey());
            }
        }
        if (!result.waived().isEmpty()) {
            out.println("  waived");
            for (Finding f : result.waived()) {
                finding(f, "");
            }
        }
        out.println("  " + score(result));
        if (result.score().orElse(100) < 100) {
            for (String line : result.scoreExplanation()) out.println("    " + Text.safe(line));
        }
    }

    private void finding(Finding f, String element) {
        String rest = f.path().length() > element.length() ? f.path().substring(element.length()) : "";
        if (rest.startsWith(".")) rest = rest.substring(1);
        String where = rest.isEmpty() ? "" : rest + ": ";
        out.println("    " + level(f.level()) + "  " + Text.safe(f.ruleId()) + "  " + Text.safe(where + f.message()));
        f.hint().ifPresent(h -> out.println("      " + paint(DIM, "hint: " + Text.safe(h))));
        f.waiverReason().ifPresent(r -> out.println("      " + paint(DIM, "waived: " + Text.safe(r))));
    }

    private String level(Level level) {
        String label = String.format("%-7s", level.label());
        switch (level) {
            case ERROR:
                return paint(RED, label);
            case WARNING:
                return paint(YELLOW, label);
            default:
                return paint(CYAN, label);
        }
    }

    private String score(CheckResult result) {
        List<String> counts = new ArrayList<>();
        counts.add(plural(result.count(Level.ERROR), "error"));
        counts.add(plural(result.count(Level.WARNING), "warning"));
        counts.add(result.count(Level.INFO) + " info");
        if (!result.waived().isEmpty()) counts.add(result.waived().size() + " waived");
        String score = result.score().isPresent() ? "score " + result.score().getAsInt() + "/100" : "no score";
        boolean perfect = result.score().orElse(-1) == 100;
        return (perfect ? paint(GREEN, score) : score) + " · " + String.join(", ", counts);
    }

    /** Prints the closing line when several files were given. */
    void summary(List<Outcome> outcomes) {
        long errors = 0;
        long warnings = 0;
        long infos = 0;
        long refused = 0;
        for (Outcome o : outcomes) {
            if (o.result().isEmpty()) {
                refused++;
                continue;
            }
            errors += o.result().get().count(Level.ERROR);
            warnings += o.result().get().count(Level.WARNING);
            infos += o.result().get().count(Level.INFO);
        }
        out.println(plural(outcomes.size(), "file") + ": " + plural(errors, "error") + ", "
                + plural(warnings, "warning") + ", " + infos + " info"
                + (refused > 0 ? "; " + refused + " could not be read" : ""));
    }

    /**
     * Groups findings by the top-level element their path names (a requirement, use case, entity, actor:
     * the path up to its first ']'), in first-seen order; findings on the spec itself go under "spec".
     */
    static Map<String, List<Finding>> byElement(List<Finding> findings) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : findings) {
            groups.computeIfAbsent(element(f.path()), k -> new ArrayList<>()).add(f);
        }
        return groups;
    }

    static String element(String path) {
        int end = path.indexOf(']');
        if (end >= 0) return path.substring(0, end + 1);
        return path.isEmpty() ? "spec" : path;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}
