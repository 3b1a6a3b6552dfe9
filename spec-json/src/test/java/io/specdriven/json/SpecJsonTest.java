package io.specdriven.json;

import io.specdriven.core.source.SpecReadException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.specdriven.core.Spec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpecJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "quotes \" and 'single' and backslashes \\ \\\\ and a slash /",
        "every control character: \u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f"
                + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\u007f",
        "emoji 😀 👩‍💻 🇫🇷 and astral 𝄞 𝐀",
        "right to left: שלום עולם, مرحبا بالعالم, with \u202Eoverride\u202C and \u200Fmarks",
        "combining e\u0301 vs é, zero width \u200B\u200D, BOM \uFEFF, line separators \u2028\u2029",
        "  leading and trailing white space \t ",
        "",
    })
    void text_round_trips_exactly(String text) {
        // given
        Spec spec = Spec.builder("s", text).summary(text).assumption(text).build();
        // when
        String json = SpecJson.toJson(spec);
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        // then
        assertThat(SpecJson.read(json)).isEqualTo(spec);
        assertThat(SpecJson.read(new ByteArrayInputStream(utf8))).isEqualTo(spec);
        assertThat(json.lines()).allSatisfy(line -> assertThat(line).doesNotContainPattern("[\\x00-\\x1f]"));
    }

    @Test
    void writes_control_characters_as_json_escapes() {
        assertThat(SpecJson.toJson(Spec.builder("s", "a\tb\nc\u0001\"\\").build()))
                .contains("\"title\": \"a\\tb\\nc\\u0001\\\"\\\\\"");
    }

    @Test
    void refuses_to_write_an_unpaired_surrogate_rather_than_corrupt_it() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SpecJson.toJson(Spec.builder("s", "broken \uD83D").build()))
                .withMessageContaining("cannot write field 'title'")
                .withMessageContaining("unpaired surrogate \\uD83D");
    }

    @Test
    void accepts_a_utf8_byte_order_mark_and_a_leading_feff_character() {
        // given
        String json = SpecJson.toJson(Fixtures.minimal());
        byte[] withBom = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);
        // then
        assertThat(withBom[0] & 0xff).isEqualTo(0xEF);
        assertThat(SpecJson.read(new ByteArrayInputStream(withBom))).isEqualTo(Fixtures.minimal());
        assertThat(SpecJson.read(new StringReader("\uFEFF" + json))).isEqualTo(Fixtures.minimal());
        assertThat(SpecJson.read("\uFEFF" + json)).isEqualTo(Fixtures.minimal());
    }

    @Test
    void counts_columns_after_a_byte_order_mark_as_an_editor_does() {
        SpecReadException e = catchThrowableOfType(SpecReadException.class, () -> SpecJson.read(
                new ByteArrayInputStream("\uFEFF{\"x\": 1}".getBytes(StandardCharsets.UTF_8))));
        assertThat(e.getMessage()).isEqualTo("1:2: x: unknown field 'x' in a spec; expected $schema, specFormat, id,"
                + " title, version, summary, actors, glossary, requirements, stories, criteria, useCases, entities, assumptions,"
                + " outOfScope, openQuestions, waivers");
    }

    @Test
    void writes_and_reads_a_file_naming_it_in_errors(@TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("x.spec.json");
        Spec spec = Fixtures.rich();
        // when
        SpecJson.write(spec, file);
        // then
        assertThat(Files.readString(file)).isEqualTo(SpecJson.toJson(spec));
        assertThat(SpecJson.read(file)).isEqualTo(spec);
        // and given a broken file
        Files.writeString(file, "{\n  \"specFormat\": 1,\n  \"id\": \"s\",\n  \"title\": \"T\",\n  \"requirements\":"
                + " [{\"id\": \"R\", \"title\": \"t\", \"statement\": \"s\", \"priority\": \"MUSTT\"}]\n}\n");
        SpecReadException e = catchThrowableOfType(SpecReadException.class, () -> SpecJson.read(file));
        assertThat(e.getMessage()).isEqualTo(file + ":5:76: requirements[0].priority: 'MUSTT' is not one of"
                + " MUST, SHOULD, COULD, WONT, HIGH, MEDIUM, LOW, P1, P2, P3, P4, P5 (did you mean MUST?)");
        assertThat(e.source()).contains(file.toString());
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(76);
        assertThat(e.path()).isEqualTo("requirements[0].priority");
        assertThat(e.pointer()).isEqualTo("/requirements/0/priority");
        assertThat(e.problem()).isEqualTo("'MUSTT' is not one of MUST, SHOULD, COULD, WONT, HIGH, MEDIUM, LOW, P1, P2, P3, P4, P5 (did you mean MUST?)");
    }

    @Test
    void reports_a_missing_file_as_an_io_failure_naming_it(@TempDir Path dir) {
        assertThatThrownBy(() -> SpecJson.read(dir.resolve("missing.spec.json")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("missing.spec.json");
    }

    @Test
    void does_not_close_the_callers_streams() {
        // given
        boolean[] closed = new boolean[2];
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        // when
        SpecJson.write(Fixtures.minimal(), out);
        SpecJson.read(new ByteArrayInputStream(out.toByteArray()) {
            @Override
            public void close() {
                closed[1] = true;
            }
        });
        // then
        assertThat(closed).containsExactly(false, false);
    }

    @Test
    void an_embedder_can_raise_a_limit_and_lower_one() {
        // given
        Spec spec = Spec.builder("s", "x".repeat(1_500_000)).build();
        String json = SpecJson.toJson(spec);
        // then
        assertThatThrownBy(() -> SpecJson.read(json)).isInstanceOf(SpecReadException.class)
                .hasMessageContaining("ReadLimits.maxStringLength");
        assertThat(SpecJson.reader(ReadLimits.DEFAULT.withMaxStringLength(2_000_000)).read(json)).isEqualTo(spec);
        assertThatThrownBy(() -> SpecJson.reader(ReadLimits.DEFAULT.withMaxDocumentLength(100)).read(
                new StringReader(SpecJson.toJson(Fixtures.rich())), "rich"))
                .isInstanceOf(SpecReadException.class)
                .hasMessageStartingWith("rich:5:")
                .hasMessageEndingWith("the document is longer than the limit of 100 characters; an embedder can"
                        + " raise ReadLimits.maxDocumentLength");
    }

    @Test
    void every_limit_has_a_wither() {
        // given
        ReadLimits limits = ReadLimits.DEFAULT.withMaxDocumentLength(1000).withMaxStringLength(200)
                .withMaxNumberLength(30).withMaxNestingDepth(3);
        // then
        assertThat(limits).isEqualTo(new ReadLimits(1000, 200, 30, 3));
        String deep = MalformedCorpus.HEAD + "  \"requirements\": [{\"id\": \"R\", \"title\": \"t\", \"statement\": \"s\","
                + " \"criteria\": [{\"id\": \"A\"}]}]\n}";
        assertThatThrownBy(() -> SpecJson.reader(limits).read(deep)).isInstanceOf(SpecReadException.class)
                .hasMessageContaining("deeper than the limit of 3 levels");
        assertThat(SpecJson.reader(limits.withMaxNestingDepth(5)).read(deep).requirements()).hasSize(1);
        String wide = MalformedCorpus.HEAD + "  \"entities\": [{\"name\": \"E\", \"attributes\": [{\"name\": \"a\","
                + " \"type\": \"DECIMAL\", \"min\": " + "1".repeat(40) + "}]}]\n}";
        assertThatThrownBy(() -> SpecJson.reader(limits.withMaxNestingDepth(5)).read(wide)).isInstanceOf(SpecReadException.class)
                .hasMessageContaining("a number is longer than the limit of 30 characters");
        assertThat(SpecJson.reader(ReadLimits.DEFAULT.withMaxNumberLength(40)).read(wide).entities()).hasSize(1);
    }

    @Test
    void counts_columns_in_utf16_code_units_as_editors_do() {
        // given: an emoji is two code units, a combining mark one
        String json = "{\"title\": \"\uD83D\uDE00e\u0301\", \"x\": 1}";
        // when
        SpecReadException e = catchThrowableOfType(SpecReadException.class, () -> SpecJson.read(json));
        // then: '"x"' starts at code unit 19 (code point 18)
        assertThat(e.column()).isEqualTo(19);
        assertThat(e.pointer()).isEqualTo("/x");
    }

    @Test
    void refuses_limits_that_are_not_positive() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReadLimits.DEFAULT.withMaxDocumentLength(0))
                .withMessage("maxDocumentLength must be positive, was 0");
    }

    @Test
    void ships_the_schema_at_its_documented_resource_path() {
        assertThat(SpecJson.schema()).contains("\"$id\": \"" + SpecJson.SCHEMA_URL + "\"");
        assertThat(SpecJson.class.getResource(SpecJson.SCHEMA_RESOURCE)).isNotNull();
    }
}
