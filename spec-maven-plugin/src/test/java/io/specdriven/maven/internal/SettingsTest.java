package io.specdriven.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @Test
    void given_a_configuration_file_and_a_profile_parameter_when_resolved_then_the_parameter_wins(@TempDir Path dir)
            throws IOException, ParameterException {
        // given
        Path config = Files.writeString(dir.resolve("specdriven.yaml"), "profile: basic\nfail-on: warning\n");
        // when
        Settings settings = Settings.resolve("strict", null, config.toFile(), dir.toFile());
        // then
        assertThat(settings.settings().profile()).isEqualTo(Profile.STRICT);
        assertThat(settings.settings().failOn()).isEqualTo(Severity.WARNING);
        assertThat(settings.configFile()).contains(Parameters.name(config));
    }

    @Test
    void given_a_configuration_file_with_an_unknown_key_when_named_by_the_parameter_then_the_error_names_it_and_the_line(
            @TempDir Path dir) throws IOException {
        // given
        Path config = Files.writeString(dir.resolve("specdriven.yaml"), "profile: strict\nfail-onn: warning\n");
        // when / then
        assertThatThrownBy(() -> Settings.resolve(null, null, config.toFile(), dir.toFile()))
                .isInstanceOf(ParameterException.class)
                .hasMessageStartingWith("parameter 'configFile': " + Parameters.name(config) + ":2:1: unknown key"
                        + " 'fail-onn'")
                .hasMessageContaining("did you mean 'fail-on'?");
    }

    @Test
    void given_a_configuration_file_found_in_the_project_when_it_is_wrong_then_the_error_names_the_file(
            @TempDir Path dir) throws IOException {
        // given no configFile parameter, and a wrong file in the project's folder (a .git folder ends the search)
        Files.createDirectory(dir.resolve(".git"));
        Files.writeString(dir.resolve("specdriven.yaml"), "profile: strictt\n");
        // when / then
        assertThatThrownBy(() -> Settings.resolve(null, null, null, dir.toFile()))
                .hasMessageStartingWith("configuration file " + Parameters.name(dir.resolve("specdriven.yaml")) + ":1:")
                .hasMessageContaining("did you mean 'strict'?");
    }

    @Test
    void given_no_file_and_no_parameters_when_resolved_then_the_defaults_apply(@TempDir Path dir)
            throws IOException, ParameterException {
        Files.createDirectory(dir.resolve(".git"));
        Settings settings = Settings.resolve(null, null, null, dir.toFile());
        assertThat(settings.describe()).isEqualTo("profile standard, fail-on error");
    }
}
