package io.specdriven.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * The canonical layout: two-space indent, {@code "name": value}, one array element or object field per
 * line, {@code \n} line ends whatever the platform. Written here rather than configured on Jackson's
 * DefaultPrettyPrinter so that a change of Jackson's defaults cannot change our bytes (the golden files
 * would catch it, but this way there is nothing to catch). One instance per document: it counts depth.
 */
public final class CanonicalPrettyPrinter implements PrettyPrinter {
    private int depth;

    private void newline(JsonGenerator g) {
        g.writeRaw('\n');
        for (int i = 0; i < depth; i++) g.writeRaw("  ");
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
        newline(g);
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
        g.writeRaw(',');
        newline(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
        depth--;
        if (entries > 0) newline(g);
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) {
        g.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
        newline(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
        g.writeRaw(',');
        newline(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
        depth--;
        if (values > 0) newline(g);
        g.writeRaw(']');
    }
}
