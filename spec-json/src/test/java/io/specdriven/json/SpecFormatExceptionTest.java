package io.specdriven.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.json.internal.FormatError;
import org.junit.jupiter.api.Test;

class SpecFormatExceptionTest {
    @Test
    void keeps_the_cause_of_an_unforeseen_failure_found_in_review() {
        // given
        IllegalStateException cause = new IllegalStateException("x");
        // when
        SpecFormatException e = new SpecFormatException("a.json",
                new FormatError(2, 3, "/id", "id", "cannot read this value", cause));
        // then
        assertThat(e.getCause()).isSameAs(cause);
        assertThat(e.getMessage()).isEqualTo("a.json:2:3: id: cannot read this value");
    }

    @Test
    void an_expected_refusal_has_no_cause() {
        assertThat(new SpecFormatException(null, new FormatError(1, 1, "", "", "p")).getCause()).isNull();
    }
}
