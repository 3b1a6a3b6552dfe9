package io.specdriven.core.validation;

import static io.specdriven.core.validation.Fixtures.criterion;
import static io.specdriven.core.validation.Fixtures.order;
import static io.specdriven.core.validation.Fixtures.req;
import static io.specdriven.core.validation.Fixtures.spec;
import static io.specdriven.core.validation.Fixtures.useCase;
import static io.specdriven.core.validation.Fixtures.with;
import static io.specdriven.core.validation.Fixtures.withoutCriteria;
import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Actor;
import io.specdriven.core.AttributeType;
import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.Id;
import io.specdriven.core.QualityCategory;
import io.specdriven.core.Relationship;
import io.specdriven.core.RelationshipKind;
import io.specdriven.core.RequirementKind;
import io.specdriven.core.RequirementStatus;
import io.specdriven.core.Spec;
import io.specdriven.core.Step;
import io.specdriven.core.UseCase;
import io.specdriven.core.Waiver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every rule: a change to the clean spec that fires it (at the expected path, with the severity written
 * here for STANDARD and ERROR under STRICT), and a near-identical change that does not. The severities are
 * written out rather than read from the code, so a changed default severity fails here.
 */
class RuleCasesTest {
    /** The STANDARD severity of every rule that is not an error there: pinned, not learnt from the code. */
    static final java.util.Map<String, Severity> NOT_ERRORS_UNDER_STANDARD = java.util.Map.ofEntries(
            java.util.Map.entry("ref.case-collision", Severity.WARNING),
            java.util.Map.entry("waiver.unmatched", Severity.WARNING),
            java.util.Map.entry("rule.findings-capped", Severity.WARNING),
            java.util.Map.entry("spec.no-requirements", Severity.WARNING),
            java.util.Map.entry("spec.no-use-cases", Severity.WARNING),
            java.util.Map.entry("requirement.no-statement", Severity.WARNING),
            java.util.Map.entry("spec.no-entities", Severity.INFO),
            java.util.Map.entry("criteria.no-success", Severity.WARNING),
            java.util.Map.entry("criteria.too-many-success", Severity.WARNING),
            java.util.Map.entry("criteria.when-without-then", Severity.WARNING),
            java.util.Map.entry("criteria.no-then", Severity.INFO),
            java.util.Map.entry("criteria.failure-no-experience", Severity.WARNING),
            java.util.Map.entry("edge.too-few", Severity.WARNING),
            java.util.Map.entry("edge.no-failure-mode", Severity.WARNING),
            java.util.Map.entry("edge.missing-kinds", Severity.INFO),
            java.util.Map.entry("coverage.unrealized-requirement", Severity.WARNING),
            java.util.Map.entry("coverage.no-requirement", Severity.WARNING),
            java.util.Map.entry("coverage.unused-entity", Severity.WARNING),
            java.util.Map.entry("coverage.retired-realized", Severity.WARNING),
            java.util.Map.entry("consistency.unlisted-entity", Severity.WARNING),
            java.util.Map.entry("consistency.unmentioned-entity", Severity.WARNING),
            java.util.Map.entry("usecase.no-primary-actor", Severity.WARNING),
            java.util.Map.entry("usecase.short-main-flow", Severity.WARNING),
            java.util.Map.entry("usecase.no-success-postcondition", Severity.WARNING),
            java.util.Map.entry("usecase.step-gap", Severity.WARNING),
            java.util.Map.entry("usecase.dangling-flow", Severity.WARNING),
            java.util.Map.entry("entity.no-attributes", Severity.WARNING),
            java.util.Map.entry("entity.no-identifier", Severity.WARNING),
            java.util.Map.entry("entity.enum-without-values", Severity.WARNING),
            java.util.Map.entry("entity.no-cardinality", Severity.WARNING),
            java.util.Map.entry("lang.vague-term", Severity.WARNING),
            java.util.Map.entry("lang.avoided-synonym", Severity.WARNING),
            java.util.Map.entry("lang.quality-no-number", Severity.WARNING),
            java.util.Map.entry("lang.criterion-no-number", Severity.INFO),
            java.util.Map.entry("lang.no-normative-keyword", Severity.WARNING),
            java.util.Map.entry("lang.implementation-detail", Severity.WARNING),
            java.util.Map.entry("ids.prefix", Severity.WARNING));

