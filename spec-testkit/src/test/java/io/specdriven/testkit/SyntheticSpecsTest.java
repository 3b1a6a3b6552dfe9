package io.specdriven.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.specdriven.core.Spec;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.ValidationReport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticSpecsTest {
    private final SpecValidator standard = SpecValidator.standard();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, SyntheticSpecs.DEFAULT_SEED})
    void given_a_spec_without_defects_when_validated_then_the_standard_profile_finds_nothing(long seed) {
        // given
        SyntheticSpec generated = SyntheticSpecs.builder(500).seed(seed).defects(0).build();

        // when
        ValidationReport report = standard.validate(generated.spec());

        // then
        assertThat(report.violations()).isEmpty();
        assertThat(generated.manifest().findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, SyntheticSpecs.DEFAULT_SEED})
    void given_injected_defects_when_validated_then_the_findings_match_the_manifest_exactly(long seed) {
        // given
        SyntheticSpec generated = SyntheticSpecs.builder(1_000).seed(seed).defects(3).build();

        // when
        DefectManifest found = DefectManifest.of(standard.validate(generated.spec()));

        // then
        assertThat(generated.manifest().differences(found)).isEmpty();
        assertThat(found.findings()).hasSize(3 * Defect.values().length);
    }

    @Test
    void given_the_default_builder_when_built_then_each_defect_is_injected_once_per_hundred_requirements() {
        // when
        SyntheticSpec generated = SyntheticSpecs.builder(1_000).build();

        // then
        Map<String, Integer> counts = generated.manifest().countsByRule();
        assertThat(counts).containsEntry("lang.vague-term", 10).containsEntry("criteria.failure-no-experience", 10)
                .containsEntry("ref.unresolved", 20); // unresolved realizes and unresolved dependsOn
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(10 * Defect.values().length);
    }

    @Test
    void given_one_defect_kind_when_built_then_only_its_rule_is_expected_and_found() {
        // given
        SyntheticSpec generated = SyntheticSpecs.builder(200).defects(0).defects(Defect.DEPENDENCY_CYCLE, 4).build();

        // when
        DefectManifest found = DefectManifest.of(standard.validate(generated.spec()));

        // then
        assertThat(found.countsByRule()).containsExactly(Map.entry("ref.cycle", 4));
        assertThat(generated.manifest().differences(found)).isEmpty();
    }

    @Test
    void given_the_same_seed_when_generated_twice_then_the_specs_are_equal_and_another_seed_differs() {
        // when
        Spec first = SyntheticSpecs.builder(300).seed(9).build().spec();
        Spec second = SyntheticSpecs.builder(300).seed(9).build().spec();
        Spec other = SyntheticSpecs.builder(300).seed(10).build().spec();

        // then
        assertThat(first).isEqualTo(second);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void given_a_size_when_generated_then_the_spec_has_the_promised_proportions() {
        // when
        Spec spec = SyntheticSpecs.builder(1_000).build().spec();

        // then
        assertThat(spec.requirements()).hasSize(1_000);
        assertThat(spec.useCases()).hasSize(200);
        assertThat(spec.entities()).hasSize(50);
        int criteria = spec.requirements().stream().mapToInt(r -> r.criteria().size()).sum();
        assertThat(criteria).isBetween(3_000, 3_300);
    }

    @Test
    void given_more_defects_than_elements_when_built_then_the_error_says_how_many_fit() {
        assertThatThrownBy(() -> SyntheticSpecs.builder(10).defects(Defect.VAGUE_TERM, 11).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a spec of 10 requirements holds 10 VAGUE_TERM defects on elements of their own, not 11:"
                        + " ask for fewer defects or a bigger spec");
    }

    @Test
    void given_a_manifest_when_written_and_parsed_then_it_is_the_same() {
        // given
        DefectManifest manifest = SyntheticSpecs.builder(500).defects(2).build().manifest();

        // when
        DefectManifest parsed = DefectManifest.parse(manifest.toText());

        // then
        assertThat(parsed).isEqualTo(manifest);
        assertThat(manifest.toText()).startsWith("# ruleId\tseverity\tpath (30 findings)\n");
    }

    @Test
    void given_a_malformed_manifest_line_when_parsed_then_the_error_names_the_line() {
        assertThatThrownBy(() -> DefectManifest.parse("# comment\nref.unresolved\tERROR\tuseCases[UC-1]\nlang.x\tLOUD\tp\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("manifest line 3: unknown severity 'LOUD' (ERROR, WARNING or INFO)");
        assertThatThrownBy(() -> DefectManifest.parse("only one field"))
                .hasMessage("manifest line 1: expected 'ruleId<TAB>severity<TAB>path', got 'only one field'");
    }

    @Test
    void given_the_differences_of_two_manifests_then_missing_and_unexpected_findings_are_told_apart() {
        // given
        DefectManifest expected = DefectManifest.parse("a.b\tERROR\tx\na.b\tERROR\tx\nc.d\tINFO\ty\n");
        DefectManifest found = DefectManifest.parse("a.b\tERROR\tx\ne.f\tWARNING\tz\n");

        // then: sorted by path
        assertThat(expected.differences(found))
                .containsExactly("missing: a.b\tERROR\tx", "missing: c.d\tINFO\ty", "unexpected: e.f\tWARNING\tz");
    }

    @Test
    void given_the_edge_case_shapes_when_validated_then_they_are_as_big_as_asked_and_carry_no_reference_error() {
        // when
        Spec oneTarget = SyntheticSpecs.criteriaOnOneRequirement(2_000);
        Spec chain = SyntheticSpecs.dependsOnChain(2_000);

        // then
        assertThat(oneTarget.requirements().get(0).criteria()).hasSize(2_000);
        assertThat(chain.requirements()).hasSize(2_000);
        assertThat(SpecValidator.standard().validate(chain).violations())
                .noneMatch(v -> v.ruleId().startsWith("ref.") || v.ruleId().startsWith("constraint."));
        assertThat(SyntheticSpecs.tinySpecs(5, 1)).hasSize(5)
                .allSatisfy(t -> assertThat(standard.validate(t.spec()).violations()).isEmpty());
    }

    @Test
    void given_a_spec_when_its_next_version_is_made_then_requirements_are_changed_removed_added_and_moved() {
        // given
        Spec v1 = SyntheticSpecs.builder(1_000).build().spec();

        // when
        Spec v2 = SyntheticSpecs.nextVersion(v1);

        // then: 4 removed, 2 added, the last moved to the front
        assertThat(v2.requirements()).hasSize(998);
        assertThat(v2.requirements().get(0).id().value()).isEqualTo("REQ-NEW-2");
        assertThat(v2.requirement(io.specdriven.core.Id.of("REQ-1")).orElseThrow().statement().orElseThrow())
                .endsWith(" The change is logged.");
    }
}
