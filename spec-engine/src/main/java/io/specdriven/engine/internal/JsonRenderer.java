package io.specdriven.engine.internal;

import io.specdriven.core.source.SpecReadException;
import io.specdriven.engine.CheckRun;
import io.specdriven.engine.SourceResult;
import io.specdriven.json.SpecJson;
import java.util.Locale;

/**
 * Renders one machine-readable document for a whole check run (reportFormat 2, schema
 * {@code io/specdriven/json/report-2.schema.json}): the run's settings and exit code, then per file its
 * status and, for a checked file, the library's own report ({@link SpecJson#toJson(
 * io.specdriven.core.validation.ValidationReport, io.specdriven.core.source.SourceMap)}), embedded as is.
 */
public final class JsonRenderer {
    /** The version of the run's shape, the same as the report's. */
    public static final int REPORT_FORMAT = 2;

    private JsonRenderer() {}

    /**
     * Renders the run.
     *
     * @param run the run
     * @return the document, ending with a newline
     */
    public static String render(CheckRun run) {
        Json json = new Json().beginObject()
                .name("reportFormat").value(REPORT_FORMAT)
                .name("tool").value("spec")
                .name("version").value(run.toolVersion())
                .name("profile").value(run.settings().profile().toString())
                .name("failOn").value(run.settings().failOn().name().toLowerCase(Locale.ROOT))
                .name("exitCode").value(run.exitCode())
                .name("files").beginArray();
        for (SourceResult r : run.results()) {
            json.beginObject()
                    .name("file").value(r.name())
                    .name("exitCode").value(r.exitCode(run.settings().failOn()));
            if (r instanceof SourceResult.Checked c) {
                json.name("status").value("checked")
                        .name("specId").value(c.spec().id().value())
                        .name("title").value(c.spec().title())
                        .name("report").raw(SpecJson.toJson(c.report(), c.read().locations()));
            } else {
                SpecReadException e = ((SourceResult.Unreadable) r).error();
                json.name("status").value("unreadable")
                        .name("error").beginObject()
                        .name("message").value(e.path().isEmpty() ? e.problem() : e.path() + ": " + e.problem());
                if (e.line() > 0) json.name("line").value(e.line());
                if (e.column() > 0) json.name("column").value(e.column());
                if (!e.pointer().isEmpty()) json.name("pointer").value(e.pointer());
                json.endObject();
            }
            json.endObject();
        }
        return json.endArray().endObject() + "\n";
    }
}
