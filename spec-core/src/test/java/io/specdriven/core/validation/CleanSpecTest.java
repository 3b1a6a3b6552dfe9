package io.specdriven.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanSpecTest {
    @Test
    void the_clean_fixture_passes_strict_with_score_100() {
        ValidationReport report = SpecValidator.of(Profile.STRICT).validate(Fixtures.clean());
        assertThat(report.violations()).as(report.toString()).isEmpty();
        assertThat(report.score().total()).isEqualTo(100);
    }
}
