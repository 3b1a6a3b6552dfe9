package io.specdriven.json;

import io.specdriven.core.source.SpecReadException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SpecJsonMalformedTest {

    static List<MalformedCorpus.Case> corpus() {
        return MalformedCorpus.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void refuses_the_document_naming_the_place_and_the_problem_in_one_line(MalformedCorpus.Case c) {
        // when
        SpecReadException e = catchThrowableOfType(SpecReadException.class,
                () -> SpecJson.reader().read(new ByteArrayInputStream(c.bytes()), "x.spec.json"));
        // then
        assertThat(e).as("refused").isNotNull();
        assertThat(e.getMessage()).isEqualTo(c.message());
        assertThat(e.pointer()).isEqualTo(c.pointer());
        assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(400);
        assertThat(e.getMessage().codePoints().filter(SpecJsonMalformedTest::unsafe).toArray())
                .as("control, format (bidi) or separator characters in the message").isEmpty();
        assertThat(e.source()).contains("x.spec.json");
    }

    private static boolean unsafe(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }

    @Test
    void the_corpus_holds_at_least_thirty_documents() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(30);
    }
}
