package io.specdriven.examples.internal;

import java.util.List;

/**
 * Renders one machine-readable report for a whole run, as described by the schema
 * {@code io/specdriven/examples/cli/check-report.schema.json}.
 */
final class JsonRenderer {
    /** The version of the report's shape; raised on any incompatible change. */
    static final int REPORT_FORMAT = 1;

    private JsonRenderer() {}

    static String render(String version, Invocation.Options options, List<Outcome> outcomes, int exitCode) {
        Json json = new Json().beginObject()
                .name("reportFormat").value(REPORT_FORMAT)
                .name("tool").value("spec")
                .name("version").value(version)
                .name("profile").value(options.profile())
                .name("failOn").value(options.failOn().label())
                .name("exitCode").value(exitCode)
                .name("files").beginArray();
        for (Outcome o : outcomes) {
            json.beginObject()
                    .name("file").value(o.name())
                    .name("exitCode").value(o.exitCode());
            if (o.result().isPresent()) {
                CheckResult r = o.result().get();
                json.name("status").value("checked")
                        .name("specId").value(o.specId().orElseThrow())
                        .name("title").value(o.specTitle().orElseThrow());
                json.name("score");
                if (r.score().isPresent()) json.value(r.score().getAsInt());
                else json.nullValue();
                json.name("counts").beginObject()
                        .name("error").value(r.count(Level.ERROR))
                        .name("warning").value(r.count(Level.WARNING))
                        .name("info").value(r.count(Level.INFO))
                        .name("waived").value(r.waived().size())
                        .endObject();
                findings(json.name("findings"), r.findings());
                findings(json.name("waived"), r.waived());
            } else {
                SpecReadException e = o.error().orElseThrow();
                json.name("status").value("unreadable")
                        .name("error").beginObject()
                        .name("message").value(e.getMessage());
                if (e.line() > 0) json.name("line").value(e.line());
                if (e.column() > 0) json.name("column").value(e.column());
                json.endObject();
            }
            json.endObject();
        }
        return json.endArray().endObject().toString();
    }

    private static void findings(Json json, List<Finding> findings) {
        json.beginArray();
        for (Finding f : findings) {
            json.beginObject()
                    .name("ruleId").value(f.ruleId())
                    .name("severity").value(f.level().name())
                    .name("path").value(f.path())
                    .name("message").value(f.message());
            f.hint().ifPresent(h -> json.name("hint").value(h));
            f.waiverReason().ifPresent(r -> json.name("waiverReason").value(r));
            json.endObject();
        }
        json.endArray();
    }
}
