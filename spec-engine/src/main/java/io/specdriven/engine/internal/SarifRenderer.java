package io.specdriven.engine.internal;

import io.specdriven.core.source.SourceLocation;
import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.Violation;
import io.specdriven.core.validation.WaivedViolation;
import io.specdriven.engine.CheckRun;
import io.specdriven.engine.SourceResult;
import io.specdriven.engine.Source;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A check run as SARIF 2.1.0 (OASIS Standard, Errata 01), the format code-scanning services read: one run
 * whose tool lists every rule the run ran or reported (id, description, help text and help URI from
 * docs/rules.md), then one result per finding with its level, message (and hint), the file and, where the
 * reader knows it, the line and column of the element, and the element's path as a logical location.
 * Waived findings are results with an in-source suppression carrying the waiver's reason; a file that
 * cannot be read is an error result of the rule {@code source.unreadable} at that file.
 */
public final class SarifRenderer {
    /** The official schema's address, as the document names it. */
    public static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private SarifRenderer() {}

    /**
     * Renders the run.
     *
     * @param run the run
     * @return the SARIF log, ending with a newline
     */
    public static String render(CheckRun run) {
        List<String> ids = new ArrayList<>(Findings.ids(run));
        Json json = new Json().beginObject()
                .name("$schema").value(SCHEMA)
                .name("version").value("2.1.0")
                .name("runs").beginArray().beginObject()
                .name("tool").beginObject().name("driver").beginObject()
                .name("name").value("spec")
                .name("fullName").value("specdriven spec check")
                .name("version").value(run.toolVersion())
                .name("semanticVersion").value(run.toolVersion())
                .name("informationUri").value("https://github.com/specdriven/specdriven")
                .name("rules").beginArray();
        for (String id : ids) rule(json, run, id);
        json.endArray().endObject().endObject();
        json.name("results").beginArray();
        for (SourceResult r : run.results()) {
            if (r instanceof SourceResult.Checked c) {
                for (Violation v : c.report().violations()) result(json, ids, c, v, null);
                for (WaivedViolation w : c.report().waived()) result(json, ids, c, w.violation(), w.waiver().reason());
            } else {
                SourceResult.Unreadable u = (SourceResult.Unreadable) r;
                json.beginObject()
                        .name("ruleId").value(Findings.UNREADABLE)
                        .name("ruleIndex").value(ids.indexOf(Findings.UNREADABLE))
                        .name("level").value("error")
                        .name("message").beginObject().name("text").value(Findings.message(u.error())).endObject();
                locations(json, Findings.location(u), null);
                json.endObject();
            }
        }
        json.endArray();
        json.name("invocations").beginArray().beginObject()
                .name("executionSuccessful").value(true)
                .name("exitCode").value(run.exitCode())
                .endObject().endArray();
        json.name("properties").beginObject()
                .name("profile").value(run.settings().profile().toString())
                .name("failOn").value(run.settings().failOn().name().toLowerCase(java.util.Locale.ROOT))
                .endObject();
        return json.endObject().endArray().endObject() + "\n";
    }

    private static void rule(Json json, CheckRun run, String id) {
        Optional<RuleDocs.Entry> doc = RuleDocs.packed().get(id);
        String description = Findings.description(run, id);
        json.beginObject().name("id").value(id)
                .name("shortDescription").beginObject().name("text").value(firstSentence(description)).endObject()
                .name("fullDescription").beginObject().name("text").value(description).endObject();
        String help = doc.flatMap(RuleDocs.Entry::fix).map(fix -> description + " Fix: " + fix).orElse(description);
        json.name("help").beginObject().name("text").value(help).endObject();
        if (doc.isPresent()) json.name("helpUri").value(doc.get().uri());
        json.endObject();
    }

    /** The first sentence, for the short description code-scanning lists show. */
    static String firstSentence(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ' && i > 0 && !Character.isUpperCase(text.charAt(i - 1))) {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }

    private static void result(Json json, List<String> ids, SourceResult.Checked c, Violation v, String waiver) {
        String text = v.message() + v.hint().map(h -> "\nHint: " + h).orElse("");
        json.beginObject()
                .name("ruleId").value(v.ruleId())
                .name("ruleIndex").value(ids.indexOf(v.ruleId()))
                .name("level").value(level(v.severity()))
                .name("message").beginObject().name("text").value(text).endObject();
        locations(json, Findings.location(c, v), v.path().toString());
        if (waiver != null) {
            json.name("suppressions").beginArray().beginObject()
                    .name("kind").value("inSource")
                    .name("justification").value(waiver)
                    .endObject().endArray();
        }
        json.endObject();
    }

    private static void locations(Json json, SourceLocation at, String element) {
        String file = at.file().orElse(Source.STDIN_NAME);
        boolean physical = !file.equals(Source.STDIN_NAME);
        if (!physical && element == null) return;
        json.name("locations").beginArray().beginObject();
        if (physical) {
            json.name("physicalLocation").beginObject()
                    .name("artifactLocation").beginObject().name("uri").value(uri(file)).endObject();
            if (at.hasLine()) {
                json.name("region").beginObject().name("startLine").value(at.line());
                if (at.column() > 0) json.name("startColumn").value(at.column());
                json.endObject();
            }
            json.endObject();
        }
        if (element != null) {
            json.name("logicalLocations").beginArray().beginObject()
                    .name("fullyQualifiedName").value(element.isEmpty() ? "spec" : element)
                    .name("kind").value("element")
                    .endObject().endArray();
        }
        json.endObject().endArray();
    }

    private static String level(Severity severity) {
        switch (severity) {
            case ERROR:
                return "error";
            case WARNING:
                return "warning";
            default:
                return "note";
        }
    }

    /**
     * The file as a URI reference: relative names stay relative (code scanning resolves them against the
     * repository), with '/' as separator and every other byte percent-encoded; absolute ones become
     * {@code file:} URIs.
     */
    static String uri(String name) {
        try {
            Path path = Path.of(name);
            if (path.isAbsolute()) return path.toUri().toASCIIString();
        } catch (InvalidPathException e) {
            // not a path of this system: written as given, encoded
        }
        StringBuilder out = new StringBuilder();
        for (byte b : name.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