    /** The severity a rule's findings have under STANDARD, as this test pins it. */
    static Severity standardSeverity(String ruleId) {
        return NOT_ERRORS_UNDER_STANDARD.getOrDefault(ruleId, Severity.ERROR);
    }
    /** The validator of a profile with the id prefix convention REQ- for requirements, for ids.prefix. */
    static SpecValidator prefixed(Profile profile) {
        return SpecValidator.builder().profile(profile).idPrefix(IdSpaceKind.REQUIREMENT, "REQ-").build();
    }

    /** Rules no spec change can fire: covered by their own tests in SpecValidatorTest. */
    static final Set<String> COVERED_ELSEWHERE = Set.of("rule.failed", "rule.timeout", "rule.findings-capped");

    /**
     * A rule's case: the validator of each profile it runs under (with the settings the rule needs), a change that
     * fires it and one that does not. RuleCatalogue runs the firing change under every profile to learn the
     * rule's severities.
     */
    record Case(String ruleId, String path, UnaryOperator<Spec> fires, UnaryOperator<Spec> passes,
            Function<Profile, SpecValidator> validators) {
        /** @return the STRICT validator, under which every built-in rule runs and the clean fixture is clean */
        SpecValidator validator() {
            return validators.apply(Profile.STRICT);
        }

        @Override
        public String toString() {
            return ruleId;
        }
    }

    static Case c(String ruleId, String path, UnaryOperator<Spec> fires, UnaryOperator<Spec> passes) {
        return new Case(ruleId, path, fires, passes, SpecValidator::of);
    }

    static final UnaryOperator<Spec> NO_FLOWS = useCase(u -> with(u, "flows", List.of()));
    static final UnaryOperator<Spec> QUALITY = req(r -> with(with(with(r, "kind", RequirementKind.QUALITY),
            "qualityCategory", Optional.of(QualityCategory.PERFORMANCE)), "criteria", List.of()));

    static UnaryOperator<Spec> both(UnaryOperator<Spec> first, UnaryOperator<Spec> then) {
        return s -> then.apply(first.apply(s));
    }

    static UnaryOperator<Spec> statement(String text) {
        return req(r -> with(r, "statement", text));
    }

    static UnaryOperator<Spec> steps(Step... steps) {
        return useCase(u -> with(u, "mainFlow", List.of(steps)));
    }

    static UnaryOperator<Spec> then(String id, String text) {
        return criterion(id, c -> with(c, "then", Optional.of(text)));
    }

    static UnaryOperator<Spec> invoice(boolean used, String step2) {
        return s -> {
            Spec withInvoice = s.toBuilder().entity("Invoice", e -> e.attribute("number", AttributeType.IDENTIFIER,
                    a -> a.identifier())).build();
            return useCase(u -> {
                UseCase changed = with(u, "mainFlow", List.of(u.mainFlow().get(0), Step.of(2, "SYSTEM", step2)));
                return used ? with(changed, "uses", List.of(Fixtures.ORDER, Id.of("Invoice"))) : changed;
            }).apply(withInvoice);
        };
    }

