package io.specdriven.json.internal.results;

import io.specdriven.core.verify.TestLocation;
import io.specdriven.core.verify.TestResult;
import io.specdriven.core.verify.TestVerdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cucumber's JSON report ({@code --plugin json:…}): an array of features, each with its scenarios
 * ({@code elements}). A scenario names the ids of its tags ({@code @AC-1} names {@code AC-1}; Cucumber
 * copies the feature's tags, such as {@code @REQ-1}, onto each scenario). Its verdict: failed when a hook or
 * step failed, or a step is undefined, pending or ambiguous (the criterion is not proven; Cucumber's strict
 * default fails such a run too); skipped when every step was skipped; passed otherwise. A background is
 * reported before each scenario, and counts for the scenario that follows it. Durations are nanoseconds.
 */
public final class CucumberJsonDecoder {
    private CucumberJsonDecoder() {}

    /** An array whose first item is an object with {@code elements} or {@code keyword} (or an empty array). */
    public static boolean isCucumber(Node root) {
        if (!root.isArray()) return false;
        List<Node> items = root.array();
        if (items.isEmpty()) return true;
        Node first = items.get(0);
        return first.isObject() && (first.fields().containsKey("elements") || first.fields().containsKey("keyword"));
    }

    public static List<TestResult> decode(Node root) {
        List<TestResult> out = new ArrayList<>();
        for (Node feature : root.array()) {
            Map<String, Node> f = feature.fields();
            String uri = f.containsKey("uri") ? f.get("uri").string() : "";
            String file = uri.substring(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf(':')) + 1);
            if (!f.containsKey("elements")) continue;
            Outcome background = null;
            for (Node element : f.get("elements").array()) {
                Map<String, Node> e = element.fields();
                String type = e.containsKey("type") ? e.get("type").string() : "scenario";
                Outcome o = outcome(e);
                if (type.equals("background")) {
                    background = o;
                    continue;
                }
                if (background != null) o = background.then(o);
                background = null;
                String name = Node.required(e, element, "name").string();
                String id = uri + ";" + (e.containsKey("id") ? e.get("id").string() : name) + ";"
                        + (e.containsKey("line") ? e.get("line").integer(1, Integer.MAX_VALUE) : "");
                TestResult.Builder b = TestResult.builder(id, name.isBlank() ? id : name).verdict(o.verdict)
                        .duration(Duration.ofNanos(o.nanos));
                if (o.message != null) b.message(o.message);
                if (e.containsKey("tags")) {
                    for (Node tag : e.get("tags").array()) {
                        String t = Node.required(tag.fields(), tag, "name").string();
                        String idName = t.startsWith("@") ? t.substring(1) : t;
                        if (!idName.isEmpty()) b.verifies(idName);
                    }
                }
                if (!file.isEmpty()) {
                    b.source(e.containsKey("line") ? TestLocation.of(file, (int) e.get("line").integer(1, Integer.MAX_VALUE))
                            : TestLocation.of(file));
                }
                out.add(b.build());
            }
        }
        return out;
    }

    private static Outcome outcome(Map<String, Node> element) {
        Outcome o = new Outcome();
        int steps = 0;
        int skipped = 0;
        for (String part : List.of("before", "steps", "after")) {
            if (!element.containsKey(part)) continue;
            for (Node step : element.get(part).array()) {
                Map<String, Node> s = step.fields();
                if (!s.containsKey("result")) continue;
                Node result = s.get("result");
                Map<String, Node> r = result.fields();
                String status = Node.required(r, result, "status").string();
                if (r.containsKey("duration")) o.nanos += r.get("duration").integer(0, Long.MAX_VALUE / 4);
                boolean isStep = part.equals("steps");
                if (isStep) steps++;
                switch (status) {
                    case "passed" -> { }
                    case "skipped" -> {
                        if (isStep) skipped++;
                    }
                    case "failed", "undefined", "pending", "ambiguous" -> {
                        if (o.verdict != TestVerdict.FAILED) {
                            o.verdict = TestVerdict.FAILED;
                            String what = s.containsKey("name") ? s.get("name").string() : part;
                            o.message = r.containsKey("error_message") ? Node.bounded(r.get("error_message").string())
                                    : status + " step: " + what;
                        }
                    }
                    default -> throw r.get("status").error("unknown step status '" + Node.printable(status)
                            + "'; expected passed, failed, skipped, pending, undefined or ambiguous");
                }
            }
        }
        if (o.verdict != TestVerdict.FAILED && steps > 0 && skipped == steps) o.verdict = TestVerdict.SKIPPED;
        return o;
    }

    private static final class Outcome {
        TestVerdict verdict = TestVerdict.PASSED;
        String message;
        long nanos;

        /** A background followed by its scenario: the background's failure is the scenario's. */
        Outcome then(Outcome scenario) {
            Outcome o = new Outcome();
            o.nanos = nanos + scenario.nanos;
            if (verdict == TestVerdict.FAILED) {
                o.verdict = verdict;
                o.message = message;
            } else {
                o.verdict = scenario.verdict;
                o.message = scenario.message;
            }
            return o;
        }
    }
}
