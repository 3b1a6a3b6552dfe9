package io.specdriven.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.specdriven.benchmarks.plain.PlainCheck;
import io.specdriven.benchmarks.plain.PlainJson;
import io.specdriven.json.SpecJson;
import io.specdriven.testkit.DefectManifest;
import io.specdriven.testkit.SyntheticSpecs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class BenchmarkSpecTest {
    private static final BenchmarkSpec SPEC = BenchmarkSpec.of(1_000);

    @Test
    void the_standard_validator_finds_exactly_the_manifest_of_the_benchmark_spec() {
        assertThat(SPEC.manifest().findings()).hasSizeGreaterThan(100);

        SPEC.requireManifest(Layer.ALL.validator()); // throws if they differ
    }

    @Test
    void a_checker_that_misses_findings_fails_the_manifest_check_so_its_benchmark_does_not_run() {
        assertThatThrownBy(() -> SPEC.requireManifest(Layer.STRUCTURAL.validator()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("differ from its manifest")
                .hasMessageContaining("missing: ");
    }

    @Test
    void the_four_layers_together_find_exactly_what_the_standard_profile_finds() {
        List<String> layered = new ArrayList<>();
        for (Layer layer : List.of(Layer.STRUCTURAL, Layer.REFERENTIAL, Layer.COMPLETENESS, Layer.LANGUAGE)) {
            DefectManifest found = DefectManifest.of(layer.validator().validate(SPEC.spec()));
            assertThat(found.findings()).as(layer.name()).isNotEmpty();
            found.findings().forEach(f -> layered.add(f.toString()));
        }
        List<String> all = new ArrayList<>();
        DefectManifest.of(Layer.ALL.validator().validate(SPEC.spec())).findings().forEach(f -> all.add(f.toString()));

        assertThat(layered).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void the_plain_records_hold_every_field_of_the_document_so_the_baseline_reads_the_same_content() {
        JsonMapper mapper = JsonMapper.builder().build();

        String rewritten = PlainJson.write(PlainJson.read(SPEC.json()));

        assertThat(mapper.readTree(rewritten)).isEqualTo(mapper.readTree(SPEC.json()));
        assertThat(SpecJson.read(rewritten)).isEqualTo(SPEC.spec());
    }

    @Test
    void the_naive_check_is_silent_on_a_clean_spec_and_finds_problems_in_one_with_defects() {
        String clean = SpecJson.toJson(SyntheticSpecs.builder(1_000).defects(0).build().spec());

        assertThat(PlainCheck.problems(PlainJson.read(clean))).isZero();
        assertThat(PlainCheck.problems(PlainJson.read(SPEC.json()))).isPositive();
    }
}
