package io.specdriven.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParametersTest {
    private static final List<String> PROFILES = List.of("basic", "standard", "strict");

    @Test
    void given_no_value_when_read_then_the_parameter_is_unset() throws ParameterException {
        assertThat(Parameters.choice("profile", null, "specdriven.profile", PROFILES)).isEmpty();
    }

    @Test
    void given_a_word_in_another_case_when_read_then_it_is_the_lower_case_choice() throws ParameterException {
        assertThat(Parameters.choice("profile", " Strict ", "specdriven.profile", PROFILES)).contains("strict");
    }

    @Test
    void given_a_misspelt_word_when_read_then_the_error_names_the_parameter_the_choices_and_the_closest() {
        assertThatThrownBy(() -> Parameters.choice("profile", "strictt", "specdriven.profile", PROFILES))
                .isInstanceOf(ParameterException.class)
                .hasMessage("parameter 'profile': 'strictt' is not one of basic, standard, strict — did you mean"
                        + " 'strict'? (set <profile> in the plugin's configuration, or -Dspecdriven.profile)");
    }

    @Test
    void given_a_word_close_to_nothing_when_read_then_the_error_suggests_nothing() {
        assertThatThrownBy(() -> Parameters.choice("failOn", "fatal\u001B[2J", "specdriven.failOn", List.of("error", "warning")))
                .hasMessage("parameter 'failOn': 'fatal\\u001B[2J' is not one of error, warning (set <failOn> in the"
                        + " plugin's configuration, or -Dspecdriven.failOn)");
    }

    @Test
    void given_a_file_below_the_working_directory_when_named_then_the_name_is_relative_to_it() {
        Path cwd = Path.of("").toAbsolutePath();
        assertThat(Parameters.name(new File(cwd.toFile(), "src/main/spec/x.spec.json")))
                .isEqualTo(Path.of("src", "main", "spec", "x.spec.json").toString());
        assertThat(Parameters.name(cwd)).isEqualTo(".");
    }

    @Test
    void given_a_file_elsewhere_when_named_then_the_name_is_absolute_and_normalised() {
        Path outside = Path.of("").toAbsolutePath().getRoot().resolve("elsewhere/a/../b.spec.json");
        assertThat(Parameters.name(outside)).isEqualTo(outside.getRoot().resolve("elsewhere/b.spec.json").toString());
    }
}
