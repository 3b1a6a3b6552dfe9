package io.specdriven.core.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.specdriven.core.Spec;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, the model half: requirements without a statement or title, and criteria with several steps,
 * as the views and the rules see them.
 */
class RealSpecsFitViewsTest {
    /** A Kiro-like requirement: a user story and EARS criteria, no statement; one of them a title only. */
    static Spec storyOnly() {
        return Spec.builder("auth", "User authentication")
                .requirement("1", r -> r.title("User registration")
                        .story("a new user", "to create an account", "I can reach the protected pages")
                        .criterion("1.1", c -> c.given("the registration form is shown", "the email is not taken")
                                .when("the user submits a valid email and a password of 8 characters")
                                .then("the system shall create the account", "the system shall show \"Welcome\"")))
                .requirement("2", r -> r.title("Session timeout"))
                .build();
    }

    @Test
    void a_requirement_without_statement_gets_one_finding_and_no_language_finding_on_the_absent_text() {
        // when
        List<Violation> findings = SpecValidator.standard().validate(storyOnly()).violations();
        // then: the title-only requirement has exactly one finding about its missing statement
        assertThat(findings).filteredOn(v -> v.path().toString().startsWith("requirements[2]"))
                .filteredOn(v -> !v.ruleId().startsWith("criteria.") && !v.ruleId().startsWith("coverage."))
                .extracting(Violation::ruleId, v -> v.path().toString())
                .containsExactly(tuple("requirement.no-statement", "requirements[2]"));
        // and the story-only requirement none: its story stands where the statement is
        assertThat(findings).extracting(Violation::ruleId)
                .doesNotContain("lang.no-normative-keyword", "lang.implementation-detail")
                .containsOnlyOnce("requirement.no-statement");
        assertThat(findings).noneMatch(v -> v.path().toString().endsWith(".statement"));
    }

    @Test
    void gherkin_writes_every_step_with_and_and_a_feature_without_title_keeps_its_id() {
        // when
        List<FeatureFile> files = SpecViews.gherkin(storyOnly());
        // then
        assertThat(files.get(0).content()).contains("""
                    Given the registration form is shown
                    And the email is not taken
                    When the user submits a valid email and a password of 8 characters
                    Then the system shall create the account
                    And the system shall show "Welcome"
                """);
        assertThat(files.get(0).content()).contains("Feature: 1 User registration\n  As a new user, I want to create an"
                + " account, so that I can reach the protected pages.\n");
        assertThat(files.get(1).content()).contains("Feature: 2 Session timeout\n");
    }

    @Test
    void markdown_shows_every_step_and_no_empty_statement() {
        // when
        String md = SpecViews.markdown(storyOnly());
        // then
        assertThat(md).contains("""
                - **Given** the registration form is shown
                - **And** the email is not taken
                - **When** the user submits a valid email and a password of 8 characters
                - **Then** the system shall create the account
                - **And** the system shall show "Welcome"
                """);
        assertThat(md).contains("### 2 — Session timeout\n\n- **Kind:**");
    }

    @Test
    void a_requirement_without_title_shows_its_id_alone() {
        // given
        Spec spec = Spec.builder("s", "S").requirement("FR-001", r -> r.statement("The system shall log in users."))
                .build();
        // then
        assertThat(SpecViews.markdown(spec)).contains("### FR-001\n\nThe system shall log in users.\n")
                .contains("| FR-001 | — |");
        assertThat(SpecViews.gherkin(spec).get(0).content()).contains("Feature: FR-001\n");
        assertThat(SpecViews.junitTests(spec, "p").get(0).content()).contains("// FR-001\n");
    }

    @Test
    void junit_skeleton_comments_show_every_step() {
        // when
        String test = SpecViews.junitTests(storyOnly(), "p").get(0).content();
        // then
        assertThat(test).contains("Given the registration form is shown").contains("And the email is not taken")
                .contains("Then the system shall create the account").contains("And the system shall show \"Welcome\"");
    }

    @Test
    void a_language_finding_on_the_second_step_names_it_by_position() {
        // given: a vague term in the second then step only
        Spec spec = Spec.builder("s", "S").requirement("R-1", r -> r.statement("The system shall save the order.")
                .criterion("AC-1", c -> c.when("the buyer saves").then("the order is stored", "the page loads fast")))
                .build();
        // then
        assertThat(SpecValidator.standard().validate(spec).violations())
                .filteredOn(v -> v.ruleId().equals("lang.vague-term"))
                .extracting(v -> v.path().toString())
                .containsExactly("requirements[R-1].criteria[AC-1].then[1]");
    }
}
