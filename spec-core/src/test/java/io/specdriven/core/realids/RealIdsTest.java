package io.specdriven.core.realids;

import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.core.AttributeType;
import io.specdriven.core.Id;
import io.specdriven.core.Spec;
import io.specdriven.core.diff.ElementKind;
import io.specdriven.core.diff.ElementRef;
import io.specdriven.core.diff.SpecDiff;
import io.specdriven.core.diff.Suspect;
import io.specdriven.core.fixture.RealIdSpecs;
import io.specdriven.core.trace.Traceability;
import io.specdriven.core.validation.ElementPath;
import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.validation.Violation;
import io.specdriven.core.verify.TestResult;
import io.specdriven.core.verify.TestVerdict;
import io.specdriven.core.verify.Verification;
import io.specdriven.core.verify.VerificationStatus;
import io.specdriven.core.view.FeatureFile;
import io.specdriven.core.view.SpecViews;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Ids as real tools write them (issue 9), end to end in the model: built with the builders, validated,
 * traced, diffed and verified. The views are checked with the real parsers in SpecViewsTest, which renders
 * this spec among the others.
 */
class RealIdsTest {
    private static final Spec SPEC = RealIdSpecs.spec();

    @ParameterizedTest
    @EnumSource(Profile.class)
    void real_ids_cause_no_finding_that_plain_ids_do_not_issue_9(Profile profile) {
        // given: the same spec with plain ASCII ids
        SpecValidator validator = SpecValidator.of(profile);
        // when
        ValidationReport real = validator.validate(SPEC);
        ValidationReport plain = validator.validate(RealIdSpecs.plain());
        // then: the same findings, at the same elements
        assertThat(findings(real)).isEqualTo(findings(plain));
        assertThat(real.violations()).extracting(Violation::ruleId).noneMatch(r -> r.startsWith("ref."));
    }

    @Test
    void the_real_id_spec_is_clean_in_the_standard_profile_apart_from_what_it_lacks_on_purpose() {
        assertThat(SpecValidator.standard().validate(SPEC).errors()).isEmpty();
    }

    /** The findings with each path's plain ids turned back into the real ones. */
    private static List<String> findings(ValidationReport report) {
        Map<String, String> back = RealIdSpecs.PLAIN.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        return report.violations().stream().map(v -> v.ruleId() + " " + v.severity() + " " + v.path().segments().stream()
                .map(s -> s.name() + s.key().map(k -> "[" + back.getOrDefault(k, k) + "]").orElse(""))
                .collect(Collectors.joining("."))).sorted().toList();
    }

    @Test
    void element_paths_name_real_ids_and_read_back_issue_9() {
        // given
        ElementPath path = ElementPath.of(SPEC.requirements().get(1), SPEC.requirements().get(1).criteria().get(0));
        // then
        assertThat(path.toString()).isEqualTo("requirements[dsn~cli-option-parsing~2].criteria[scn~cli-option-parsing~1]");
        assertThat(ElementPath.parse(path.toString())).isEqualTo(path);
        ElementPath spaced = ElementPath.of(SPEC.requirements().get(2));
        assertThat(spaced.toString()).isEqualTo("requirements[Validate all specs in one run]");
        assertThat(ElementPath.parse(spaced.toString())).isEqualTo(spaced);
        assertThat(ElementPath.parse("requirements[a\\]b]").segments().get(0).key()).contains("a]b");
    }

    @Test
    void trace_follows_references_written_as_real_ids_issue_9() {
        // when
        Traceability trace = Traceability.of(SPEC);
        // then
        assertThat(trace.requirement(Id.of("Validate all specs in one run")).orElseThrow().useCases())
                .containsExactly(Id.of("UC-003"));
        assertThat(trace.requirement(Id.of("dsn~cli-option-parsing~2")).orElseThrow().criteria())
                .containsExactly(Id.of("scn~cli-option-parsing~1"), Id.of("scn~cli-option-parsing~2"));
        assertThat(trace.requirement(Id.of("FR-001")).orElseThrow().entities())
                .contains(Id.of("Order Line"), Id.of("Größe"));
        assertThat(trace.toMarkdown()).contains("| dsn\\~cli-option-parsing\\~2 |", "Validate all specs in one run");
    }

    @Test
    void diff_and_impact_follow_real_ids_issue_9() {
        // given: the OpenFastTrace-style requirement is changed; the one that depends on it is not
        Spec next = replaceStatement(SPEC, "dsn~cli-option-parsing~2", "The tool shall read every option before it starts.");
        // when
        SpecDiff diff = SpecDiff.between(SPEC, next);
        // then
        assertThat(diff.changes()).extracting(c -> c.element().toString())
                .containsExactly("requirement dsn~cli-option-parsing~2");
        assertThat(diff.impact()).extracting(Suspect::element)
                .contains(new ElementRef(ElementKind.REQUIREMENT, Id.of("Validate all specs in one run")),
                        new ElementRef(ElementKind.USE_CASE, Id.of("UC-003")));
        assertThat(diff.toText()).contains("changed  requirement dsn~cli-option-parsing~2",
                "requirement Validate all specs in one run");
        assertThat(diff.toMarkdown()).contains("dsn\\~cli-option-parsing\\~2");
    }

    private static Spec replaceStatement(Spec spec, String id, String statement) {
        Spec.Builder b = spec.toBuilder().requirements(List.of());
        spec.requirements().forEach(r -> b.requirement(r.id().value().equals(id)
                ? r.toBuilder().statement(statement).build() : r));
        return b.build();
    }

