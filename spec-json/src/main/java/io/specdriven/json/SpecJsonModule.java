package io.specdriven.json;

import io.specdriven.core.source.SpecReadException;
import io.specdriven.core.Spec;
import io.specdriven.core.diff.SpecDiff;
import io.specdriven.core.trace.Traceability;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.json.internal.DiffEncoder;
import io.specdriven.json.internal.Engine;
import io.specdriven.json.internal.FormatError;
import io.specdriven.json.internal.ReportEncoder;
import io.specdriven.core.source.SourceMap;
import io.specdriven.json.internal.TraceEncoder;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * Teaches an existing Jackson {@code JsonMapper} the specdriven JSON format, for applications that embed
 * specs in their own JSON or already configure a mapper:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new SpecJsonModule()).build();
 * Spec spec = mapper.readValue(json, Spec.class);
 * }</pre>
 *
 * <p>The module reads and writes {@link Spec}, and writes {@link ValidationReport},
 * {@link Traceability} and {@link SpecDiff}, with the same code as {@link SpecJson}. What it guarantees,
 * and what it leaves to the mapper:
 *
 * <ul>
 *   <li><b>The format is the same, whatever the mapper's data-binding settings.</b> A spec has the same
 *       fields, types and defaults, and the same refusals: unknown fields (even if the mapper ignores
 *       unknown properties), duplicate fields, wrong types (no coercion, no single value as a list),
 *       {@code null} values, malformed ids, NaN and Infinity as decimals, and a newer {@code specFormat}.
 *   <li><b>The JSON syntax is the mapper's.</b> The module sees the tokens the mapper's parser produces,
 *       not the text. With the default settings that parser refuses comments, single quotes, trailing
 *       commas and other non-standard JSON inside the spec, and the refusal is a
 *       {@link SpecReadException}. A mapper that enables such {@code JsonReadFeature}s (for example
 *       {@code ALLOW_JAVA_COMMENTS}, {@code ALLOW_SINGLE_QUOTES}, {@code ALLOW_TRAILING_COMMA}) reads a
 *       spec written with them as well. Likewise the read limits are the mapper's stream constraints, and
 *       the encoding and whatever follows the spec are the mapper's business.
 *   <li><b>Refusals</b> are {@link SpecReadException}s without a source name; line and column are
 *       those of the mapper's document, pointer and path are relative to the spec object. Reading a spec
 *       as the root value ({@code mapper.readValue(json, Spec.class)}) throws it as is. When the spec is
 *       nested in another value, such as a field of the application's own record, Jackson wraps it: the
 *       caller sees Jackson's {@code DatabindException}, whose {@code getCause()} is the
 *       {@code SpecReadException}.
 *   <li>A newer {@code specFormat} is refused naming both versions when it comes before any field this
 *       version does not know, as it does in every document the writer produces; {@link SpecJson}, which
 *       has the whole document, also finds it after such a field.
 *   <li>The layout (indentation) of written documents is the mapper's.
 * </ul>
 *
 * <p>For the strict format exactly as documented, with the canonical layout, read and write whole
 * documents with {@link SpecJson}.
 *
 * @since 0.1
 */
public final class SpecJsonModule extends JacksonModule {
    /** Creates the module. */
    public SpecJsonModule() {}

    @Override
    public String getModuleName() {
        return "io.specdriven.json";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(Spec.class, new SpecSerializer());
        serializers.addSerializer(ValidationReport.class, new ReportSerializer());
        serializers.addSerializer(Traceability.class, new TraceSerializer());
        serializers.addSerializer(SpecDiff.class, new DiffSerializer());
        context.addSerializers(serializers);
        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(Spec.class, new SpecDeserializer());
        context.addDeserializers(deserializers);
    }

    private static final class SpecSerializer extends ValueSerializer<Spec> {
        @Override
        public void serialize(Spec value, JsonGenerator gen, SerializationContext ctxt) {
            Engine.writeSpec(value, gen);
        }

        @Override
        public Class<?> handledType() {
            return Spec.class;
        }
    }

    private static final class ReportSerializer extends ValueSerializer<ValidationReport> {
        @Override
        public void serialize(ValidationReport value, JsonGenerator gen, SerializationContext ctxt) {
            new ReportEncoder(gen).report(value, SourceMap.empty());
        }

        @Override
        public Class<?> handledType() {
            return ValidationReport.class;
        }
    }

    private static final class TraceSerializer extends ValueSerializer<Traceability> {
        @Override
        public void serialize(Traceability value, JsonGenerator gen, SerializationContext ctxt) {
            new TraceEncoder(gen).trace(value);
        }

        @Override
        public Class<?> handledType() {
            return Traceability.class;
        }
    }

    private static final class DiffSerializer extends ValueSerializer<SpecDiff> {
        @Override
        public void serialize(SpecDiff value, JsonGenerator gen, SerializationContext ctxt) {
            new DiffEncoder(gen).diff(value);
        }

        @Override
        public Class<?> handledType() {
            return SpecDiff.class;
        }
    }

    private static final class SpecDeserializer extends ValueDeserializer<Spec> {
        @Override
        public Spec deserialize(JsonParser p, DeserializationContext ctxt) {
            try {
                return Engine.readSpec(p);
            } catch (FormatError e) {
                throw e.located(null);
            }
        }

        @Override
        public Class<?> handledType() {
            return Spec.class;
        }
    }
}
