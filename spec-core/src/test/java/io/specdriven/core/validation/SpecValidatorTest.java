package io.specdriven.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Actor;
import io.specdriven.core.ActorKind;
import io.specdriven.core.AttributeType;
import io.specdriven.core.Cardinality;
import io.specdriven.core.CriterionCategory;
import io.specdriven.core.Flow;
import io.specdriven.core.FlowKind;
import io.specdriven.core.Id;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.Step;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SpecValidatorTest {

    // Bootstrapping Hibernate Validator is the expensive part: one validator for the whole class. These tests
    // are about the structural and referential layers, so they use the BASIC profile (no completeness rules).
    private static final SpecValidator VALIDATOR = SpecValidator.of(Profile.BASIC);

    private static Spec.Builder base() {
        return Spec.builder("shop", "Shop")
                .actor("BUYER", a -> a.name("Buyer"))
                .requirement("REQ-1", r -> r.title("Pay").statement("The system shall take payments.")
                        .criterion("AC-1", c -> c.then("the order is paid")))
                .useCase("UC-1", u -> u.title("Pay").primaryActor("BUYER").realizes("REQ-1").uses("Order")
                        .step("BUYER", "pays").step("SYSTEM", "confirms"))
                .entity("Order", e -> e.attribute("number", AttributeType.IDENTIFIER, a -> a.identifier()));
    }

    @Test
    @Tag("module-path") // PIT runs the tests on the class path and leaves this one out (profile quality)
    void runs_on_the_module_path_so_the_opens_clause_for_hibernate_validator_is_exercised() {
        // Surefire patches these tests into the io.specdriven.core module; had the module not opened its
        // model package to org.hibernate.validator, every validate() above would fail.
        assertThat(Spec.class.getModule().getName()).isEqualTo("io.specdriven.core");
        assertThat(jakarta.validation.Validator.class.getModule().isNamed()).isTrue();
        assertThat(Spec.class.getModule().isOpen("io.specdriven.core",
                jakarta.validation.Validator.class.getModule().getLayer().findModule("org.hibernate.validator")
                        .orElseThrow())).isTrue();
    }

    @Test
    void an_empty_spec_is_valid_without_findings() {
        ValidationReport report = VALIDATOR.validate(Spec.builder("empty", "Nothing yet").build());

        assertThat(report.violations()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.orThrow()).isSameAs(report);
    }

    @Test
    void a_well_formed_spec_is_valid() {
        ValidationReport report = VALIDATOR.validate(base().build());

        assertThat(report.violations()).isEmpty();
    }

    @Test
    void reports_one_problem_of_each_referential_kind_with_rule_severity_and_path() {
        // given: one problem of each kind, and nothing else wrong
        Spec spec = base()
                .actor("buyer", a -> a.name("Lower-case buyer"))
                .requirement("REQ-1", r -> r.title("Again").statement("Duplicate id."))
                .requirement("REQ-2", r -> r.title("Depends").statement("x").dependsOn("REQ-3", "REQ-404"))
                .requirement("REQ-3", r -> r.title("Back").statement("x").dependsOn("REQ-2"))
                .requirement("REQ-4", r -> r.title("Old").statement("x").supersededBy("REQ-405"))
                .useCase("UC-2", u -> u.title("Ship").primaryActor("GHOST").realizes("UC-1").uses("Parcel")
                        .include("UC-3").step("BUYER", "waits")
                        .alternative("A1", "Nothing to ship", 7, a -> a.step("SYSTEM", "stops").rejoinsAt(9)))
                .useCase("UC-3", u -> u.title("Track").extend("UC-2").step("NOBODY", "looks"))
                .entity("Invoice", e -> e.relationship("order", "Ordr", Cardinality.ONE))
                .build();

        // when
        ValidationReport report = VALIDATOR.validate(spec);

        // then
        assertThat(report.violations())
                .extracting(Violation::ruleId, Violation::severity, v -> v.path().toString())
                .containsExactly(
                        tuple("ref.case-collision", Severity.WARNING, "actors[buyer]"),
                        tuple("ref.unresolved", Severity.ERROR, "entities[Invoice].relationships[order].target"),
                        tuple("ref.duplicate-id", Severity.ERROR, "requirements[REQ-1]"),
                        tuple("ref.unresolved", Severity.ERROR, "requirements[REQ-2].dependsOn[REQ-404]"),
                        tuple("ref.cycle", Severity.ERROR, "requirements[REQ-3].dependsOn[REQ-2]"),
                        tuple("ref.unresolved", Severity.ERROR, "requirements[REQ-4].supersededBy"),
                        tuple("ref.unknown-step", Severity.ERROR, "useCases[UC-2].flows[A1].branchesFrom"),
                        tuple("ref.unknown-step", Severity.ERROR, "useCases[UC-2].flows[A1].rejoinsAt"),
                        tuple("ref.unresolved", Severity.ERROR, "useCases[UC-2].primaryActor"),
                        tuple("ref.wrong-kind", Severity.ERROR, "useCases[UC-2].realizes[UC-1]"),
                        tuple("ref.unresolved", Severity.ERROR, "useCases[UC-2].uses[Parcel]"),
                        tuple("ref.cycle", Severity.ERROR, "useCases[UC-3].extensionOf[UC-2]"),
                        tuple("ref.unresolved", Severity.ERROR, "useCases[UC-3].mainFlow[1].actor"));
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void pins_the_referential_messages() {
        Spec spec = base()
                .requirement("REQ-2", r -> r.title("x").statement("x").dependsOn("REQ-2"))
                .useCase("UC-2", u -> u.title("x").realizes("AC-1").uses("Ordr").include("REQ-1"))
                .build();

        assertThat(VALIDATOR.validate(spec).violations()).extracting(Violation::toString).containsExactly(
                "ERROR ref.cycle requirements[REQ-2].dependsOn[REQ-2]: requirements depend on each other in a cycle:"
                        + " REQ-2 → REQ-2; remove one of the dependencies (hint: remove one link of the cycle (a"
                        + " dependsOn, supersededBy, includes or extensionOf))",
                "ERROR ref.wrong-kind useCases[UC-2].includes[REQ-1]: 'REQ-1' is a requirement, not a use case"
                        + " (hint: refer to an element of the expected kind, or correct the id)",
                "ERROR ref.wrong-kind useCases[UC-2].realizes[AC-1]: 'AC-1' is an acceptance criterion, not a requirement"
                        + " (hint: refer to an element of the expected kind, or correct the id)",
                "ERROR ref.unresolved useCases[UC-2].uses[Ordr]: entity 'Ordr' is not defined"
                        + " (hint: define the element under that id, or correct the reference to an id the spec defines)");
    }

    @Test
    void duplicate_ids_are_reported_across_kinds_and_within_use_cases() {
        Spec spec = base()
                .entity("AC-1", e -> e.description("clashes with a criterion"))
                .useCase("UC-2", u -> u.title("x").step("SYSTEM", "a")
                        .alternative("A1", "one", 1, f -> f.ends()).alternative("A1", "two", 1, f -> f.ends())
                        .businessRule("BR-1", "one").businessRule("BR-1", "two"))
                .build();

        assertThat(VALIDATOR.validate(spec).violations())
                .extracting(Violation::ruleId, v -> v.path().toString(), Violation::message)
                .containsExactly(
                        tuple("ref.duplicate-id", "entities[AC-1]", "id 'AC-1' is already used by acceptance"
                                + " criterion requirements[REQ-1].criteria[AC-1]: ids must be unique across the spec"),
                        tuple("ref.duplicate-id", "useCases[UC-2].businessRules[BR-1]", "business rule id 'BR-1' is"
                                + " used twice in use case UC-2: rule ids must be unique within their use case"),
                        tuple("ref.duplicate-id", "useCases[UC-2].flows[A1]", "flow id 'A1' is used twice in use case"
                                + " UC-2: flow ids must be unique within their use case"));
    }

    @Test
    void duplicate_names_within_entities_glossary_and_flows_are_reported() {
        Spec spec = base()
                .entity("Line", e -> e.attribute("qty", AttributeType.INTEGER).attribute("qty", AttributeType.DECIMAL)
                        .relationship("qty", "Order", Cardinality.ONE))
                .term("Order", "a purchase").term("order", "again")
                .useCase("UC-2", u -> u.title("x").step(Step.of(1, "SYSTEM", "a")).step(Step.of(1, "SYSTEM", "b")))
                .build();

        assertThat(VALIDATOR.validate(spec).violations())
                .extracting(Violation::ruleId, v -> v.path().toString())
                .containsExactly(
                        tuple("ref.duplicate-name", "entities[Line].attributes[qty]"),
                        tuple("ref.duplicate-name", "entities[Line].relationships[qty]"),
                        tuple("ref.duplicate-name", "glossary[order]"),
                        tuple("ref.duplicate-name", "useCases[UC-2].mainFlow[1]"));
    }

    @Test
    void structural_constraints_are_reported_with_id_based_paths() {
        // given: blank texts deep in the tree, built through the canonical constructors as JSON would
        AcceptanceCriterion blankThen = new AcceptanceCriterion(Id.of("AC-9"), CriterionCategory.SUCCESS,
                Optional.empty(), List.of(), List.of(), List.of("  "), Optional.empty(), List.of(), List.of());
        Spec spec = base()
                .requirement("REQ-7", r -> r.title(" ").statement("x".repeat(4001)).criterion(blankThen).tag(""))
                .useCase("UC-2", u -> u.title("x").step(Step.of(0, "SYSTEM", "")))
                .build();

        // when
        ValidationReport report = VALIDATOR.validate(spec);

        // then
        assertThat(report.violations())
                .extracting(Violation::ruleId, v -> v.path().toString())
                .containsExactly(
                        tuple("constraint.NotBlank", "requirements[REQ-7].criteria[AC-9].then"),
                        tuple("constraint.Size", "requirements[REQ-7].statement"),
                        tuple("constraint.NotBlank", "requirements[REQ-7].tags[0]"),
                        tuple("constraint.NotBlank", "requirements[REQ-7].title"),
                        tuple("constraint.NotBlank", "useCases[UC-2].mainFlow[0].action"),
                        tuple("constraint.Positive", "useCases[UC-2].mainFlow[0].number"));
        assertThat(report.violations()).extracting(Violation::message).contains(
                "'statement' has 4001 characters: at most 4000 are allowed",
                "'title' is blank: write the text, or leave the field out if it is optional",
                "'number' is 0: use a number of 1 or more");
    }

    @Test
    void sizes_count_characters_not_utf16_units() {
        String emoji = "\uD83D\uDCCA"; // one character, two UTF-16 units
        Spec fits = base().requirement("REQ-E", r -> r.title(emoji.repeat(200)).statement("x")).build();
        Spec tooLong = base().requirement("REQ-E", r -> r.title(emoji.repeat(201)).statement("x")).build();

        assertThat(VALIDATOR.validate(fits).violations()).isEmpty();
        assertThat(VALIDATOR.validate(tooLong).violations()).extracting(Violation::ruleId, Violation::message)
                .containsExactly(tuple("constraint.Size", "'title' has 201 characters: at most 200 are allowed"));
    }

    @Test
    void ids_that_only_look_different_are_warned_about_across_the_spec_and_within_a_use_case() {
        Spec spec = base()
                .entity("Straße", e -> e.description("street"))
                .entity("STRASSE", e -> e.description("street again"))
                .entity("Caf\u00E9", e -> e.description("composed"))
                .entity("Cafe\u0301", e -> e.description("decomposed"))
                .useCase("UC-2", u -> u.title("x").step("SYSTEM", "a")
                        .alternative("A1", "one", 1, f -> f.ends()).alternative("a1", "two", 1, f -> f.ends())
                        .businessRule("BR-1", "one").businessRule("br-1", "two"))
                .build();

        assertThat(VALIDATOR.validate(spec).violations()).extracting(Violation::ruleId, v -> v.path().toString(),
                        Violation::message)
                .containsExactly(
                        tuple("ref.case-collision", "entities[Cafe\u0301]", "id 'Cafe\u0301' differs from 'Caf\u00E9'"
                                + " (entities[Caf\u00E9]) only in letter case or Unicode form: rename one so people cannot"
                                + " mistake them"),
                        tuple("ref.case-collision", "entities[STRASSE]", "id 'STRASSE' differs from 'Straße'"
                                + " (entities[Straße]) only in letter case or Unicode form: rename one so people cannot"
                                + " mistake them"),
                        tuple("ref.case-collision", "useCases[UC-2].businessRules[br-1]", "id 'br-1' differs from"
                                + " 'BR-1' (a business rule) only in letter case: rename one so people cannot mistake them"),
                        tuple("ref.case-collision", "useCases[UC-2].flows[a1]", "id 'a1' differs from 'A1' (a flow)"
                                + " only in letter case: rename one so people cannot mistake them"));
    }

    @Test
    void an_id_declared_twice_in_the_same_place_says_so() {
        Spec spec = base().requirement("REQ-1", r -> r.title("Again").statement("x")).build();

        assertThat(VALIDATOR.validate(spec).violations()).extracting(Violation::message)
                .containsExactly("requirement id 'REQ-1' is declared twice: ids must be unique across the spec");
    }

    @Test
    void cross_field_structure_is_checked() {
        Requirement quality = new Requirement(Id.of("REQ-Q"), Optional.of("Fast"), Optional.of("x"), io.specdriven.core.RequirementKind.QUALITY,
                Optional.empty(), Optional.empty(), io.specdriven.core.RequirementStatus.SUPERSEDED, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                List.of(new AcceptanceCriterion(Id.of("AC-Q"), CriterionCategory.EDGE_CASE, Optional.empty(),
                        List.of(), List.of(), List.of(), Optional.empty(), List.of(), List.of())),
                List.of());
        Spec spec = base()
                .requirement(quality)
                .actor(Actor.builder("SYSTEM").name("The system").kind(ActorKind.EXTERNAL_SYSTEM).build())
                .useCase("UC-2", u -> u.title("x").step("SYSTEM", "a").flow(new Flow(Id.of("A1"),
                        FlowKind.ALTERNATIVE, "t", Optional.empty(), 1, List.of(), Optional.of(1), true)))
                .entity("Price", e -> e.attribute("amount", AttributeType.MONEY, a -> a.min(10).max(1).values("x"))
                        .attribute("code", AttributeType.STRING, a -> a.minLength(5).maxLength(2).pattern("[a-")))
                .build();

        assertThat(VALIDATOR.validate(spec).violations())
                .extracting(Violation::ruleId, v -> v.path().toString())
                .containsExactly(
                        tuple("structure.reserved-id", "actors[SYSTEM]"),
                        tuple("structure.attribute-constraints", "entities[Price].attributes[amount].min"),
                        tuple("structure.attribute-constraints", "entities[Price].attributes[amount].values"),
                        tuple("structure.attribute-constraints", "entities[Price].attributes[code].minLength"),
                        tuple("structure.attribute-constraints", "entities[Price].attributes[code].pattern"),
                        tuple("structure.criterion-outcome", "requirements[REQ-Q].criteria[AC-Q]"),
                        tuple("structure.edge-case-kind", "requirements[REQ-Q].criteria[AC-Q].edgeCase"),
                        tuple("structure.quality-category", "requirements[REQ-Q].qualityCategory"),
                        tuple("structure.superseded-by", "requirements[REQ-Q].supersededBy"),
                        tuple("structure.flow-end", "useCases[UC-2].flows[A1]"));
    }

    @Test
    void or_throw_lists_the_first_twenty_errors_and_counts_the_rest() {
        // given: 25 dangling references
        Spec.Builder b = base();
        b.useCase("UC-2", u -> {
            u.title("x");
            for (int i = 1; i <= 25; i++) u.realizes("REQ-" + (100 + i));
        });
        ValidationReport report = VALIDATOR.validate(b.build());

        // when / then
        assertThatThrownBy(report::orThrow)
                .isInstanceOf(SpecValidationException.class)
                .satisfies(e -> assertThat(((SpecValidationException) e).report()).isSameAs(report))
                .hasMessageStartingWith("spec is not valid: 25 errors, 0 warnings, 0 info, 0 waived\n"
                        + "  ERROR ref.unresolved useCases[UC-2].realizes[REQ-101]: requirement 'REQ-101' is not defined")
                .hasMessageContaining("REQ-120")
                .hasMessageNotContaining("REQ-121")
                .hasMessageEndingWith("\n  … and 5 more errors");
    }

    @Test
    void a_custom_rule_that_throws_is_reported_and_the_others_still_run() {
        // given
        SpecRule broken = rule("team.broken", (spec, sink) -> {
            sink.report("team.broken", Severity.WARNING, ElementPath.root(), "partial");
            throw new IllegalStateException("boom");
        });
        SpecRule fine = rule("team.fine", (spec, sink) ->
                sink.report("team.fine", Severity.INFO, ElementPath.root(), "ran"));
        SpecValidator validator = SpecValidator.builder().rule(broken).rule(fine).build();

        // when
        ValidationReport report = validator.validate(base().build());

        // then
        assertThat(report.violations()).extracting(Violation::ruleId, Violation::severity, Violation::message)
                .containsExactly(
                        tuple("rule.failed", Severity.ERROR, "rule 'team.broken' failed (IllegalStateException:"
                                + " boom); its findings are missing, the other rules ran"),
                        tuple("team.fine", Severity.INFO, "ran"));
        assertThat(report.rules()).containsExactly("team.broken", "team.fine");
    }

    @Test
    void a_rule_that_throws_anything_is_reported_even_an_error_or_a_hidden_checked_exception() {
        for (Throwable thrown : List.<Throwable>of(new java.io.IOException("disk"), new AssertionError("bug"),
                new NoClassDefFoundError("Missing"), new StackOverflowError())) {
            SpecRule rule = rule("team.throws", (spec, sink) -> SpecValidatorTest.<RuntimeException>sneaky(thrown));
            SpecValidator validator = SpecValidator.builder().rule(rule).build();

            ValidationReport report = validator.validate(base().build());

            assertThat(report.violations()).as(thrown.toString()).singleElement()
                    .satisfies(v -> assertThat(v.ruleId()).isEqualTo("rule.failed"))
                    .satisfies(v -> assertThat(v.message()).contains("'team.throws'", thrown.getClass().getSimpleName()));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneaky(Throwable t) throws T {
        throw (T) t;
    }

    @Test
    void a_waiver_of_a_rule_that_did_not_run_is_not_reported_but_a_waiver_naming_no_rule_is() {
        // given: lang.* rules run in STANDARD, not in BASIC
        Spec spec = base()
                .useCase("UC-2", u -> u.title("x").step("SYSTEM", "a").step("SYSTEM", "b")
                        .waive("lang.vague-term", "a vague word we accept"))
                .waive("lang.no-such-rule", "a typo")
                .build();

        // when
        ValidationReport basic = VALIDATOR.validate(spec);
        ValidationReport disabled = SpecValidator.builder().profile(Profile.STANDARD).disable("lang").build()
                .validate(spec);

        // then
        for (ValidationReport report : List.of(basic, disabled)) {
            assertThat(report.violations()).filteredOn(v -> v.ruleId().startsWith("waiver"))
                    .extracting(Violation::ruleId, v -> v.path().toString(), Violation::message)
                    .containsExactly(tuple("waiver.unmatched", "waivers[lang.no-such-rule]",
                            "the waiver of 'lang.no-such-rule' names no rule: fix its rule id (see docs/rules.md)"));
        }
    }

    @Test
    void severities_can_be_changed_per_rule() {
        Spec spec = base().actor("buyer", a -> a.name("b")).build();
        SpecValidator strict = SpecValidator.builder().profile(Profile.BASIC)
                .severity("ref.case-collision", Severity.ERROR).build();

        assertThat(strict.validate(spec).errors()).extracting(Violation::ruleId).containsExactly("ref.case-collision");
    }

    @Test
    void rule_failed_takes_a_severity_and_can_be_disabled_like_any_finding_id() {
        SpecRule broken = rule("team.broken", (spec, sink) -> {
            throw new IllegalStateException("boom");
        });
        SpecValidator lowered = SpecValidator.builder().rule(broken).severity("rule.failed", Severity.WARNING).build();
        SpecValidator strictLowered = SpecValidator.builder().profile(Profile.STRICT).rule(broken)
                .severity("rule", Severity.INFO).build();
        SpecValidator off = SpecValidator.builder().rule(broken).disable("rule.failed").build();

        assertThat(lowered.validate(base().build()).violations()).extracting(Violation::ruleId, Violation::severity)
                .containsExactly(tuple("rule.failed", Severity.WARNING));
        assertThat(strictLowered.validate(base().build()).violations()).extracting(Violation::ruleId,
                Violation::severity).contains(tuple("rule.failed", Severity.INFO));
        assertThat(off.validate(base().build()).violations()).isEmpty();
    }

    @Test
    void severity_and_disable_refuse_ids_no_rule_reports_and_suggest_the_id_meant() {
        SpecValidator.Builder standard = SpecValidator.builder().profile(Profile.STANDARD);

        assertThatIllegalArgumentException().isThrownBy(() -> SpecValidator.builder().profile(Profile.STANDARD)
                .severity("lang.vague-trem", Severity.INFO).build()).withMessage("cannot set the severity of"
                        + " 'lang.vague-trem': no rule of this validator has this id or reports it (did you mean"
                        + " 'lang.vague-term'?); see docs/rules.md for the rule ids");
        assertThatIllegalArgumentException().isThrownBy(() -> SpecValidator.builder().profile(Profile.STANDARD)
                .disable("constraint.Bogus").build()).withMessage("cannot disable 'constraint.Bogus': the model has"
                        + " no constraint 'Bogus', only NotBlank, Positive, PositiveOrZero, Size; see docs/rules.md"
                        + " for the rule ids");
        assertThatIllegalArgumentException().isThrownBy(() -> SpecValidator.builder().profile(Profile.BASIC)
                .severity("constraint.NotBlnak", Severity.INFO).build()).withMessageContaining("(did you mean"
                        + " 'constraint.NotBlank'?)");
        assertThatIllegalArgumentException().isThrownBy(() -> SpecValidator.builder().profile(Profile.STANDARD)
                .disable("bogus").build()).withMessage("cannot disable 'bogus': no rule of this validator has this"
                        + " id or reports it; see docs/rules.md for the rule ids");
        assertThatIllegalArgumentException().isThrownBy(() -> SpecValidator.builder().profile(Profile.BASIC)
                .severity("lang.vague-term", Severity.INFO).build()).withMessage("cannot set the severity of"
                        + " 'lang.vague-term': profile basic does not run it; see docs/rules.md for the rule ids");
        assertThatIllegalArgumentException().isThrownBy(() -> SpecValidator.builder().profile(Profile.STANDARD)
                .disable("vague-term").build()).withMessageContaining("(did you mean 'lang.vague-term'?)");
        assertThatIllegalArgumentException().isThrownBy(() -> SpecValidator.builder().profile(Profile.STANDARD)
                .severity("Lang.Vague-Term", Severity.INFO).build()).withMessageContaining("(did you mean"
                        + " 'lang.vague-term'?)");
        assertThatIllegalArgumentException().isThrownBy(() -> SpecValidator.builder().profile(Profile.STANDARD)
                .severity("lang.vague-term.x", Severity.INFO).build()).withMessageStartingWith("cannot set the"
                        + " severity of 'lang.vague-term.x'");
        // accepted: rule ids, finding ids, families, the validator's own ids, ids below a custom rule's id
        standard.severity("lang", Severity.INFO).severity("constraint.Size", Severity.WARNING)
                .severity("rule.failed", Severity.WARNING).severity("waiver.unmatched", Severity.INFO)
                .disable("constraint").disable("spec").disable("rule.failed")
                .rule(rule("team.naming", (spec, sink) -> { }))
                .severity("team.naming.title", Severity.ERROR).disable("team").build();
    }

    @Test
    void a_family_severity_applies_below_it_and_a_finding_id_severity_wins_over_it() {
        SpecValidator v = SpecValidator.builder().profile(Profile.STANDARD).severity("lang", Severity.INFO)
                .severity("lang.placeholder", Severity.WARNING).build();

        assertThat(v.validate(Fixtures.req(r -> Fixtures.with(r, "statement", "The system shall be fast, TBD."))
                .apply(Fixtures.clean())).violations()).extracting(Violation::ruleId, Violation::severity)
                .containsExactly(tuple("lang.placeholder", Severity.WARNING), tuple("lang.vague-term", Severity.INFO));
    }

    @Test
    void waived_findings_are_reported_apart_and_unmatched_waivers_are_reported() {
        // given
        Spec spec = base()
                .useCase("UC-2", u -> u.title("x").uses("Parcel").waive("ref.unresolved", "Parcel comes in v2")
                        .waive("ref.cycle", "stale"))
                .waive("ref", "the whole family, at the root")
                .build();
        SpecValidator validator = VALIDATOR;

        // when
        ValidationReport report = validator.validate(spec);

        // then
        assertThat(report.waived()).extracting(w -> w.violation().ruleId(), w -> w.waivedAt().toString(),
                        w -> w.waiver().reason())
                .containsExactly(tuple("ref.unresolved", "useCases[UC-2]", "Parcel comes in v2"));
        assertThat(report.violations()).extracting(Violation::ruleId, Violation::severity, v -> v.path().toString())
                .containsExactly(
                        tuple("waiver.unmatched", Severity.WARNING, "useCases[UC-2].waivers[ref.cycle]"),
                        tuple("waiver.unmatched", Severity.WARNING, "waivers[ref]"));
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void the_same_spec_gives_equal_reports() {
        Spec spec = base().useCase("UC-2", u -> u.title("x").realizes("R-9", "R-10", "R-1").uses("X")).build();

        ValidationReport first = VALIDATOR.validate(spec);
        ValidationReport second = VALIDATOR.validate(spec);

        assertThat(first).isEqualTo(second);
        assertThat(first.violations()).extracting(v -> v.path().toString()).containsExactly(
                "useCases[UC-2].realizes[R-1]", "useCases[UC-2].realizes[R-9]", "useCases[UC-2].realizes[R-10]",
                "useCases[UC-2].uses[X]");
    }

    @Test
    void the_builder_refuses_duplicate_rule_ids_and_an_empty_rule_set() {
        SpecRule r = rule("team.x", (spec, sink) -> {});
        assertThatIllegalArgumentException().isThrownBy(() -> SpecValidator.builder().rule(r).rule(r))
                .withMessage("a rule with id 'team.x' is already registered");
        assertThatIllegalStateException().isThrownBy(() -> SpecValidator.builder().build())
                .withMessageContaining("missing rules");
    }

    @Test
    void reports_are_immutable() {
        ValidationReport report = VALIDATOR.validate(base().useCase("UC-2", u -> u.title("x").uses("X")).build());

        assertThatThrownBy(() -> report.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.errors().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.rules().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static SpecRule rule(String id, java.util.function.BiConsumer<Spec, ViolationSink> check) {
        return new SpecRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "test rule " + id;
            }

            @Override
            public void check(Spec spec, ViolationSink sink) {
                check.accept(spec, sink);
            }
        };
    }

    @Test
    void given_a_step_by_lower_case_system_when_validated_then_the_finding_asks_did_you_mean_system_issue_12() {
        // given
        Spec spec = base().useCase("UC-2", u -> u.title("Refund").primaryActor("BUYER").realizes("REQ-1")
                .step("BUYER", "asks for a refund").step("system", "refunds the card")).build();
        // when
        var found = VALIDATOR.validate(spec).violations();
        // then
        assertThat(found).extracting(Violation::ruleId, v -> v.path().toString(), Violation::message, Violation::hint)
                .containsExactly(tuple("ref.unresolved", "useCases[UC-2].mainFlow[2].actor",
                        "actor 'system' is not defined (did you mean SYSTEM?)",
                        Optional.of("write SYSTEM in capitals for a step the system itself takes, or define the actor")));
    }

    @Test
    void given_a_step_by_an_unknown_actor_when_validated_then_the_finding_suggests_nothing_about_system() {
        // given
        Spec spec = base().useCase("UC-2", u -> u.title("Refund").primaryActor("BUYER").realizes("REQ-1")
                .step("BUYER", "asks for a refund").step("CLERK", "refunds the card")).build();
        // when
        var found = VALIDATOR.validate(spec).violations();
        // then
        assertThat(found).extracting(Violation::ruleId, Violation::message)
                .containsExactly(tuple("ref.unresolved", "actor 'CLERK' is not defined"));
    }

    @Test
    void given_the_step_system_constant_when_building_a_flow_then_the_step_is_by_the_system_issue_12() {
        // given
        Spec spec = base().useCase("UC-2", u -> u.title("Refund").primaryActor("BUYER").realizes("REQ-1")
                .step("BUYER", "asks for a refund").step(Step.SYSTEM, "refunds the card")).build();
        // when / then
        assertThat(spec.useCase("UC-2").orElseThrow().mainFlow().get(1).bySystem()).isTrue();
        assertThat(VALIDATOR.validate(spec).violations()).isEmpty();
    }
}
