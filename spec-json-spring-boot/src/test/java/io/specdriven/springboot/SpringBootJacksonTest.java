package io.specdriven.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.core.Spec;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.examples.Examples;
import io.specdriven.json.SpecJson;
import io.specdriven.json.SpecJsonModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * spec-json with the dependency versions the Spring Boot 4 BOM manages (this module imports the BOM before the
 * parent's pins), used as a Boot application uses Jackson: a mapper built with {@code findAndAddModules()} on
 * the class path.
 */
class SpringBootJacksonTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    @Test
    void given_the_boot_bom_when_resolving_jackson_then_databind_is_the_version_boot_manages() throws Exception {
        // given
        String bootJackson = bootManagedJacksonVersion();
        // when
        String resolved = tools.jackson.databind.cfg.PackageVersion.VERSION.toString();
        String resolvedCore = tools.jackson.core.json.PackageVersion.VERSION.toString();
        // then: Boot's version, not our own pin (they differ, so this cannot pass on our pin)
        assertThat(resolved).isEqualTo(bootJackson);
        assertThat(resolvedCore).isEqualTo(bootJackson);
        assertThat(bootJackson).isNotEqualTo(System.getProperty("specdriven.ownJacksonVersion"));
    }

    @Test
    void given_find_and_add_modules_when_building_a_mapper_then_the_spec_json_module_is_registered() {
        // when
        var modules = JsonMapper.builder().findModules();
        // then
        assertThat(modules).hasAtLeastOneElementOfType(SpecJsonModule.class);
        assertThat(MAPPER.registeredModules())
                .extracting(JacksonModule::getModuleName)
                .contains("io.specdriven.json");
    }

    @Test
    void given_the_csv_export_example_when_written_and_read_back_through_the_mapper_then_it_equals_the_original() {
        // given
        Spec original = Examples.csvExport();
        // when
        String json = MAPPER.writeValueAsString(original);
        Spec back = MAPPER.readValue(json, Spec.class);
        // then
        assertThat(back).isEqualTo(original);
        assertThat(MAPPER.readTree(json)).isEqualTo(MAPPER.readTree(SpecJson.toJson(original)));
    }

    @Test
    void given_a_validation_report_when_written_through_the_mapper_then_it_is_the_documented_report_json() {
        // given
        ValidationReport report = SpecValidator.standard().validate(Examples.flawed());
        // when
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(report));
        // then
        assertThat(report.violations()).isNotEmpty();
        assertThat(written).isEqualTo(MAPPER.readTree(SpecJson.toJson(report)));
        assertThat(written.toString()).contains(report.violations().get(0).ruleId());
    }

    /** The {@code jackson-bom.version} property of the Boot BOM the build copied beside the tests. */
    private static String bootManagedJacksonVersion() throws Exception {
        Path bom = Path.of(System.getProperty("specdriven.bootBom"));
        Matcher m = Pattern.compile("<jackson-bom\\.version>([^<]+)</jackson-bom\\.version>")
                .matcher(Files.readString(bom));
        assertThat(m.find()).as("jackson-bom.version in %s", bom).isTrue();
        return m.group(1);
    }
}
