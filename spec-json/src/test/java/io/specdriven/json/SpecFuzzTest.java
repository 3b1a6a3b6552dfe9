package io.specdriven.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.specdriven.core.AttributeType;
import io.specdriven.core.Spec;
import io.specdriven.core.diff.SpecDiff;
import io.specdriven.core.source.SpecReadException;
import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.validation.Violation;
import io.specdriven.core.view.SpecViews;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;

/**
 * Fuzz targets (issue 14): any bytes read as JSON, and specs built through the public builders from any
 * values, then validated, rendered in every view, diffed and written back. Only a result or a documented
 * exception is acceptable. In a plain {@code mvn verify} each target runs its checked-in inputs
 * ({@code src/test/resources/io/specdriven/json/SpecFuzzTestInputs/<method>/}); docs/robustness.md gives
 * the command for a fuzzing session.
 */
class SpecFuzzTest {
    @FuzzTest(maxDuration = "10m") // a fuzzing session per target; regression mode ignores it
    void any_bytes_read_as_json_give_a_spec_or_a_located_error_and_a_spec_read_goes_through_everything(byte[] bytes) {
        if (bytes == null) return; // Jazzer may pass null to a parameter not marked @NotNull
        Spec spec;
        try {
            spec = SpecJson.read(new ByteArrayInputStream(bytes));
        } catch (SpecReadException expected) { // the reader's documented refusal: a located message
            assertThat(expected.getMessage()).isNotBlank();
            return;
        }
        everything(spec, spec);
        // what was read is written back as the reader reads it
        String json = SpecJson.toJson(spec);
        assertThat(SpecJson.read(json)).isEqualTo(spec);
    }

    @FuzzTest(maxDuration = "10m") // a fuzzing session per target; regression mode ignores it
    void specs_built_from_any_values_validate_render_diff_and_write_or_refuse_with_a_documented_exception(
            FuzzedDataProvider data) {
        Spec a;
        Spec b;
        try {
            a = build(data);
            b = build(data);
        } catch (IllegalArgumentException | IllegalStateException expected) { // builders refuse malformed ids, decimals
            return;
        }
        everything(a, b);
        String json;
        try {
            json = SpecJson.toJson(a);
        } catch (IllegalArgumentException expected) { // documented: a text with an unpaired surrogate
            assertThat(expected.getMessage()).contains("unpaired surrogate");
            return;
        }
        assertThat(SpecJson.read(json)).isEqualTo(a);
    }

    /** Validates in every profile, renders every view, and diffs: none of it may throw. */
    private static void everything(Spec a, Spec b) {
        for (Profile profile : Profile.values()) {
            ValidationReport report = SpecValidator.of(profile).validate(a);
            assertThat(report.violations()).extracting(Violation::ruleId).doesNotContain(SpecValidator.RULE_FAILED);
            assertThat(SpecViews.markdown(a, report)).isNotEmpty();
        }
        assertThat(SpecViews.mermaidErDiagram(a)).isNotEmpty();
        assertThat(SpecViews.mermaidClassDiagram(a)).isNotEmpty();
        assertThat(SpecViews.plantUmlUseCaseDiagram(a)).startsWith("@startuml");
        assertThat(SpecViews.plantUmlClassDiagram(a)).startsWith("@startuml");
        assertThat(SpecViews.gherkin(a)).hasSameSizeAs(a.requirements());
        assertThat(SpecDiff.between(a, a).isEmpty()).isTrue();
        SpecDiff diff = SpecDiff.between(a, b);
        assertThat(diff.toText()).isNotEmpty();
        assertThat(SpecDiff.between(b, a).isEmpty()).isEqualTo(diff.isEmpty());
    }

    /** A spec of fuzzed ids, texts, numbers and references, through the public builders only. */
    private static Spec build(FuzzedDataProvider data) {
        Spec.Builder spec = Spec.builder(data.consumeString(40), data.consumeString(200));
        int parts = data.consumeInt(0, 12);
        for (int i = 0; i < parts; i++) {
            String id = data.consumeString(40);
            switch (data.consumeInt(0, 4)) {
                case 0 -> spec.actor(id, a -> a.name(data.consumeString(100)));
                case 1 -> spec.requirement(id, r -> r.title(data.consumeString(100)).statement(data.consumeString(300))
                        .dependsOn(data.consumeString(20))
                        .criterion(data.consumeString(20), c -> c.given(data.consumeString(100))
                                .when(data.consumeString(100)).then(data.consumeString(100)))
                        .edgeCase(data.consumeString(20), io.specdriven.core.EdgeCaseKind.EMPTY_DATA,
                                c -> c.statement(data.consumeString(100))));
                case 2 -> spec.useCase(id, u -> u.title(data.consumeString(100)).primaryActor(data.consumeString(20))
                        .step(data.consumeString(20), data.consumeString(100)).step("SYSTEM", data.consumeString(100))
                        .realizes(data.consumeString(20)).uses(data.consumeString(20))
                        .include(data.consumeString(20)).extend(data.consumeString(20)));
                case 3 -> spec.entity(id, e -> e.attribute(data.consumeString(50), AttributeType.DECIMAL,
                                a -> a.min(new BigDecimal(data.consumeString(30))).max(data.consumeLong()))
                        .relationship(data.consumeString(30), data.consumeString(20), io.specdriven.core.Cardinality.ONE));
                default -> spec.assumption(data.consumeString(200)).openQuestion(data.consumeString(200));
            }
        }
        return spec.build();
    }
}
