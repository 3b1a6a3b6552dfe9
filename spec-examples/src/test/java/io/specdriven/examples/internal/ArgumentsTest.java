package io.specdriven.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.examples.internal.Invocation.Check;
import io.specdriven.examples.internal.Invocation.Format;
import io.specdriven.examples.internal.Invocation.Help;
import io.specdriven.examples.internal.Invocation.UsageError;
import io.specdriven.examples.internal.Invocation.Version;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    private static Invocation parse(String... args) {
        return Arguments.parse(List.of(args));
    }

    @Test
    void check_without_options_uses_the_defaults() {
        // when
        Invocation invocation = parse("check", "a.spec.json");
        // then
        assertThat(invocation).isEqualTo(new Check(Invocation.Options.defaults(), List.of("a.spec.json")));
    }

    @Test
    void options_may_come_before_or_after_files_and_with_an_equals_sign() {
        // when
        Invocation invocation = parse("check", "a.json", "--profile=strict", "b.json", "--format", "json",
                "--fail-on", "warning", "--verbose", "--debug");
        // then
        assertThat(invocation).isEqualTo(new Check(
                new Invocation.Options("strict", Format.JSON, Level.WARNING, true, true), List.of("a.json", "b.json")));
    }

    @Test
    void a_double_dash_makes_every_following_argument_a_file() {
        // when
        Invocation invocation = parse("check", "--", "--profile", "-x.json");
        // then
        assertThat(((Check) invocation).files()).containsExactly("--profile", "-x.json");
    }

    @Test
    void help_and_version_have_their_long_and_short_forms() {
        assertThat(parse("--help")).isEqualTo(new Help(Optional.empty()));
        assertThat(parse("-h")).isEqualTo(new Help(Optional.empty()));
        assertThat(parse("help")).isEqualTo(new Help(Optional.empty()));
        assertThat(parse("help", "check")).isEqualTo(new Help(Optional.of("check")));
        assertThat(parse("check", "x.json", "-h")).isEqualTo(new Help(Optional.of("check")));
        assertThat(parse("--version")).isEqualTo(new Version());
        assertThat(parse("-V")).isEqualTo(new Version());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "''                         | no command given — try 'spec check' or 'spec --help'",
        "chek                       | unknown command 'chek' — did you mean 'check'?",
        "deploy                     | unknown command 'deploy'",
        "--verison                  | unknown option '--verison' — did you mean '--version'? — options follow the command, as in 'spec check --verison'",
        "check --profle strict      | unknown option '--profle' for check — did you mean '--profile'?",
        "check --profile lax        | option '--profile': 'lax' is not one of basic, standard or strict",
        "check --format xml         | option '--format': 'xml' is not one of text or json",
        "check --fail-on info       | option '--fail-on': 'info' is not one of error or warning",
        "check --format             | option '--format' needs a value: text or json",
        "check --verbose=yes        | option '--verbose' takes no value",
        "help chekc                 | no help for 'chekc' — did you mean 'check'? — commands are check, help",
        "--help check               | unexpected argument 'check' after '--help'",
    })
    void usage_errors_say_what_is_wrong_and_suggest_a_fix(String line, String message) {
        // when
        Invocation invocation = Arguments.parse(line.isEmpty() ? List.of() : List.of(line.split(" ")));
        // then
        assertThat(invocation).isEqualTo(new UsageError(message));
    }

    @Test
    void a_typed_control_character_is_escaped_in_the_error() {
        assertThat(parse("\u001B[2Jchek")).isEqualTo(new UsageError("unknown command '\\u001B[2Jchek'"));
    }
}
