package io.specdriven.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.specdriven.core.Spec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class SpecJsonModuleTest {
    private final JsonMapper mapper = JsonMapper.builder().addModule(new SpecJsonModule()).build();

    @Test
    void a_users_mapper_writes_the_same_document_as_spec_json_apart_from_layout() {
        // given
        Spec spec = Fixtures.rich();
        // when
        String json = mapper.writeValueAsString(spec);
        // then
        assertThat(mapper.readTree(json)).isEqualTo(mapper.readTree(SpecJson.toJson(spec)));
        assertThat(SpecJson.read(json)).isEqualTo(spec);
    }

    @Test
    void a_users_mapper_reads_what_spec_json_writes() {
        for (long seed = 1; seed <= 20; seed++) {
            Spec spec = new SpecGenerator(seed).spec();
            assertThat(mapper.readValue(SpecJson.toJson(spec), Spec.class)).as("seed %d", seed).isEqualTo(spec);
        }
    }

    @Test
    void the_format_stays_strict_even_when_the_mapper_ignores_unknown_properties() {
        // given
        JsonMapper lenient = JsonMapper.builder().addModule(new SpecJsonModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        String json = "{\"specFormat\": 1, \"id\": \"s\", \"title\": \"T\", \"titel\": \"x\"}";
        // when
        Throwable thrown = catchThrowable(() -> lenient.readValue(json, Spec.class));
        // then
        SpecFormatException e = thrown instanceof SpecFormatException s ? s : (SpecFormatException) thrown.getCause();
        assertThat(e.getMessage()).isEqualTo("1:44: titel: unknown field 'titel' in a spec (did you mean 'title'?)");
        assertThat(e.source()).isEmpty();
        assertThat(e.pointer()).isEqualTo("/titel");
    }

    @Test
    void reports_a_model_refusal_located_in_the_mappers_document() {
        // when
        Throwable thrown = catchThrowable(() -> mapper.readValue(
                "{\"specFormat\": 1,\n \"id\": \"bad id\", \"title\": \"T\"}", Spec.class));
        // then
        SpecFormatException e = thrown instanceof SpecFormatException s ? s : (SpecFormatException) thrown.getCause();
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(8);
        assertThat(e.problem()).startsWith("invalid id 'bad id'");
    }
}
