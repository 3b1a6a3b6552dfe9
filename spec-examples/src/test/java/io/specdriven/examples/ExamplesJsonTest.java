package io.specdriven.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.specdriven.core.Spec;
import io.specdriven.json.SpecJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The examples exist twice, as Java and as checked-in JSON; this proves both say the same, byte for byte.
 * After changing an example in Java, regenerate its file with {@code SpecJson.write(Examples.x(), path)}.
 */
class ExamplesJsonTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("csv-export.spec.json", (Supplier<Spec>) Examples::csvExport),
                Arguments.of("webshop.spec.json", (Supplier<Spec>) Examples::webshop),
                Arguments.of("specdriven.spec.json", (Supplier<Spec>) Examples::specdriven),
                Arguments.of("flawed.spec.json", (Supplier<Spec>) Examples::flawed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void the_checked_in_json_reads_as_the_java_example(String file, Supplier<Spec> java) {
        // when
        Spec fromJson = Examples.fromResource(file);
        // then
        assertThat(fromJson).isEqualTo(java.get());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void the_java_example_writes_exactly_the_checked_in_json(String file, Supplier<Spec> java) throws IOException {
        // given
        String checkedIn;
        try (InputStream in = Examples.class.getResourceAsStream(file)) {
            checkedIn = new String(in.readAllBytes(), UTF_8);
        }
        // then
        assertThat(SpecJson.toJson(java.get())).as("regenerate %s from Java", file).isEqualTo(checkedIn);
    }

    @Test
    void the_bundled_names_are_the_good_examples_in_order() {
        assertThat(Examples.bundledNames().stream().map(Examples::fromResource)).containsExactlyElementsOf(Examples.good());
    }

    @Test
    void an_unknown_example_is_named_in_the_error() {
        assertThatIllegalArgumentException().isThrownBy(() -> Examples.fromResource("nope.spec.json"))
                .withMessage("no example named 'nope.spec.json'");
    }
}
