package io.specdriven.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EngineTest {
    private final Engine engine = new Engine(1 << 20, 1000, 100, 64);

    @Test
    void turns_an_unforeseen_failure_into_a_located_error_keeping_the_cause() {
        // given: a body that fails in a way the reader does not foresee, on the second field's value
        ArithmeticException boom = new ArithmeticException("bad\nthing");
        String json = "{\n  \"specFormat\": 1,\n  \"title\": \"T\"\n}";
        // when
        FormatError e = catchThrowableOfType(FormatError.class, () -> engine.read(json, decoder -> {
            decoder.cursor().advance();
            Cursor.ObjectScope o = decoder.cursor().object(Shapes.SPEC);
            o.next();
            o.next();
            throw boom;
        }));
        // then
        assertThat(e).isNotNull();
        assertThat(e.getCause()).isSameAs(boom);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(12);
        assertThat(e.pointer()).isEqualTo("/title");
        assertThat(e.problem()).isEqualTo("cannot read this value (java.lang.ArithmeticException: 'bad\\nthing');"
                + " this is a bug in specdriven, please report it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.5", "-0.50", "1e3", "1E+1000", "1e-1000", "12345e-1003", "0e5", "1e0000000000000007"})
    void a_written_exponent_in_range_is_converted(String number) {
        assertThat(Cursor.writtenExponentIsSmall(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e9999999999", "1e-2147483649", "1E+2147483648", "0.0e1000000000"})
    void a_written_exponent_far_out_of_range_is_refused_before_conversion(String number) {
        assertThat(Cursor.writtenExponentIsSmall(number)).isFalse();
    }
}
