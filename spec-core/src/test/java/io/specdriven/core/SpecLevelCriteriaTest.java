package io.specdriven.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.specdriven.core.diff.ElementKind;
import io.specdriven.core.diff.SpecDiff;
import io.specdriven.core.diff.Suspect;
import io.specdriven.core.trace.Traceability;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.Violation;
import io.specdriven.core.verify.RequirementVerification;
import io.specdriven.core.verify.TestResult;
import io.specdriven.core.verify.TestVerdict;
import io.specdriven.core.verify.Verification;
import io.specdriven.core.verify.VerificationStatus;
import io.specdriven.core.view.SpecViews;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: spec-level stories and criteria, and criteria that name the requirements they verify, nested
 * or not. The edge case of the issue: a spec mixing nested and spec-level criteria for the same requirement.
 */
class SpecLevelCriteriaTest {
    /** A spec-kit-like spec: FR-001 has a nested failure criterion, a story scenario and a measurable outcome. */
    static Spec mixed(String outcome) {
        return Spec.builder("directory", "User directory")
                .requirement("FR-001", r -> r.statement("The system shall list members by name.")
                        .failure("FR-001-F1", c -> c.given("the directory service is down").when("the member opens it")
                                .then("the member sees \"Try again later\"")))
                .requirement("FR-002", r -> r.statement("The system shall show a member's contact details."))
                .story("US-1", s -> s.title("Find a member").priority(Priority.P1)
                        .text("A member looks up another member by name.")
                        .criterion("US-1-AS-1", c -> c.given("3 members").when("the member opens the directory")
                                .then("3 entries are listed").verifies("FR-001")))
                .criterion("SC-001", c -> c.statement(outcome).verifies("FR-001", "FR-002"))
                .build();
    }

    static Spec mixed() {
        return mixed("95 % of searches list their result within 1 second");
    }

    @Test
    void coverage_counts_criteria_that_verify_a_requirement_from_a_story_or_the_spec() {
        // when
        List<Violation> findings = SpecValidator.standard().validate(mixed()).violations();
        // then: FR-001's only nested criterion is a failure, but the story's scenario is its SUCCESS criterion;
        // FR-002 has no nested criterion, but SC-001 verifies it
        assertThat(findings).filteredOn(v -> v.ruleId().equals("criteria.no-success")).isEmpty();
        assertThat(findings).extracting(Violation::ruleId).doesNotContain("ref.unresolved");
    }

    @Test
    void a_verifies_reference_to_no_requirement_is_unresolved_where_it_stands() {
        // given
        Spec spec = mixed().toBuilder().criterion("SC-002", c -> c.statement("1 export a day").verifies("FR-404"))
                .build();
        // then
        assertThat(SpecValidator.of(io.specdriven.core.validation.Profile.BASIC).validate(spec).violations())
                .filteredOn(v -> v.ruleId().equals("ref.unresolved"))
                .extracting(v -> v.path().toString()).containsExactly("criteria[SC-002].verifies[FR-404]");
    }

    @Test
    void findings_on_story_and_spec_criteria_name_them_by_path() {
        // given: a story scenario with a when but no then, and a spec criterion without outcome
        Spec spec = Spec.builder("s", "S").requirement("R-1", r -> r.statement("The system shall save."))
                .story("US-1", s -> s.criterion("AS-1", c -> c.when("the user saves").statement("saved").verifies("R-1")))
                .criterion(AcceptanceCriterion.builder("SC-1").given("a day").build())
                .build();
        // then
        assertThat(SpecValidator.standard().validate(spec).violations())
                .filteredOn(v -> v.ruleId().equals("criteria.when-without-then")
                        || v.ruleId().equals("structure.criterion-outcome"))
                .extracting(Violation::ruleId, v -> v.path().toString())
                .containsExactlyInAnyOrder(tuple("criteria.when-without-then", "stories[US-1].criteria[AS-1]"),
                        tuple("structure.criterion-outcome", "criteria[SC-1]"));
    }

    @Test
    void the_trace_lists_every_criterion_of_a_requirement_its_own_first() {
        // when
        Traceability trace = Traceability.of(mixed());
        // then
        assertThat(trace.requirement(Id.of("FR-001")).orElseThrow().criteria()).extracting(Id::value)
                .containsExactly("FR-001-F1", "US-1-AS-1", "SC-001");
        assertThat(trace.requirement(Id.of("FR-002")).orElseThrow().criteria()).extracting(Id::value)
                .containsExactly("SC-001");
    }

    @Test
    void verification_rolls_a_requirements_status_up_over_criteria_that_verify_it_from_anywhere() {
        // given: the nested and the story criterion pass, the spec-level outcome fails
        List<TestResult> results = List.of(
                TestResult.builder("t1", "T.nested").verifies("FR-001-F1").verdict(TestVerdict.PASSED).build(),
                TestResult.builder("t2", "T.story").verifies("US-1-AS-1").verdict(TestVerdict.PASSED).build(),
                TestResult.builder("t3", "T.outcome").verifies("SC-001").verdict(TestVerdict.FAILED).build());
        // when
        Verification v = Verification.of(mixed(), results);
        // then
        assertThat(v.requirements()).extracting(r -> r.id().value(), RequirementVerification::status)
                .containsExactly(tuple("FR-001", VerificationStatus.FAILED), tuple("FR-002", VerificationStatus.FAILED));
        assertThat(v.criteria()).extracting(e -> e.name())
                .containsExactly("FR-001-F1", "US-1-AS-1", "SC-001");
        assertThat(v.orphans()).isEmpty();
    }

    @Test
    void a_changed_spec_level_criterion_makes_the_requirements_it_verifies_suspect() {
        // when
        SpecDiff diff = SpecDiff.between(mixed(), mixed("99 % of searches list their result within 1 second"));
        // then
        assertThat(diff.changes()).extracting(c -> c.element().kind(), c -> c.element().id().value())
                .containsExactly(tuple(ElementKind.CRITERION, "SC-001"));
        assertThat(diff.impact()).extracting(Suspect::element)
                .extracting(e -> e.kind(), e -> e.id().value())
                .contains(tuple(ElementKind.REQUIREMENT, "FR-001"), tuple(ElementKind.REQUIREMENT, "FR-002"));
    }

    @Test
    void markdown_shows_the_stories_and_the_spec_criteria() {
        // when
        String md = SpecViews.markdown(mixed());
        // then
        assertThat(md).contains("[Stories](#stories) · [Criteria of the spec](#criteria-of-the-spec)")
                .contains("## Stories\n\n### US-1 — Find a member\n\nA member looks up another member by name.\n\n"
                        + "- **Priority:** P1\n\n**US-1-AS-1**\n\n- **Given** 3 members\n")
                .contains("- **Verifies:** FR-001\n")
                .contains("## Criteria of the spec\n\n**SC-001**\n\n- 95 % of searches list their result within 1"
                        + " second\n- **Verifies:** FR-001, FR-002\n");
    }

    @Test
    void a_spec_without_stories_or_spec_criteria_renders_as_before() {
        // given
        Spec plain = Spec.builder("s", "S").requirement("R-1", r -> r.title("T").statement("The system shall save."))
                .build();
        // then: no empty section, no entry in the contents
        assertThat(SpecViews.markdown(plain)).doesNotContain("Stories").doesNotContain("Criteria of the spec");
    }
}
