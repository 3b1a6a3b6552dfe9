package io.specdriven.json.internal.results;

import io.specdriven.core.Id;
import io.specdriven.core.diff.Fingerprint;
import io.specdriven.core.verify.AcceptanceRun;
import io.specdriven.core.verify.RecordedCriterion;
import io.specdriven.core.verify.VerificationStatus;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** One line of an acceptance history (JSON Lines), {@code historyFormat} 1 (docs/verification.md). */
public final class HistoryCodec {
    public static final int FORMAT = 1;
    private static final Set<String> LINE = Set.of("historyFormat", "time", "spec", "score", "criteria");
    private static final Set<String> SPEC = Set.of("id", "version");
    private static final Set<String> CRITERION = Set.of("id", "fingerprint", "status");
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private HistoryCodec() {}

    /** Decodes one line; {@code lineNumber} places any problem. */
    public static AcceptanceRun decode(String line, int lineNumber) {
        Node root;
        try {
            root = Node.parse(line);
        } catch (Located e) {
            throw new Located(lineNumber, e.column(), e.getMessage(), e);
        }
        try {
            Map<String, Node> f = root.object(LINE);
            Node format = Node.required(f, root, "historyFormat");
            long v = format.integer(1, Integer.MAX_VALUE);
            if (v > FORMAT) throw format.error("historyFormat " + v + " is newer than this version of specdriven reads (1)");
            Node timeNode = Node.required(f, root, "time");
            Instant time;
            try {
                time = Instant.parse(timeNode.string());
            } catch (DateTimeParseException e) {
                throw timeNode.error("'" + Node.printable(timeNode.string()) + "' is not a UTC time such as 2026-12-02T09:15:00Z");
            }
            Node specNode = Node.required(f, root, "spec");
            Map<String, Node> spec = specNode.object(SPEC);
            Id specId = id(Node.required(spec, specNode, "id"));
            Optional<String> version = spec.containsKey("version") ? Optional.of(spec.get("version").string()) : Optional.empty();
            OptionalInt score = f.containsKey("score") ? OptionalInt.of((int) f.get("score").integer(0, 100)) : OptionalInt.empty();
            List<RecordedCriterion> criteria = new ArrayList<>();
            for (Node c : Node.required(f, root, "criteria").array()) {
                Map<String, Node> cf = c.object(CRITERION);
                Node fp = Node.required(cf, c, "fingerprint");
                Fingerprint fingerprint;
                try {
                    fingerprint = Fingerprint.parse(fp.string());
                } catch (IllegalArgumentException e) {
                    throw fp.error("'" + Node.printable(fp.string()) + "' is not a fingerprint: expected 64 lower-case hex digits");
                }
                criteria.add(new RecordedCriterion(id(Node.required(cf, c, "id")), fingerprint,
                        Node.required(cf, c, "status").word(VerificationStatus.class)));
            }
            return new AcceptanceRun(time, specId, version, score, criteria);
        } catch (Located e) {
            throw new Located(lineNumber, e.column(), e.getMessage(), e);
        }
    }

    private static Id id(Node n) {
        try {
            return Id.of(n.string());
        } catch (IllegalArgumentException e) {
            throw n.error(e.getMessage());
        }
    }

    /** One line, without the line break. */
    public static String encode(AcceptanceRun run) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeNumberProperty("historyFormat", FORMAT);
            g.writeStringProperty("time", run.time().toString());
            g.writeName("spec");
            g.writeStartObject();
            g.writeStringProperty("id", run.specId().value());
            if (run.specVersion().isPresent()) g.writeStringProperty("version", run.specVersion().get());
            g.writeEndObject();
            if (run.score().isPresent()) g.writeNumberProperty("score", run.score().getAsInt());
            g.writeName("criteria");
            g.writeStartArray();
            for (RecordedCriterion c : run.criteria()) {
                g.writeStartObject();
                g.writeStringProperty("id", c.id().value());
                g.writeStringProperty("fingerprint", c.fingerprint().value());
                g.writeStringProperty("status", c.status().label());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toString();
    }
}
