package io.specdriven.json.internal.results;

import io.specdriven.core.diff.Fingerprint;
import io.specdriven.core.verify.TestLocation;
import io.specdriven.core.verify.TestResult;
import io.specdriven.core.verify.TestVerdict;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Our listener's results format, {@code resultsFormat} 1 (docs/verification.md). */
public final class ResultsJsonCodec {
    public static final int FORMAT = 1;
    private static final Set<String> TOP = Set.of("resultsFormat", "tool", "started", "spec", "tests");
    private static final Set<String> SPEC = Set.of("id", "version", "file");
    private static final Set<String> TEST = Set.of("id", "name", "verifies", "verdict", "durationMillis", "message",
            "source", "fingerprints");
    private static final Set<String> SOURCE = Set.of("file", "line");
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ResultsJsonCodec() {}

    /** Tells whether a parsed document claims to be ours: an object with a {@code resultsFormat}. */
    public static boolean isOurs(Node root) {
        return root.isObject() && root.fields().containsKey("resultsFormat");
    }

    public static List<TestResult> decode(Node root) {
        Map<String, Node> top = root.object(TOP);
        Node format = Node.required(top, root, "resultsFormat");
        long f = format.integer(1, Integer.MAX_VALUE);
        if (f > FORMAT) throw format.error("resultsFormat " + f + " is newer than this version of specdriven reads (1): upgrade specdriven");
        if (top.containsKey("tool")) top.get("tool").string();
        if (top.containsKey("started")) instant(top.get("started"));
        if (top.containsKey("spec")) {
            Map<String, Node> spec = top.get("spec").object(SPEC);
            for (Node n : spec.values()) n.string();
        }
        List<TestResult> out = new ArrayList<>();
        for (Node t : Node.required(top, root, "tests").array()) out.add(test(t));
        return out;
    }

    private static void instant(Node n) {
        try {
            java.time.Instant.parse(n.string());
        } catch (java.time.format.DateTimeParseException e) {
            throw n.error("'" + Node.printable(n.string()) + "' is not a UTC time such as 2026-12-02T09:15:00Z");
        }
    }

    private static TestResult test(Node node) {
        Map<String, Node> f = node.object(TEST);
        TestResult.Builder b = TestResult.builder(Node.required(f, node, "id").string(), Node.required(f, node, "name").string());
        for (Node id : Node.required(f, node, "verifies").array()) b.verifies(id.string());
        b.verdict(Node.required(f, node, "verdict").word(TestVerdict.class));
        b.duration(Duration.ofMillis(Node.required(f, node, "durationMillis").integer(0, Long.MAX_VALUE / 1_000_000)));
        if (f.containsKey("message")) b.message(f.get("message").string());
        if (f.containsKey("source")) {
            Node s = f.get("source");
            Map<String, Node> sf = s.object(SOURCE);
            String file = Node.required(sf, s, "file").string();
            b.source(sf.containsKey("line") ? TestLocation.of(file, (int) sf.get("line").integer(1, Integer.MAX_VALUE))
                    : TestLocation.of(file));
        }
        if (f.containsKey("fingerprints")) {
            for (Map.Entry<String, Node> e : f.get("fingerprints").fields().entrySet()) {
                String hex = e.getValue().string();
                try {
                    b.fingerprint(e.getKey(), Fingerprint.parse(hex));
                } catch (IllegalArgumentException bad) {
                    throw e.getValue().error("'" + Node.printable(hex) + "' is not a fingerprint: expected 64 lower-case hex digits");
                }
            }
        }
        return b.build();
    }

    /** The run's header. */
    public record Header(String tool, java.time.Instant started, String specId, String specVersion, String specFile) {}

    public static String encode(Header header, List<TestResult> results) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeNumberProperty("resultsFormat", FORMAT);
            g.writeStringProperty("tool", header.tool());
            g.writeStringProperty("started", header.started().toString());
            if (header.specId() != null) {
                g.writeName("spec");
                g.writeStartObject();
                g.writeStringProperty("id", header.specId());
                if (header.specVersion() != null) g.writeStringProperty("version", header.specVersion());
                if (header.specFile() != null) g.writeStringProperty("file", header.specFile());
                g.writeEndObject();
            }
            g.writeName("tests");
            g.writeStartArray();
            for (TestResult r : results) {
                g.writeStartObject();
                g.writeStringProperty("id", r.id());
                g.writeStringProperty("name", r.name());
                g.writeName("verifies");
                g.writeStartArray();
                for (String id : r.verifies()) g.writeString(id);
                g.writeEndArray();
                g.writeStringProperty("verdict", r.verdict().name().toLowerCase(Locale.ROOT));
                g.writeNumberProperty("durationMillis", r.duration().toMillis());
                if (r.message().isPresent()) g.writeStringProperty("message", r.message().get());
                if (r.source().isPresent()) {
                    g.writeName("source");
                    g.writeStartObject();
                    g.writeStringProperty("file", r.source().get().file());
                    if (r.source().get().line().isPresent()) g.writeNumberProperty("line", r.source().get().line().getAsInt());
                    g.writeEndObject();
                }
                if (!r.fingerprints().isEmpty()) {
                    g.writeName("fingerprints");
                    g.writeStartObject();
                    for (Map.Entry<String, Fingerprint> e : r.fingerprints().entrySet()) {
                        g.writeStringProperty(e.getKey(), e.getValue().value());
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.flush();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.append('\n').toString();
    }
}
