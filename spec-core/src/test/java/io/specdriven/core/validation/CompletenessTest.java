package io.specdriven.core.validation;

import static io.specdriven.core.validation.Fixtures.req;
import static io.specdriven.core.validation.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.AttributeType;
import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.Waiver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Profiles, settings, waivers, score and determinism of the completeness rules. */
class CompletenessTest {
    static final SpecValidator STANDARD = SpecValidator.standard();
    static final SpecValidator STRICT = SpecValidator.of(Profile.STRICT);

    static Spec withStatement(String statement) {
        return req(r -> with(r, "statement", statement)).apply(Fixtures.clean());
    }

    static List<String> ids(ValidationReport report) {
        return report.violations().stream().map(Violation::ruleId).toList();
    }

    @Test
    void a_brand_new_spec_gets_a_short_prioritised_list() {
        // given
        Spec spec = Spec.builder("new", "Loyalty points").build();

        // when
        ValidationReport report = STANDARD.validate(spec);

        // then: three spec-level findings, not one per missing detail
        assertThat(report.bySeverity()).extracting(Violation::ruleId, Violation::severity).containsExactly(
                tuple("spec.no-requirements", Severity.WARNING),
                tuple("spec.no-use-cases", Severity.WARNING),
                tuple("spec.no-entities", Severity.INFO));
        assertThat(SpecValidator.of(Profile.BASIC).validate(spec).violations()).isEmpty();
    }

    @Test
    void an_empty_spec_validates_without_error_under_standard_and_with_errors_under_strict_issue_2() {
        Spec spec = Spec.builder("empty", "Nothing yet").build();

        ValidationReport standard = SpecValidator.standard().validate(spec);
        ValidationReport strict = STRICT.validate(spec);

        assertThat(standard.errors()).isEmpty();
        assertThat(standard.isValid()).isTrue();
        assertThat(standard.orThrow()).isSameAs(standard);
        assertThat(strict.errors()).extracting(Violation::ruleId)
                .containsExactly("spec.no-entities", "spec.no-requirements", "spec.no-use-cases");
        assertThat(strict.isValid()).isFalse();
    }

    @Test
    void requirements_without_use_cases_get_one_finding_not_one_per_requirement() {
        Spec.Builder b = Spec.builder("big", "Big").entity("Order", e -> e.attribute("n", AttributeType.IDENTIFIER));
        for (int i = 0; i < 50; i++) {
            int k = i;
            b.requirement("REQ-" + i, r -> r.title("t").statement("The system shall keep 1 order.")
                    .criterion("AC-" + k, c -> c.then("1 order is kept")));
        }

        assertThat(ids(STANDARD.validate(b.build()))).doesNotContain("coverage.unrealized-requirement",
                "coverage.unused-entity").contains("spec.no-use-cases");
    }