    static Stream<Case> cases() {
        String s1 = "the buyer confirms the order";
        return Stream.of(
                // structural layer
                c("constraint.NotBlank", "requirements[REQ-1].title", req(r -> with(r, "title", " ")),
                        req(r -> with(r, "title", "Pay"))),
                c("requirement.no-statement", "requirements[REQ-1]",
                        req(r -> with(with(r, "statement", Optional.empty()), "story", Optional.empty())),
                        req(r -> with(with(r, "statement", Optional.empty()), "story",
                                Optional.of(io.specdriven.core.UserStory.of("a buyer", "to pay by card"))))),
                c("constraint.Size", "requirements[REQ-1].title", req(r -> with(r, "title", "x".repeat(201))),
                        req(r -> with(r, "title", "x".repeat(200)))),
                c("constraint.Positive", "useCases[UC-1].mainFlow[0].number",
                        both(steps(Step.of(0, "BUYER", s1), Step.of(2, "SYSTEM", "charges the card")), NO_FLOWS),
                        steps(Step.of(1, "BUYER", s1), Step.of(2, "SYSTEM", "charges the card"))),
                c("constraint.PositiveOrZero", "entities[Order].attributes[code].minLength",
                        spec(b -> b.entities(List.of()).entity("Order", e -> e.attribute("number", AttributeType.IDENTIFIER,
                                a -> a.identifier()).attribute("code", AttributeType.STRING, a -> a.minLength(-1)))),
                        spec(b -> b.entities(List.of()).entity("Order", e -> e.attribute("number", AttributeType.IDENTIFIER,
                                a -> a.identifier()).attribute("code", AttributeType.STRING, a -> a.minLength(0))))),
                c("structure.quality-category", "requirements[REQ-1].qualityCategory",
                        req(r -> with(r, "kind", RequirementKind.QUALITY)),
                        req(r -> with(with(r, "kind", RequirementKind.QUALITY), "qualityCategory",
                                Optional.of(QualityCategory.PERFORMANCE)))),
                c("structure.superseded-by", "requirements[REQ-1].supersededBy",
                        req(r -> with(r, "status", RequirementStatus.SUPERSEDED)),
                        req(r -> with(with(r, "status", RequirementStatus.SUPERSEDED), "supersededBy", Optional.of(Id.of("REQ-9"))))),
                c("structure.edge-case-kind", "requirements[REQ-1].criteria[AC-2].edgeCase",
                        criterion("AC-2", x -> with(x, "edgeCase", Optional.empty())),
                        criterion("AC-2", x -> with(x, "edgeCase", Optional.of(EdgeCaseKind.OTHER)))),
                c("structure.criterion-outcome", "requirements[REQ-1].criteria[AC-2]",
                        criterion("AC-2", x -> with(x, "then", Optional.empty())),
                        criterion("AC-2", x -> with(with(x, "then", Optional.empty()), "statement", Optional.of("nothing to pay")))),
                c("structure.flow-end", "useCases[UC-1].flows[A1]",
                        useCase(u -> with(u, "flows", List.of(with(u.flows().get(0), "ends", true)))),
                        useCase(u -> with(u, "flows", List.of(with(with(u.flows().get(0), "ends", true), "rejoinsAt",
                                Optional.empty()))))),
                c("structure.reserved-id", "actors[SYSTEM]",
                        spec(b -> b.actor(Actor.builder("SYSTEM").name("The shop").build())),
                        spec(b -> b.actor(Actor.builder("SYSTEMS").name("The shop").build()))),
                c("structure.attribute-constraints", "entities[Order].attributes[total].min",
                        spec(b -> b.entities(List.of()).entity("Order", e -> e.attribute("number", AttributeType.IDENTIFIER,
                                a -> a.identifier()).attribute("total", AttributeType.MONEY, a -> a.min(10).max(1)))),
                        spec(b -> b.entities(List.of()).entity("Order", e -> e.attribute("number", AttributeType.IDENTIFIER,
                                a -> a.identifier()).attribute("total", AttributeType.MONEY, a -> a.min(1).max(10))))),
                // referential layer
                c("ref.duplicate-id", "entities[REQ-1]", spec(b -> b.entity("REQ-1", e -> e.description("x"))),
                        spec(b -> b.entity("Invoice", e -> e.description("x")))),
                c("ref.duplicate-name", "entities[Order].attributes[status]",
                        order(e -> with(e, "attributes", List.of(e.attributes().get(0), e.attributes().get(1), e.attributes().get(1)))),
                        order(e -> with(e, "attributes", List.of(e.attributes().get(0), e.attributes().get(1))))),
                c("ref.case-collision", "actors[buyer]", spec(b -> b.actor("buyer", a -> a.name("Lower"))),
                        spec(b -> b.actor("shopper", a -> a.name("Lower")))),
                c("ref.unresolved", "useCases[UC-1].realizes[REQ-404]",
                        useCase(u -> with(u, "realizes", List.of(Fixtures.REQ, Id.of("REQ-404")))),
                        useCase(u -> with(u, "realizes", List.of(Fixtures.REQ)))),
                c("ref.wrong-kind", "useCases[UC-1].realizes[AC-1]",
                        useCase(u -> with(u, "realizes", List.of(Fixtures.REQ, Id.of("AC-1")))),
                        useCase(u -> with(u, "realizes", List.of(Fixtures.REQ)))),
                c("ref.unknown-step", "useCases[UC-1].flows[A1].branchesFrom",
                        useCase(u -> with(u, "flows", List.of(with(u.flows().get(0), "branchesFrom", 7)))),
                        useCase(u -> with(u, "flows", List.of(with(u.flows().get(0), "branchesFrom", 1))))),
                c("ref.cycle", "requirements[REQ-1].dependsOn[REQ-1]",
                        req(r -> with(r, "dependsOn", List.of(Fixtures.REQ))), req(r -> with(r, "dependsOn", List.of()))),
                // a rule every profile runs: a waiver of a rule the profile does not run is not "unmatched"
                c("waiver.unmatched", "requirements[REQ-1].waivers[ref.unresolved]",
                        req(r -> with(r, "waivers", List.of(Waiver.of("ref.unresolved", "REQ-9 comes in v2")))),
                        req(r -> with(with(r, "waivers", List.of(Waiver.of("ref.unresolved", "REQ-9 comes in v2"))),
                                "dependsOn", List.of(Id.of("REQ-9"))))),
                // the spec as a whole
                c("spec.no-requirements", "", spec(b -> b.requirements(List.of()).useCases(List.of())),
                        spec(b -> b.useCases(List.of()))),
                c("spec.no-use-cases", "", spec(b -> b.useCases(List.of())), spec(b -> b)),
                c("spec.no-entities", "", spec(b -> b.entities(List.of())), spec(b -> b)),
                // acceptance criteria
                c("criteria.no-success", "requirements[REQ-1]", withoutCriteria("AC-1"),
                        criterion("AC-1", x -> x)),
                c("criteria.too-many-success", "requirements[REQ-1]", moreSuccess(5), moreSuccess(4)),
                c("criteria.when-without-then", "requirements[REQ-1].criteria[AC-1]",
                        criterion("AC-1", x -> with(with(x, "then", Optional.empty()), "statement", Optional.of("2 items are paid"))),
                        criterion("AC-1", x -> with(x, "statement", Optional.of("2 items are paid")))),
                c("criteria.no-then", "requirements[REQ-1].criteria[AC-1]",
                        criterion("AC-1", x -> new AcceptanceCriterion(x.id(), x.category(), x.edgeCase(), List.of(),
                                List.of(), List.of(), Optional.of("an order of 2 items is paid"), List.of(), List.of())),
                        criterion("AC-1", x -> new AcceptanceCriterion(x.id(), x.category(), x.edgeCase(), List.of(),
                                List.of(), List.of("an order of 2 items is paid"), Optional.empty(), List.of(), List.of()))),
                c("criteria.failure-no-experience", "requirements[REQ-1].criteria[AC-8].then",
                        then("AC-8", "the card is not charged"), then("AC-8", "the buyer sees that the card is not charged")),
                // edge cases and failure modes
                c("edge.too-few", "", withoutCriteria("AC-2", "AC-3", "AC-4", "AC-5", "AC-6"),
                        withoutCriteria("AC-2", "AC-3", "AC-4")),
                c("edge.no-failure-mode", "", withoutCriteria("AC-8"), withoutCriteria("AC-7")),
                c("edge.missing-kinds", "", withoutCriteria("AC-5"),
                        criterion("AC-5", x -> with(x, "then", Optional.of("the card is charged once")))),
                // coverage
                c("coverage.unrealized-requirement", "requirements[REQ-2]", secondRequirement(false), secondRequirement(true)),
                c("coverage.no-requirement", "useCases[UC-1]", useCase(u -> with(u, "realizes", List.of())),
                        useCase(u -> with(u, "realizes", List.of(Fixtures.REQ)))),
                c("coverage.unused-entity", "entities[Invoice]",
                        spec(b -> b.entity("Invoice", e -> e.attribute("number", AttributeType.IDENTIFIER, a -> a.identifier()))),
                        invoice(true, "charges the card and sends the invoice")),
                c("coverage.retired-realized", "useCases[UC-1].realizes[REQ-1]",
                        req(r -> with(r, "status", RequirementStatus.REJECTED)),
                        req(r -> with(r, "status", RequirementStatus.APPROVED))),
                // use case and entity consistency
                c("consistency.unlisted-entity", "useCases[UC-1].mainFlow[2].action",
                        invoice(false, "charges the card and sends the INVOICES"),
                        invoice(true, "charges the card and sends the INVOICES")),
                c("consistency.unmentioned-entity", "useCases[UC-1].uses[Invoice]",
                        invoice(true, "charges the card"), invoice(true, "charges the card and sends the invoice")),
                // use case structure
                c("usecase.no-primary-actor", "useCases[UC-1].primaryActor",
                        useCase(u -> with(u, "primaryActor", Optional.empty())), useCase(u -> u)),
                c("usecase.short-main-flow", "useCases[UC-1].mainFlow",
                        both(steps(Step.of(1, "BUYER", "confirms the order and pays")), NO_FLOWS),
                        both(steps(Step.of(1, "BUYER", "confirms the order"), Step.of(2, "SYSTEM", "takes payment")),
                                NO_FLOWS)),
                c("usecase.no-success-postcondition", "useCases[UC-1].successPostconditions",
                        useCase(u -> with(u, "successPostconditions", List.of())), useCase(u -> u)),
                c("usecase.step-gap", "useCases[UC-1].mainFlow",
                        steps(Step.of(1, "BUYER", s1), Step.of(3, "SYSTEM", "charges the card for the order")),
                        steps(Step.of(1, "BUYER", s1), Step.of(2, "SYSTEM", "charges the card for the order"))),
                c("usecase.dangling-flow", "useCases[UC-1].flows[A1]",
                        useCase(u -> with(u, "flows", List.of(with(u.flows().get(0), "rejoinsAt", Optional.empty())))),
                        useCase(u -> with(u, "flows", List.of(with(with(u.flows().get(0), "rejoinsAt", Optional.empty()),
                                "ends", true))))),
                // entity model
                c("entity.no-attributes", "entities[Order]", order(e -> with(e, "attributes", List.of())), order(e -> e)),
                c("entity.no-identifier", "entities[Order]",
                        order(e -> with(e, "attributes", List.of(e.attributes().get(1)))),
                        order(e -> with(e, "attributes", List.of(e.attributes().get(0))))),
                c("entity.enum-without-values", "entities[Order].attributes[status].values",
                        order(e -> with(e, "attributes", List.of(e.attributes().get(0), with(e.attributes().get(1), "values", List.of())))),
                        order(e -> e)),
                c("entity.no-cardinality", "entities[Order].relationships[previous].cardinality",
                        order(e -> with(e, "relationships", List.of(new Relationship("previous", Fixtures.ORDER,
                                RelationshipKind.ASSOCIATION, Optional.empty(), Optional.empty(), Optional.empty())))),
                        order(e -> with(e, "relationships", List.of(Relationship.of("previous", "Order",
                                io.specdriven.core.Cardinality.ZERO_OR_ONE))))),
                // language
                c("lang.placeholder", "requirements[REQ-1].statement",
                        statement("When the buyer confirms the order, the system shall charge the card within TBD s."),
                        statement("When the buyer confirms the order, the system shall charge the card within 5 s.")),
                c("lang.vague-term", "requirements[REQ-1].statement",
                        statement("When the buyer confirms the order, the system shall charge the card fast."),
                        statement("When the buyer confirms the order, the system shall charge the card at once.")),
                c("lang.avoided-synonym", "useCases[UC-1].mainFlow[1].action",
                        steps(Step.of(1, "BUYER", "confirms the order, a Purchase"), Step.of(2, "SYSTEM", "charges the order")),
                        steps(Step.of(1, "BUYER", "confirms the order, a Purchaser"), Step.of(2, "SYSTEM", "charges the order"))),
                c("lang.quality-no-number", "requirements[REQ-1].statement",
                        both(QUALITY, statement("The system shall charge the card without delay.")),
                        both(QUALITY, statement("The system shall charge the card within two seconds."))),
                c("lang.criterion-no-number", "requirements[REQ-1].criteria[AC-1]",
                        criterion("AC-1", x -> with(with(x, "given", Optional.of("an order")), "then", Optional.of("the order is paid"))),
                        criterion("AC-1", x -> with(with(x, "given", Optional.of("an order")), "then",
                                Optional.of("the order shows \"paid\"")))),
                c("lang.no-normative-keyword", "requirements[REQ-1].statement",
                        statement("The system charges the card within 5 s."),
                        statement("The system must charge the card within 5 s.")),
                c("lang.implementation-detail", "requirements[REQ-1].statement",
                        statement("When the buyer confirms the order, the system shall charge the card through the REST endpoint."),
                        statement("When the buyer confirms the order, the system shall charge the card through the payment provider.")),
                // identifiers
                new Case("ids.prefix", "requirements[FR-2]",
                        spec(b -> b.requirement("FR-2", r -> r.title("x").statement("x"))),
                        spec(b -> b.requirement("REQ-2", r -> r.title("x").statement("x"))), RuleCasesTest::prefixed));
    }