    @Test
    void gherkin_tags_of_ids_with_spaces_are_read_back_as_those_ids_by_verify_issue_9() {
        // given: the tags a Cucumber run of the generated features reports
        List<FeatureFile> features = SpecViews.gherkin(SPEC);
        String feature = features.get(2).content();
        assertThat(feature).startsWith("@Validate_all_specs_in_one_run\nFeature: Validate all specs in one run ")
                .contains("  @All_specs_are_valid\n  Scenario: All specs are valid\n");
        assertThat(features.get(1).content()).startsWith("@dsn~cli-option-parsing~2\n")
                .contains("  @scn~cli-option-parsing~1\n");
        TestResult run = TestResult.builder("features/x.feature;all-specs-are-valid;5", "All specs are valid")
                .verifies("Validate_all_specs_in_one_run").verifies("All_specs_are_valid").verdict(TestVerdict.PASSED)
                .build();
        TestResult ofd = TestResult.builder("t2", "options").verifies("dsn~cli-option-parsing~2")
                .verifies("scn~cli-option-parsing~1").verdict(TestVerdict.FAILED).build();
        // when
        Verification v = Verification.of(SPEC, List.of(run, ofd));
        // then
        assertThat(v.unresolved()).isEmpty();
        assertThat(v.status("All specs are valid")).contains(VerificationStatus.PASSED);
        assertThat(v.status("scn~cli-option-parsing~1")).contains(VerificationStatus.FAILED);
    }

    @Test
    void a_tag_that_would_equal_another_id_gets_a_suffix_and_still_reads_back_issue_9() {
        // given: "a b" maps to the tag of the id "a_b", which keeps its own
        Spec spec = Spec.builder("s", "t")
                .requirement("a b", r -> r.title("t").statement("s").criterion("c d", c -> c.then("x")))
                .requirement("a_b", r -> r.title("t").statement("s").criterion("c\u00A0d", c -> c.then("y")))
                .build();
        // when
        List<String> firstLines = SpecViews.gherkin(spec).stream().map(f -> f.content().lines().findFirst().orElseThrow())
                .toList();
        // then
        assertThat(firstLines).containsExactly("@a_b~2", "@a_b");
        assertThat(SpecViews.gherkin(spec).get(1).content()).contains("@c_d~2\n");
        Verification v = Verification.of(spec, List.of(
                TestResult.builder("1", "x").verifies("a_b~2").verifies("c_d~2").verdict(TestVerdict.PASSED).build()));
        assertThat(v.unresolved()).isEmpty();
        assertThat(v.status("c\u00A0d")).contains(VerificationStatus.PASSED);
        assertThat(v.status("c d")).contains(VerificationStatus.UNTESTED);
    }

    @Test
    void feature_file_names_are_safe_unique_and_bounded_for_any_id_issue_9() {
        // when
        List<FeatureFile> files = SpecViews.gherkin(RealIdSpecs.fileNameTraps());
        // then
        List<String> names = files.stream().map(FeatureFile::fileName).toList();
        assertThat(names.subList(0, 4)).containsExactly("a_b.feature", "a_b-2.feature", "_...feature", "_..feature");
        assertThat(names.get(4)).startsWith("中".repeat(37)).matches("中+-[0-9a-f]{8}\\.feature");
        assertThat(names.get(5)).matches("中+-[0-9a-f]{8}\\.feature").isNotEqualTo(names.get(4));
        assertThat(names.subList(6, 11)).containsExactly("CON_.1.feature", "x_y_.feature", "Gro\u0308sse.feature",
                "Grösse-2.feature", "a b.feature");
        assertThat(names).allSatisfy(n -> {
            assertThat(n.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Gherkin120.BYTES + ".feature".length());
            assertThat(n).doesNotContain("/", "\\", ":", "?", "*", "\"", "<", ">", "|").doesNotStartWith(".");
        });
        assertThat(names.stream().map(String::toLowerCase)).doesNotHaveDuplicates();
    }

    /** The bound of a feature file name's stem, in UTF-8 bytes (documented in SpecViews.gherkin). */
    private static final class Gherkin120 {
        static final int BYTES = 120;
    }

    @Test
    void look_alike_ids_stay_reported_when_they_differ_in_white_space_or_invisible_characters_issue_9() {
        // given: entities people cannot tell apart, and one that is really different
        Spec spec = Spec.builder("s", "t")
                .entity("Order Line", e -> e.attribute("a", AttributeType.STRING))
                .entity("Order  Line", e -> e.attribute("a", AttributeType.STRING))
                .entity("Order\u00A0line", e -> e.attribute("a", AttributeType.STRING))
                .entity("Order \u200BLine", e -> e.attribute("a", AttributeType.STRING))
                .entity("Order Lines", e -> e.attribute("a", AttributeType.STRING))
                .build();
        // when
        List<Violation> lookalikes = SpecValidator.of(Profile.BASIC).validate(spec).violations().stream()
                .filter(v -> v.ruleId().equals("ref.case-collision")).toList();
        // then: each of the three look-alikes is reported against the first, the plural is not
        assertThat(lookalikes).extracting(v -> v.path().toString())
                .containsExactlyInAnyOrder("entities[Order  Line]", "entities[Order\u00A0line]", "entities[Order \u200BLine]");
    }
}
