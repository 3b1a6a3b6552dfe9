package io.specdriven.json;

import io.specdriven.core.Spec;
import io.specdriven.core.diff.SpecDiff;
import io.specdriven.core.trace.Traceability;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.json.internal.DiffEncoder;
import io.specdriven.json.internal.Engine;
import io.specdriven.json.internal.FormatError;
import io.specdriven.json.internal.ReportEncoder;
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
 * {@link Traceability} and {@link SpecDiff}, with the same code as {@link SpecJson}, so the format is
 * the same and as strict whatever the mapper's settings (unknown fields are refused even if the mapper
 * ignores them). Differences: the layout (indentation) is the mapper's, the read limits are the mapper's
 * stream constraints, and a refusal is a {@link SpecFormatException} without a source name whose pointer
 * is relative to the spec object (Jackson may wrap it in its own exception when the spec is nested).
 * Prefer {@link SpecJson} for whole documents: it also checks the encoding and the content after the
 * spec, and writes the canonical layout.
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
            new ReportEncoder(gen).report(value);
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
                throw new SpecFormatException(null, e);
            }
        }

        @Override
        public Class<?> handledType() {
            return Spec.class;
        }
    }
}