    @Test
    void pins_the_vague_term_message_and_hint() {
        ValidationReport report = STANDARD.validate(withStatement("The export shall be fast."));

        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.toString()).isEqualTo("WARNING lang.vague-term requirements[REQ-1].statement: 'fast' is not"
                    + " measurable (\"…export shall be fast.\") (hint: state a number with a unit, e.g. 'within 2 s for"
                    + " 10,000 rows')");
            assertThat(v.hint()).contains("state a number with a unit, e.g. 'within 2 s for 10,000 rows'");
        });
    }

    @Test
    void lexicon_terms_match_whole_words_in_any_case_and_punctuation() {
        assertThat(ids(STANDARD.validate(withStatement("The system shall sort by fastener size within 2 s."))))
                .doesNotContain("lang.vague-term");
        for (String fast : List.of("FAST", "Fast,", "(fast)", "'fast'", "fast!", "ＦＡＳＴ")) {
            assertThat(STANDARD.validate(withStatement("The system shall be " + fast + " for 2 rows")).violations())
                    .as(fast).extracting(Violation::ruleId).containsExactly("lang.vague-term");
        }
    }

    @Test
    void acronyms_and_names_match_only_in_their_case_so_ordinary_english_does_not_fire() {
        for (String phrase : List.of("keep the rest of the rows", "react to a click", "sell soap in spring",
                "add the item to the todo list", "allow a restful pause", "let the bear hibernate",
                "draw an angular shape", "let the docker unload the crate", "mend the spring boot of the rack",
                "show the Rest of the rows", "let a Todo item wait")) {
            assertThat(STANDARD.validate(withStatement("The system shall " + phrase + " within 2 s.")).violations())
                    .as(phrase).isEmpty();
        }
    }

    @Test
    void acronyms_and_names_in_their_case_still_fire() {
        ValidationReport report = STANDARD.validate(withStatement("The system shall answer via REST and ＳＯＡＰ, built"
                + " with Spring Boot and React, within 2 s; TODO."));

        assertThat(report.violations()).extracting(Violation::ruleId, Violation::message).containsExactly(
                tuple("lang.implementation-detail", "'REST' is an implementation detail (\"…shall answer via REST and"
                        + " ＳＯＡＰ, built…\")"),
                tuple("lang.implementation-detail", "'React' is an implementation detail (\"…Spring Boot and React,"
                        + " within 2 s…\")"),
                tuple("lang.implementation-detail", "'Spring Boot' is an implementation detail (\"…ＳＯＡＰ, built with"
                        + " Spring Boot and React, within…\")"),
                tuple("lang.implementation-detail", "'ＳＯＡＰ' is an implementation detail (\"…via REST and ＳＯＡＰ,"
                        + " built with Spring…\")"),
                tuple("lang.placeholder", "'TODO' marks unfinished text (\"…within 2 s; TODO.\")"));
        assertThat(report.violations().get(4).hint()).contains("do it now, or move the open point to the spec's open"
                + " questions");
    }

    @Test
    void an_exact_case_term_is_marked_with_an_equals_sign() {
        Lexicon l = Lexicon.parse("=REST | name the need\nrest api\n");

        assertThat(l.terms()).containsExactly("=REST", "rest api");
        assertThat(l.contains("rest")).isTrue();
        assertThat(l.hint("Rest")).contains("name the need");
        assertThat(l.minus("rest").terms()).containsExactly("rest api");
        assertThat(Lexicon.of("=Acme").plus("acme").terms()).containsExactly("acme");
        SpecValidator team = SpecValidator.builder().profile(Profile.STANDARD)
                .lexicon(LexiconKind.IMPLEMENTATION_TERMS, Lexicon.of("=Acme", "=ACME DB")).build();
        assertThat(team.validate(withStatement("The system shall keep 1 acme, the Acme and the ACME DB."))
                .violations()).extracting(Violation::message).containsExactly(
                        "'ACME DB' is an implementation detail (\"…Acme and the ACME DB.\")",
                        "'Acme' is an implementation detail (\"…1 acme, the Acme and the ACME…\")");
        assertThatIllegalArgumentException().isThrownBy(() -> Lexicon.of("="))
                .withMessage("lexicon term 1: '=' has no word or symbol to match");
    }

    @Test
    void a_soft_hyphen_or_joiner_inside_a_word_does_not_split_it() {
        // given: "something" and "fastener" with invisible characters inside, "fast" with one around it
        for (String word : List.of("some\u00ADthing", "fast\u200Dener", "fas\u00ADtener", "\u200Esome\u2060thing\u00AD")) {
            assertThat(ids(STANDARD.validate(withStatement("The system shall keep " + word + " for 2 rows."))))
                    .as(word).isEmpty();
        }
        // then: invisible characters neither hide a term nor make one
        assertThat(STANDARD.validate(withStatement("The system shall be f\u00ADast\u00AD for 2 rows.")).violations())
                .extracting(Violation::message).containsExactly("'f\u00ADast' is not measurable (\"…system shall be"
                        + " f\u00ADast\u00AD for 2 rows…\")");
        assertThat(ids(STANDARD.validate(withStatement("The system shall keep some\u200Bthing for 2 rows."))))
                .containsExactly("lang.vague-term");
    }

    @Test
    void multi_word_and_punctuation_terms_match_across_spacing_and_hyphens() {
        ValidationReport report = STANDARD.validate(withStatement(
                "The system shall, as  soon\nas possible, send a user friendly note and/or 1 mail; TBD ???"));

        assertThat(report.violations()).extracting(Violation::ruleId, Violation::message).containsExactly(
                tuple("lang.placeholder", "'???' marks unfinished text (\"…1 mail; TBD ???\")"),
                tuple("lang.placeholder", "'TBD' marks unfinished text (\"…or 1 mail; TBD ???\")"),
                tuple("lang.vague-term", "'and/or' is not measurable (\"…user friendly note and/or 1 mail; TBD…\")"),
                tuple("lang.vague-term", "'as soon as possible' is not measurable (\"The system shall, as soon as"
                        + " possible, send a user…\")"),
                tuple("lang.vague-term", "'user friendly' is not measurable (\"…possible, send a user friendly note and/or…\")"));
    }

    @Test
    void text_in_other_scripts_is_checked_without_crashing() {
        String text = "系统应当在2秒内导出 — التصدير سريع — e\u0301te\u0301 🙂👍🏽 — ｆａｓｔ";
        ValidationReport report = STANDARD.validate(withStatement("The system shall export: " + text));

        assertThat(report.violations()).extracting(Violation::ruleId).containsExactly("lang.vague-term");
        SpecValidator chinese = SpecValidator.builder().profile(Profile.STANDARD)
                .lexicon(LexiconKind.VAGUE_TERMS, Lexicon.of("尽快", "سريع")).build();
        assertThat(chinese.validate(withStatement("The system shall export 尽快 and سريع.")).violations())
                .extracting(Violation::message).containsExactly(
                        "'سريع' is not measurable (\"…export 尽快 and سريع.\")",
                        "'尽快' is not measurable (\"…system shall export 尽快 and سريع.\")");
    }

    @Test
    void lexicons_are_replaced_and_extended_on_the_builder() {
        Lexicon vague = Lexicon.builtIn(LexiconKind.VAGUE_TERMS).plus(Lexicon.parse("# team words\nsnappy | say 200 ms"))
                .minus("FAST");
        SpecValidator team = SpecValidator.builder().profile(Profile.STANDARD).lexicon(LexiconKind.VAGUE_TERMS, vague)
                .lexicon(LexiconKind.IMPLEMENTATION_TERMS, Lexicon.of("HTTP <number>")).build();

        ValidationReport report = team.validate(withStatement("The system shall be fast and snappy; it returns HTTP 404"
                + " via REST."));

        assertThat(report.violations()).extracting(Violation::message, v -> v.hint().orElseThrow()).containsExactly(
                tuple("'HTTP 404' is an implementation detail (\"…snappy; it returns HTTP 404 via REST.\")",
                        "say what the user or the business needs and leave the technology to the design; if it is"
                                + " mandated, make this a CONSTRAINT requirement"),
                tuple("'snappy' is not measurable (\"…be fast and snappy; it returns HTTP…\")", "say 200 ms"));
    }

    @Test
    void the_lexicon_format_and_values() {
        Lexicon l = Lexicon.parse("# comment\n\nTBD | decide\n  and/or  \n");

        assertThat(l.terms()).containsExactly("TBD", "and/or");
        assertThat(l.hint("tbd")).contains("decide");
        assertThat(l.hint("and / or")).isEmpty();
        assertThat(l.contains("AND/OR")).isTrue();
        assertThat(l).isEqualTo(Lexicon.parse("TBD | decide\nand/or")).isNotEqualTo(Lexicon.of("TBD", "and/or"));
        assertThat(Lexicon.builtIn(LexiconKind.PLACEHOLDERS).contains("[NEEDS CLARIFICATION")).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> Lexicon.parse("ok\n - \n"))
                .withMessage("lexicon line 2: '-' has no word or symbol to match");
    }

    @Test
    void thresholds_and_edge_case_kinds_are_settings() {
        Spec spec = Fixtures.clean();
        SpecValidator tight = SpecValidator.builder().profile(Profile.STRICT).maxSuccessCriteria(1).minEdgeCases(7)
                .minFailureModes(2).minMainFlowSteps(3).edgeCaseKinds(EdgeCaseKind.OTHER).build();
        SpecValidator loose = SpecValidator.builder().profile(Profile.STRICT).minEdgeCases(0).minFailureModes(0)
                .edgeCaseKinds().build();

        assertThat(ids(tight.validate(spec))).containsExactly("edge.missing-kinds", "edge.no-failure-mode",
                "edge.too-few", "usecase.short-main-flow");
        assertThat(ids(tight.validate(Fixtures.withoutCriteria("AC-2", "AC-3", "AC-4", "AC-5", "AC-6", "AC-7")
                .apply(spec)))).contains("edge.too-few");
        assertThat(loose.validate(Fixtures.withoutCriteria("AC-2", "AC-3", "AC-4", "AC-5", "AC-6", "AC-7", "AC-8")
                .apply(spec)).violations()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> SpecValidator.builder().maxSuccessCriteria(0))
                .withMessage("maxSuccessCriteria is 0: use 1 or more");
    }

    @Test
    void rules_are_disabled_by_id_family_or_finding_id_and_severities_overridden() {
        Spec spec = withStatement("The export is fast, TBD.");
        SpecValidator quiet = SpecValidator.builder().profile(Profile.STRICT).disable("lang").disable("waiver.unmatched")
                .disable("constraint.Size").severity("spec.no-entities", Severity.INFO).build();

        assertThat(ids(STRICT.validate(spec))).containsExactly("lang.no-normative-keyword", "lang.placeholder",
                "lang.vague-term");
        assertThat(quiet.validate(spec).violations()).isEmpty();
        assertThat(quiet.rules()).extracting(SpecRule::id).noneMatch(id -> id.startsWith("lang.")).contains("constraint");
        ValidationReport tooLong = quiet.validate(Spec.builder("x", "x").requirement("R", r -> r
                .title("x".repeat(201)).statement("The system shall keep 1 order.")).build());
        assertThat(tooLong.violations()).extracting(Violation::ruleId, Violation::severity)
                .contains(tuple("spec.no-entities", Severity.INFO));
        assertThat(ids(tooLong)).doesNotContain("constraint.Size");
        assertThatIllegalArgumentException().isThrownBy(() -> SpecValidator.builder().profile(Profile.BASIC)
                .disable("lang.vague-term").build()).withMessageStartingWith("cannot disable 'lang.vague-term'");
    }

    @Test
    void id_prefixes_are_a_convention_only_when_configured() {
        Spec spec = Fixtures.clean();
        SpecValidator prefixed = SpecValidator.builder().profile(Profile.STANDARD)
                .idPrefix(IdSpaceKind.REQUIREMENT, "FR-", "NFR-").idPrefix(IdSpaceKind.USE_CASE, "UC-")
                .idPrefix(IdSpaceKind.CRITERION).build();

        assertThat(STANDARD.validate(spec).violations()).isEmpty();
        assertThat(prefixed.validate(spec).violations()).extracting(v -> v.path().toString(), Violation::message)
                .containsExactly(tuple("requirements[REQ-1]", "the requirement id 'REQ-1' does not start with FR- or"
                        + " NFR-, the prefix configured for requirements"));
    }

    @Test
    void entities_are_recognised_by_plural_any_case_and_split_words() {
        Spec spec = Spec.builder("s", "s")
                .entity("ReportRow", e -> e.attribute("n", AttributeType.IDENTIFIER))
                .entity("Category", e -> e.attribute("n", AttributeType.IDENTIFIER))
                .entity("Box", e -> e.attribute("n", AttributeType.IDENTIFIER))
                .useCase("UC-1", u -> u.title("t").step("SYSTEM", "lists the REPORT ROWS, reportrows and Categories")
                        .step("SYSTEM", "fills boxes").step("SYSTEM", "stores the boxer's categorization"))
                .build();

        assertThat(STANDARD.validate(spec).violations()).filteredOn(v -> v.ruleId().equals("consistency.unlisted-entity"))
                .extracting(v -> v.path().toString(), Violation::message).containsExactly(
                        tuple("useCases[UC-1].mainFlow[1].action", "step 1 names the entity Category, which the use"
                                + " case does not list in uses"),
                        tuple("useCases[UC-1].mainFlow[1].action", "step 1 names the entity ReportRow, which the use"
                                + " case does not list in uses"),
                        tuple("useCases[UC-1].mainFlow[2].action", "step 2 names the entity Box, which the use case"
                                + " does not list in uses"));
    }

    @Test
    void a_glossary_term_hides_the_synonym_inside_it() {
        Spec spec = Fixtures.clean().toBuilder().term("Purchase order", "An order to a supplier", "order form").build();
        Spec firing = req(r -> with(r, "statement", "When the buyer sends the Order Form and the purchase order,"
                + " the system shall charge the card within 5 s.")).apply(spec);

        assertThat(STANDARD.validate(firing).violations()).extracting(Violation::message).containsExactly(
                "'Order Form' is a synonym the glossary avoids: the term is 'Purchase order'");
    }

    @Test
    void an_ears_statement_needs_no_normative_keyword() {
        assertThat(ids(STANDARD.validate(withStatement("When the buyer confirms, the system charges the card within"
                + " 5 s.")))).isEmpty();
        assertThat(ids(STANDARD.validate(withStatement("The buyer confirms and the card is charged within 5 s."))))
                .containsExactly("lang.no-normative-keyword");
    }

    @Test
    void an_ears_statement_needs_a_subject_and_a_response_after_its_condition() {
        for (String ears : List.of("If the card is declined, then it shows 'Declined' within 5 s.",
                "While the shop is closed, each order waits in the queue for 1 day.")) {
            assertThat(ids(STANDARD.validate(withStatement(ears)))).as(ears).isEmpty();
        }
        for (String notEars : List.of("Where the shop is closed, 5 orders.", "When ready, quick.", "If, the system"
                + " charges the card within 5 s.", "When the buyer confirms, the system.")) {
            assertThat(ids(STANDARD.validate(withStatement(notEars)))).as(notEars).contains("lang.no-normative-keyword");
        }
        assertThat(ids(STANDARD.validate(withStatement("Where possible, fast.")))).containsExactly(
                "lang.no-normative-keyword", "lang.vague-term", "lang.vague-term");
    }

    @Test
    void a_failure_that_only_says_what_can_happen_does_not_say_what_the_user_experiences() {
        Spec spec = Fixtures.criterion("AC-8", c -> with(c, "then", Optional.of("the export can fail and cannot be"
                + " resumed"))).apply(Fixtures.clean());

        assertThat(ids(STANDARD.validate(spec))).containsExactly("criteria.failure-no-experience");
        assertThat(ids(STANDARD.validate(Fixtures.criterion("AC-8", c -> with(c, "then", Optional.of("the order is"
                + " cancelled and the buyer receives an e-mail saying why"))).apply(Fixtures.clean())))).isEmpty();
        assertThat(Lexicon.builtIn(LexiconKind.USER_EXPERIENCE).terms()).doesNotContain("can", "cannot", "receive",
                "receives").contains("sees", "retry");
    }

    @Test
    void descriptions_built_from_settings_put_their_nouns_in_the_right_number() {
        SpecValidator one = SpecValidator.builder().profile(Profile.STANDARD).maxSuccessCriteria(1).minEdgeCases(1)
                .minFailureModes(1).minMainFlowSteps(1).build();
        SpecValidator two = SpecValidator.builder().profile(Profile.STANDARD).maxSuccessCriteria(2).minEdgeCases(2)
                .minFailureModes(2).minMainFlowSteps(2).build();

        assertThat(descriptions(one)).containsExactly(
                "A requirement has at most 1 SUCCESS criterion (setting max).",
                "A spec has at least 1 EDGE_CASE criterion (setting min).",
                "A spec has at least 1 FAILURE criterion (setting min): what the user experiences when"
                        + " something goes wrong.",
                "A main flow has at least 1 step (setting min).");
        assertThat(descriptions(two)).containsExactly(
                "A requirement has at most 2 SUCCESS criteria (setting max).",
                "A spec has at least 2 EDGE_CASE criteria (setting min).",
                "A spec has at least 2 FAILURE criteria (setting min): what the user experiences when"
                        + " something goes wrong.",
                "A main flow has at least 2 steps (setting min).");
        Spec twoSuccesses = Fixtures.req(r -> with(r, "criteria", List.of(r.criteria().get(0),
                with(r.criteria().get(0), "id", io.specdriven.core.Id.of("AC-9"))))).apply(Fixtures.clean());
        assertThat(one.validate(twoSuccesses).violations()).filteredOn(v -> v.ruleId().equals("criteria.too-many-success"))
                .singleElement().satisfies(v -> assertThat(v.hint()).contains("split it into requirements with at most"
                        + " 1 success criterion each"));
    }

    static List<String> descriptions(SpecValidator v) {
        List<String> ids = List.of("criteria.too-many-success", "edge.too-few", "edge.no-failure-mode",
                "usecase.short-main-flow");
        return ids.stream().map(id -> v.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow()
                .description()).toList();
    }

    @Test
    void the_id_prefix_hint_replaces_the_prefix_an_id_has() {
        Spec spec = Fixtures.clean().toBuilder()
                .requirement("FR-2", r -> r.title("t").statement("The system shall keep 1 order."))
                .requirement("REQ003", r -> r.title("t").statement("The system shall keep 1 order."))
                .requirement("Pay", r -> r.title("t").statement("The system shall keep 1 order.")).build();
        SpecValidator prefixed = SpecValidator.builder().profile(Profile.STANDARD)
                .idPrefix(IdSpaceKind.REQUIREMENT, "REQ-").disable("criteria").disable("coverage").build();

        assertThat(prefixed.validate(spec).violations()).filteredOn(v -> v.ruleId().equals("ids.prefix"))
                .extracting(v -> v.path().toString(), v -> v.hint().orElseThrow()).containsExactly(
                        tuple("requirements[FR-2]", "rename it, e.g. 'REQ-2'"),
                        tuple("requirements[Pay]", "rename it, e.g. 'REQ-Pay'"),
                        tuple("requirements[REQ003]", "rename it, e.g. 'REQ-003'"));
    }

    @Test
    void waived_findings_are_reported_apart_cost_nothing_and_unmatched_waivers_are_reported() {
        // given: a vague statement waived on its requirement, a family waiver on the spec that matches nothing
        Spec spec = req(r -> with(with(r, "statement", "The system shall charge the card fast."), "waivers",
                List.of(Waiver.of("lang.vague-term", "fast is defined in the SLA")))).apply(Fixtures.clean())
                .toBuilder().waive("usecase", "no use case is incomplete").build();

        // when
        ValidationReport report = STRICT.validate(spec);

        // then
        assertThat(report.waived()).extracting(w -> w.violation().ruleId(), w -> w.waivedAt().toString())
                .containsExactly(tuple("lang.vague-term", "requirements[REQ-1]"));
        assertThat(report.violations()).extracting(Violation::ruleId, Violation::severity, v -> v.path().toString())
                .containsExactly(tuple("waiver.unmatched", Severity.ERROR, "waivers[usecase]"));
        assertThat(report.score().deductions()).extracting(Score.Deduction::ruleId).containsExactly("waiver.unmatched");
    }

    @Test
    void the_score_says_which_findings_cost_how_many_points() {
        // given: 2 criteria warnings, 1 use case warning, 7 vague terms (capped), 1 placeholder error
        Spec spec = Fixtures.clean().toBuilder()
                .requirement("REQ-2", r -> r.title("x").statement("The system shall be fast, quick, easy, simple,"
                        + " robust, efficient and intuitive, TBD."))
                .build();
        spec = Fixtures.useCase(u -> with(u, "successPostconditions", List.of())).apply(spec);

        // when
        Score score = STANDARD.validate(spec).score();

        // then
        assertThat(score.explanation()).isEqualTo(String.join("\n",
                "score 80/100: requirements 18/20, criteria 18/20, use cases 18/20, entity model 20/20, language 6/20",
                "  -2 requirements: coverage.unrealized-requirement, 1 warning × 2",
                "  -2 criteria: criteria.no-success, 1 warning × 2",
                "  -2 use cases: usecase.no-success-postcondition, 1 warning × 2",
                "  -4 language: lang.placeholder, 1 error × 4",
                "  -10 language: lang.vague-term, 7 warnings × 2 = 14, capped at 10"));
        assertThat(score.total()).isEqualTo(80);
        assertThat(score.area(Score.Area.LANGUAGE)).isEqualTo(new Score.AreaScore(Score.Area.LANGUAGE, 6, 20));
        assertThat(score.deductions().get(4).findings()).hasSize(7).allMatch(v -> v.ruleId().equals("lang.vague-term"));
    }

    @Test
    void an_area_cannot_fall_below_zero_and_the_same_spec_scores_lower_under_strict() {
        List<Violation> many = new ArrayList<>();
        for (String rule : List.of("lang.avoided-synonym", "lang.placeholder", "lang.vague-term")) {
            for (int i = 0; i < 3; i++) {
                many.add(Violation.of(rule, Severity.ERROR, ElementPath.root().field("f" + i), "m"));
            }
        }
        assertThat(Score.of(many).area(Score.Area.LANGUAGE).points()).isZero();
        assertThat(Score.of(many).total()).isEqualTo(80);

        Spec spec = withStatement("The system shall be fast.");
        assertThat(STANDARD.validate(spec).score().total()).isEqualTo(98);
        assertThat(STRICT.validate(spec).score().total()).isEqualTo(96);
    }

    /** The sum of the signed numbers that start the explanation's lines after the first. */
    static int listed(Score score) {
        return score.explanation().lines().skip(1).mapToInt(l -> Integer.parseInt(l.strip().split(" ")[0])).sum();
    }

    @Test
    void the_explanation_adds_up_where_an_area_falls_to_zero() {
        // given: three rules of 3 errors each in one area: 12 points each, capped at 10, 30 in an area of 20
        List<Violation> many = new ArrayList<>();
        for (String rule : List.of("lang.avoided-synonym", "lang.placeholder", "lang.vague-term")) {
            for (int i = 0; i < 3; i++) many.add(Violation.of(rule, Severity.ERROR, ElementPath.root().field("f" + i), "m"));
        }

        // when
        Score score = Score.of(many);

        // then
        assertThat(score.explanation()).isEqualTo(String.join("\n",
                "score 80/100: requirements 20/20, criteria 20/20, use cases 20/20, entity model 20/20, language 0/20",
                "  -10 language: lang.avoided-synonym, 3 errors × 4 = 12, capped at 10",
                "  -10 language: lang.placeholder, 3 errors × 4 = 12, capped at 10",
                "  -10 language: lang.vague-term, 3 errors × 4 = 12, capped at 10",
                "  +10 language: floored at 0/20, it loses 20 of the 30 its findings cost"));
        assertThat(listed(score)).isEqualTo(score.total() - 100);
    }

    @Test
    void the_numbers_of_every_explanation_add_up_to_what_the_score_lost() {
        Spec flawed = Flawed.spec();
        List<Spec> specs = List.of(flawed, Fixtures.clean(), Spec.builder("new", "New").build(),
                withStatement("The system shall be fast, quick, easy, simple, robust, TBD, TODO and FIXME, etc."),
                flawed.toBuilder().requirements(List.of()).useCases(List.of()).build());
        for (Spec spec : specs) {
            for (Profile p : Profile.values()) {
                Score score = SpecValidator.of(p).validate(spec).score();
                assertThat(listed(score)).as(spec.id() + " " + p + "\n" + score.explanation())
                        .isEqualTo(score.total() - 100);
            }
        }
    }

    @Test
    void a_spec_with_only_a_title_scores_nothing_in_the_areas_it_leaves_empty() {
        // given
        Spec spec = Spec.builder("new", "Loyalty points").build();

        // when
        Score score = STANDARD.validate(spec).score();

        // then: no requirements empties requirements and criteria; no use cases and no entities their areas
        assertThat(score.explanation()).isEqualTo(String.join("\n",
                "score 20/100: requirements 0/20, criteria 0/20, use cases 0/20, entity model 0/20, language 20/20",
                "  -20 requirements: spec.no-requirements, 1 warning, nothing to rate",
                "  -20 criteria: spec.no-requirements, 1 warning, nothing to rate",
                "  -20 use cases: spec.no-use-cases, 1 warning, nothing to rate",
                "  -20 entity model: spec.no-entities, 1 info, nothing to rate"));
        assertThat(score.deductions()).allMatch(Score.Deduction::emptiesArea);
        // and: a spec with requirements but no use case loses the use cases area only; a waived gap costs nothing
        Score noUseCases = STANDARD.validate(Fixtures.clean().toBuilder().useCases(List.of()).build()).score();
        assertThat(noUseCases.areas()).extracting(Score.AreaScore::points).containsExactly(20, 20, 0, 20, 20);
        assertThat(noUseCases.deductions()).extracting(Score.Deduction::ruleId, Score.Deduction::points)
                .containsExactly(tuple("spec.no-use-cases", 20));
        Score waived = STANDARD.validate(spec.toBuilder().waive("spec.no-entities", "the model is in the design")
                .build()).score();
        assertThat(waived.area(Score.Area.ENTITY_MODEL).points()).isEqualTo(20);
        assertThat(waived.total()).isEqualTo(40);
    }

    @Test
    void the_same_spec_gives_identical_reports_in_the_same_order() {
        Spec spec = Flawed.spec();

        ValidationReport first = STRICT.validate(spec);
        ValidationReport second = STRICT.validate(Flawed.spec());

        assertThat(first.violations()).hasSizeGreaterThan(40);
        assertThat(second).isEqualTo(first);
        assertThat(second.violations()).containsExactlyElementsOf(first.violations());
        assertThat(second.score()).isEqualTo(first.score());
        assertThat(second.toString()).isEqualTo(first.toString());
    }

    @Test
    void a_custom_rule_uses_the_same_interface_and_gets_waivers_severities_and_score() {
        // given
        SpecRule titles = new SpecRule() {
            @Override
            public String id() {
                return "team.title-case";
            }

            @Override
            public String description() {
                return "Requirement titles start with a capital letter.";
            }

            @Override
            public void check(Spec spec, ViolationSink sink) {
                for (Requirement r : spec.requirements()) {
                    if (!Character.isUpperCase(r.title().codePointAt(0))) {
                        sink.report(id(), Severity.INFO, ElementPath.root().element("requirements", r.id()).field("title"),
                                "the title starts with a small letter", "start it with a capital");
                    }
                }
            }
        };
        UnaryOperator<Spec> lower = req(r -> with(r, "title", "pay by card"));
        SpecValidator strict = SpecValidator.builder().profile(Profile.STRICT).rule(titles).build();
        SpecValidator raised = SpecValidator.builder().profile(Profile.STRICT).rule(titles)
                .severity("team.title-case", Severity.WARNING).build();

        // when / then: custom rules are not escalated by STRICT, but can be changed like any rule
        assertThat(strict.rules()).last().isSameAs(titles);
        assertThat(strict.validate(lower.apply(Fixtures.clean())).violations())
                .extracting(Violation::ruleId, Violation::severity).containsExactly(tuple("team.title-case", Severity.INFO));
        assertThat(raised.validate(lower.apply(Fixtures.clean())).score().total()).isEqualTo(98);
        assertThat(strict.validate(req(r -> with(r, "waivers", List.of(Waiver.of("team", "house style"))))
                .andThen(lower::apply).apply(Fixtures.clean())).waived()).hasSize(1);
        assertThatIllegalArgumentException().isThrownBy(() -> SpecValidator.builder().profile(Profile.STANDARD)
                .rule(new Wrapped(titles, "lang.vague-term")).build())
                .withMessage("a rule with id 'lang.vague-term' is already built in: give the custom rule another id");
    }

    @Test
    void profiles_parse_from_the_command_line_and_shared_validators_are_reused() {
        assertThat(Profile.parse(" Strict ")).isEqualTo(Profile.STRICT);
        assertThat(Profile.STANDARD).hasToString("standard");
        assertThat(SpecValidator.of(Profile.parse("standard"))).isSameAs(SpecValidator.standard());
        assertThat(SpecValidator.standard().profile()).contains(Profile.STANDARD);
        assertThat(SpecValidator.builder().defaultRules().build().rules()).extracting(SpecRule::id)
                .isEqualTo(SpecValidator.standard().rules().stream().map(SpecRule::id).toList());
        assertThatIllegalArgumentException().isThrownBy(() -> Profile.parse("lenient"))
                .withMessage("unknown profile 'lenient': use basic, standard or strict");
    }

    private record Wrapped(SpecRule rule, String id) implements SpecRule {
        @Override
        public String description() {
            return rule.description();
        }

        @Override
        public void check(Spec spec, ViolationSink sink) {
            rule.check(spec, sink);
        }
    }
}
