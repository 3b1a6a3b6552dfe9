package io.specdriven.benchmarks.plain;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@link PlainSpec} with a default jackson-databind mapper that refuses unknown fields. */
public final class PlainJson {
    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private PlainJson() {}

    /**
     * Binds a spec document to plain records.
     *
     * @param json the document
     * @return its records
     */
    public static PlainSpec read(String json) {
        return MAPPER.readValue(json, PlainSpec.class);
    }

    /**
     * Binds a spec document to plain records.
     *
     * @param json the document, UTF-8
     * @return its records
     */
    public static PlainSpec read(byte[] json) {
        return MAPPER.readValue(json, PlainSpec.class);
    }

    /**
     * Writes plain records back as JSON, indented as specdriven writes a spec.
     *
     * @param spec the records
     * @return the document
     */
    public static String write(PlainSpec spec) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(spec);
    }
}
