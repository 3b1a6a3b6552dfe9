package io.specdriven.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.core.AttributeType;
import io.specdriven.core.Spec;
import io.specdriven.testkit.SpecGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecJsonRoundTripTest {
    private static final int SPECS = 300;

    @Test
    void reading_what_was_written_gives_an_equal_spec_and_the_same_bytes_for_hundreds_of_random_specs() {
        for (long seed = 1; seed <= SPECS; seed++) {
            // given
            Spec spec = new SpecGenerator(seed).spec();
            // when
            String json = SpecJson.toJson(spec);
            Spec read = SpecJson.read(json);
            // then
            assertThat(read).as("seed %d", seed).isEqualTo(spec);
            assertThat(SpecJson.toJson(read)).as("seed %d", seed).isEqualTo(json);
        }
    }

    @Test
    void the_most_extreme_decimals_the_model_accepts_are_written_as_the_default_reader_reads_them_issue_14() {
        // given: each limit of the model reached, in both signs and both exponent directions
        List<BigDecimal> extremes = List.of(new BigDecimal("-9." + "9".repeat(91) + "E+1000"),
                new BigDecimal("9." + "9".repeat(91) + "E-1000"), new BigDecimal("1E+1000"), new BigDecimal("-1E-1000"),
                new BigDecimal("0E+1000"), new BigDecimal("0E-1000"), new BigDecimal("-0.000001" + "1".repeat(91)),
                new BigDecimal("1".repeat(100)));
        for (BigDecimal value : extremes) {
            Spec spec = Spec.builder("d", "D").entity("E", e -> e.attribute("a", AttributeType.DECIMAL,
                    a -> a.min(value).max(value))).build();
            // when
            String json = SpecJson.toJson(spec);
            // then
            assertThat(SpecJson.read(json)).as("%s", value).isEqualTo(spec);
            assertThat(SpecJson.toJson(SpecJson.read(json))).isEqualTo(json);
        }
    }

    @Test
    void every_input_kind_reads_the_same_spec_and_every_output_kind_writes_the_same_bytes() throws Exception {
        // given
        Spec spec = new SpecGenerator(42).spec();
        String json = SpecJson.toJson(spec);
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        // when
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SpecJson.write(spec, bytes);
        // then
        assertThat(bytes.toByteArray()).isEqualTo(utf8);
        assertThat(SpecJson.read(new ByteArrayInputStream(utf8))).isEqualTo(spec);
        assertThat(SpecJson.read(new StringReader(json))).isEqualTo(spec);
        assertThat(json).endsWith("}\n").doesNotContain("\r\n  ");
    }
}
