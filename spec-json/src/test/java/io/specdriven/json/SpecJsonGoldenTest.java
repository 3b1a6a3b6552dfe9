package io.specdriven.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.core.Spec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the format: the JSON of each fixture is checked in, and any change of output fails here (style
 * 5.3). After a deliberate format change, regenerate with {@code -Dspecdriven.golden.update=true} and
 * review the diff.
 */
class SpecJsonGoldenTest {
    private static final Path SOURCE_DIR = Path.of("src/test/resources/io/specdriven/json/golden");

    static Stream<Arguments> fixtures() {
        return Stream.of(Arguments.of("minimal", Fixtures.minimal()), Arguments.of("rich", Fixtures.rich()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void writes_exactly_the_checked_in_document(String name, Spec spec) throws IOException {
        // given
        String written = SpecJson.toJson(spec);
        if (Boolean.getBoolean("specdriven.golden.update")) {
            Files.writeString(SOURCE_DIR.resolve(name + ".spec.json"), written, StandardCharsets.UTF_8);
        }
        // when
        String golden = golden(name);
        // then
        assertThat(written).isEqualTo(golden);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reads_the_checked_in_document_as_the_fixture(String name, Spec spec) throws IOException {
        assertThat(SpecJson.read(golden(name))).isEqualTo(spec);
    }

    static String golden(String name) throws IOException {
        try (InputStream in = SpecJsonGoldenTest.class.getResourceAsStream("golden/" + name + ".spec.json")) {
            assertThat(in).as("golden file %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