    static UnaryOperator<Spec> moreSuccess(int n) {
        return req(r -> {
            List<AcceptanceCriterion> list = new ArrayList<>(r.criteria());
            for (int i = 0; i < n; i++) {
                list.add(AcceptanceCriterion.builder("AC-S" + i).given("an order of " + i + " items").then("it is paid").build());
            }
            return with(r, "criteria", list);
        });
    }

    static UnaryOperator<Spec> secondRequirement(boolean realized) {
        return s -> {
            Spec more = s.toBuilder().requirement("REQ-2", r -> r.title("Refund")
                    .statement("The system shall refund a paid order within 1 day.")
                    .criterion("AC-R1", c -> c.given("a paid order of 2 items").then("the buyer is refunded 2 items"))).build();
            return realized ? useCase(u -> with(u, "realizes", List.of(Fixtures.REQ, Id.of("REQ-2")))).apply(more) : more;
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fires_on_the_change_and_not_on_the_near_identical_one(Case c) {
        // given
        Spec firing = c.fires().apply(Fixtures.clean());
        Spec passing = c.passes().apply(Fixtures.clean());

        for (Profile p : List.of(Profile.STANDARD, Profile.STRICT)) {
            // when
            ValidationReport fired = c.validators().apply(p).validate(firing);
            ValidationReport passed = c.validators().apply(p).validate(passing);

            // then
            Severity expected = p == Profile.STRICT ? Severity.ERROR : standardSeverity(c.ruleId());
            assertThat(fired.violations()).as(p + ": " + fired)
                    .filteredOn(v -> v.ruleId().equals(c.ruleId()))
                    .extracting(v -> v.path().toString(), Violation::severity)
                    .contains(org.assertj.core.api.Assertions.tuple(c.path(), expected));
            assertThat(passed.violations()).as(p + ": " + passed).extracting(Violation::ruleId)
                    .doesNotContain(c.ruleId());
        }
    }

    @Test
    void every_finding_of_the_completeness_rules_has_a_message_and_a_hint() {
        cases().forEach(c -> c.validator().validate(c.fires().apply(Fixtures.clean())).violations().stream()
                .filter(v -> !Set.of("constraint", "structure", "ref", "waiver", "rule")
                        .contains(v.ruleId().substring(0, v.ruleId().indexOf('.'))))
                .forEach(v -> {
                    assertThat(v.message()).as(v.toString()).isNotBlank().doesNotEndWith(".");
                    assertThat(v.hint()).as(v.toString()).isPresent();
                }));
    }

    @Test
    void every_rule_of_the_catalogue_has_a_case() {
        Set<String> tested = cases().map(Case::ruleId).collect(Collectors.toCollection(TreeSet::new));
        tested.addAll(COVERED_ELSEWHERE);

        assertThat(tested).containsExactlyInAnyOrderElementsOf(RuleCatalogue.fromCode().keySet());
    }
}
