package io.specdriven.json;

import io.specdriven.core.source.SpecReadException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.specdriven.core.Spec;
import io.specdriven.testkit.SpecGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DatabindException;
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
    void given_spec_json_on_the_module_path_when_a_mapper_finds_and_adds_modules_then_it_reads_and_writes_specs() {
        // given: no explicit addModule, only service discovery (module-info `provides`)
        JsonMapper found = JsonMapper.builder().findAndAddModules().build();
        Spec spec = Fixtures.rich();
        // when
        String json = found.writeValueAsString(spec);
        // then
        assertThat(found.registeredModules()).anyMatch(m -> m instanceof SpecJsonModule);
        assertThat(found.readValue(json, Spec.class)).isEqualTo(spec);
        assertThat(found.readTree(json)).isEqualTo(found.readTree(SpecJson.toJson(spec)));
    }

    @Test
    void given_the_jar_on_the_class_path_when_service_files_are_read_then_they_name_the_module() throws Exception {
        // The class path ignores module-info's `provides`: the service file is what makes discovery work there.
        try (var in = SpecJsonModule.class.getResourceAsStream("/META-INF/services/tools.jackson.databind.JacksonModule")) {
            assertThat(in).as("META-INF/services/tools.jackson.databind.JacksonModule").isNotNull();
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip())
                    .isEqualTo(SpecJsonModule.class.getName());
        }
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
        SpecReadException e = thrown instanceof SpecReadException s ? s : (SpecReadException) thrown.getCause();
        assertThat(e.getMessage()).isEqualTo("1:44: titel: unknown field 'titel' in a spec (did you mean 'title'?)");
        assertThat(e.source()).isEmpty();
        assertThat(e.pointer()).isEqualTo("/titel");
    }

    @Test
    void refuses_a_newer_spec_format_naming_both_versions() {
        // when
        Throwable thrown = catchThrowable(() -> mapper.readValue(
                "{\"specFormat\": 2, \"id\": \"s\", \"title\": \"T\", \"traceability\": {}}", Spec.class));
        // then: the root value's refusal is thrown as is
        assertThat(thrown).isInstanceOf(SpecReadException.class).hasMessage("1:16: specFormat: this document has"
                + " specFormat 2, but this version of specdriven reads only specFormat 1; upgrade specdriven to read it");
        assertThat(((SpecReadException) thrown).pointer()).isEqualTo("/specFormat");
    }

    @Test
    void a_spec_nested_in_a_users_record_is_refused_through_jacksons_wrapper() {
        // given
        String json = "{\"name\": \"x\",\n \"spec\": {\"specFormat\": 2, \"id\": \"s\", \"title\": \"T\"}}";
        // when
        Throwable thrown = catchThrowable(() -> mapper.readValue(json, UserProject.class));
        // then: Jackson wraps it; the cause is ours, located in the mapper's document, pointed within the spec
        assertThat(thrown).isInstanceOf(DatabindException.class).hasCauseInstanceOf(SpecReadException.class);
        SpecReadException e = (SpecReadException) thrown.getCause();
        assertThat(e.getMessage()).isEqualTo("2:25: specFormat: this document has specFormat 2, but this version of"
                + " specdriven reads only specFormat 1; upgrade specdriven to read it");
        assertThat(e.pointer()).isEqualTo("/specFormat");
        assertThat(e.source()).isEmpty();
    }

    @Test
    void a_spec_nested_in_a_users_record_reads() {
        // given
        String json = "{\"name\": \"x\", \"spec\": " + SpecJson.toJson(Fixtures.rich()) + "}";
        // when
        UserProject project = mapper.readValue(json, UserProject.class);
        // then
        assertThat(project.spec()).isEqualTo(Fixtures.rich());
    }

    @Test
    void a_default_mapper_refuses_non_standard_json_in_a_spec() {
        // when
        Throwable thrown = catchThrowable(() -> mapper.readValue(
                "{\"specFormat\": 1, /* c */ \"id\": \"s\", \"title\": \"T\"}", Spec.class));
        // then
        assertThat(thrown).isInstanceOf(SpecReadException.class).hasMessage("1:19: comments are not allowed in JSON");
    }

    @Test
    void the_syntax_is_the_mappers_a_lenient_mapper_reads_comments_single_quotes_and_trailing_commas() {
        // given: what the Javadoc documents; SpecJson itself refuses all three
        JsonMapper lenient = JsonMapper.builder().addModule(new SpecJsonModule())
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                        JsonReadFeature.ALLOW_TRAILING_COMMA)
                .build();
        String json = "{'specFormat': 1, /* c */ 'id': 's', 'title': 'T', 'assumptions': ['a',],}";
        // when
        Spec spec = lenient.readValue(json, Spec.class);
        // then
        assertThat(spec).isEqualTo(Spec.builder("s", "T").assumption("a").build());
        assertThat(catchThrowable(() -> SpecJson.read(json))).isInstanceOf(SpecReadException.class);
    }

    @Test
    void the_format_still_refuses_nan_as_a_decimal_when_the_mapper_allows_it() {
        // given
        JsonMapper lenient = JsonMapper.builder().addModule(new SpecJsonModule())
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
        String json = "{\"specFormat\": 1, \"id\": \"s\", \"title\": \"T\", \"entities\": [{\"name\": \"E\","
                + " \"attributes\": [{\"name\": \"a\", \"type\": \"DECIMAL\", \"min\": NaN}]}]}";
        // when
        Throwable thrown = catchThrowable(() -> lenient.readValue(json, Spec.class));
        // then
        assertThat(thrown).isInstanceOf(SpecReadException.class)
                .hasMessage("1:126: entities[0].attributes[0].min: NaN and Infinity are not JSON numbers");
    }

    @Test
    void reports_a_model_refusal_located_in_the_mappers_document() {
        // when
        Throwable thrown = catchThrowable(() -> mapper.readValue(
                "{\"specFormat\": 1,\n \"id\": \" bad id\", \"title\": \"T\"}", Spec.class));
        // then
        SpecReadException e = thrown instanceof SpecReadException s ? s : (SpecReadException) thrown.getCause();
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(8);
        assertThat(e.problem()).startsWith("invalid id ' bad id'");
    }
}
