package io.specdriven.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpecBuilderTest {

    static Spec csvExport() {
        return Spec.builder("csv-export", "CSV export for the reporting dashboard")
                .version("1.0.0")
                .actor("ANALYST", a -> a.name("Analyst").description("Reads reports and exports them"))
                .requirement("REQ-EXPORT", r -> r
                        .title("Export the visible report as CSV")
                        .statement("When the analyst clicks Export, the system shall download the report as [report-name]-[date].csv")
                        .priority(Priority.MUST)
                        .criterion("AC-EXPORT-1", c -> c.given("a report with 3 rows").when("the analyst clicks Export")
                                .then("report-2026-11-21.csv with a header row and 3 data rows is downloaded"))
                        .edgeCase("AC-EMPTY", EdgeCaseKind.EMPTY_DATA, c -> c.given("a report with no rows")
                                .when("the analyst clicks Export").then("the message 'Nothing to export' is shown and no file is created"))
                        .failure("AC-TIMEOUT", c -> c.given("the export takes longer than 30 s")
                                .then("the analyst sees 'Export failed — try again' and can retry")))
                .useCase("UC-EXPORT", u -> u
                        .title("Export a report").primaryActor("ANALYST").realizes("REQ-EXPORT").uses("Report")
                        .precondition("The analyst is signed in and a report is open")
                        .step("ANALYST", "clicks Export in the top-right corner of the dashboard")
                        .step("SYSTEM", "shows a loading indicator and builds the file")
                        .alternative("A1", "The report is empty", 2, a -> a.step("SYSTEM", "shows 'Nothing to export'").ends()))
                .entity("Report", e -> e
                        .attribute("name", AttributeType.STRING, a -> a.required().maxLength(120))
                        .relationship("rows", "ReportRow", Cardinality.ONE_OR_MORE))
                .build();
    }

    @Test
    void builds_the_issue_example_with_every_part_in_place() {
        // when
        Spec spec = csvExport();

        // then
        assertThat(spec.id()).isEqualTo(Id.of("csv-export"));
        assertThat(spec.version()).contains("1.0.0");
        Requirement req = spec.requirement(Id.of("REQ-EXPORT")).orElseThrow();
        assertThat(req.kind()).isEqualTo(RequirementKind.FUNCTIONAL);
        assertThat(req.status()).isEqualTo(RequirementStatus.DRAFT);
        assertThat(req.criteria()).extracting(c -> c.id().value(), AcceptanceCriterion::category)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("AC-EXPORT-1", CriterionCategory.SUCCESS),
                        org.assertj.core.groups.Tuple.tuple("AC-EMPTY", CriterionCategory.EDGE_CASE),
                        org.assertj.core.groups.Tuple.tuple("AC-TIMEOUT", CriterionCategory.FAILURE));
        assertThat(req.criterion(Id.of("AC-EMPTY")).orElseThrow().edgeCase()).contains(EdgeCaseKind.EMPTY_DATA);
        UseCase uc = spec.useCase(Id.of("UC-EXPORT")).orElseThrow();
        assertThat(uc.mainFlow()).extracting(Step::number, s -> s.actor().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "ANALYST"),
                        org.assertj.core.groups.Tuple.tuple(2, "SYSTEM"));
        assertThat(uc.step(2).orElseThrow().bySystem()).isTrue();
        Flow a1 = uc.flows().get(0);
        assertThat(a1.kind()).isEqualTo(FlowKind.ALTERNATIVE);
        assertThat(a1.branchesFrom()).isEqualTo(2);
        assertThat(a1.ends()).isTrue();
        assertThat(a1.rejoinsAt()).isEmpty();
        Entity report = spec.entity(Id.of("Report")).orElseThrow();
        assertThat(report.attribute("name").orElseThrow().maxLength()).contains(120);
        assertThat(report.relationships().get(0).cardinality()).contains(Cardinality.ONE_OR_MORE);
    }

    @Test
    void an_empty_spec_needs_only_id_and_title() {
        Spec spec = Spec.builder("empty", "Nothing yet").build();

        assertThat(spec.requirements()).isEmpty();
        assertThat(spec.version()).isEmpty();
    }

    @Test
    void every_returned_collection_is_unmodifiable() {
        Spec spec = csvExport();
        Requirement req = spec.requirements().get(0);
        UseCase uc = spec.useCases().get(0);
        Entity e = spec.entities().get(0);

        for (List<?> list : List.<List<?>>of(spec.requirements(), spec.actors(), spec.useCases(), spec.entities(),
                spec.glossary(), spec.assumptions(), spec.outOfScope(), spec.openQuestions(), spec.waivers(),
                req.criteria(), req.tags(), req.dependsOn(), uc.mainFlow(), uc.flows(), uc.realizes(), uc.uses(),
                uc.preconditions(), e.attributes(), e.relationships(), e.invariants())) {
            assertThatThrownBy(() -> list.add(null)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void records_copy_the_lists_they_are_given() {
        // given
        List<String> tags = new ArrayList<>(List.of("export"));
        Requirement req = new Requirement(Id.of("R1"), Optional.of("t"), Optional.of("s"), RequirementKind.FUNCTIONAL, Optional.empty(),
                Optional.empty(), RequirementStatus.DRAFT, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), tags, List.of(), List.of());

        // when
        tags.add("later");

        // then
        assertThat(req.tags()).containsExactly("export");
    }

    @Test
    void a_builder_reused_after_build_never_changes_what_it_built() {
        // given
        Spec.Builder builder = Spec.builder("s", "S").requirement("R1", r -> r.title("one").statement("x"));
        Spec first = builder.build();

        // when
        builder.requirement("R2", r -> r.title("two").statement("y")).assumption("more");

        // then
        assertThat(first.requirements()).extracting(r -> r.id().value()).containsExactly("R1");
        assertThat(first.assumptions()).isEmpty();
        assertThat(builder.build().requirements()).hasSize(2);
    }

    @Test
    void to_builder_reproduces_an_equal_value() {
        Spec spec = csvExport();

        assertThat(spec.toBuilder().build()).isEqualTo(spec);
        assertThat(spec.requirements().get(0).toBuilder().build()).isEqualTo(spec.requirements().get(0));
        assertThat(spec.useCases().get(0).toBuilder().build()).isEqualTo(spec.useCases().get(0));
        assertThat(spec.entities().get(0).toBuilder().build()).isEqualTo(spec.entities().get(0));
        assertThat(spec.actors().get(0).toBuilder().build()).isEqualTo(spec.actors().get(0));
    }

    @Test
    void with_requirement_replaces_by_id_and_keeps_the_order() {
        Spec spec = Spec.builder("s", "S")
                .requirement("R1", r -> r.title("one").statement("x"))
                .requirement("R2", r -> r.title("two").statement("y"))
                .build();

        Spec changed = spec.withRequirement(spec.requirements().get(0).withStatus(RequirementStatus.APPROVED));

        assertThat(changed.requirements()).extracting(r -> r.id().value()).containsExactly("R1", "R2");
        assertThat(changed.requirements().get(0).status()).isEqualTo(RequirementStatus.APPROVED);
        assertThat(spec.requirements().get(0).status()).isEqualTo(RequirementStatus.DRAFT);
    }

    @Test
    void build_names_every_missing_part_at_once() {
        assertThatIllegalStateException().isThrownBy(() -> UseCase.builder("UC-1").build())
                .withMessage("cannot build UseCase UC-1: missing title");
        assertThatIllegalStateException().isThrownBy(() -> Actor.builder("A").build())
                .withMessage("cannot build Actor A: missing name");
    }

    @Test
    void a_null_fails_at_once_naming_the_parameter() {
        assertThatNullPointerException().isThrownBy(() -> Spec.builder(null, "t")).withMessage("id");
        assertThatNullPointerException().isThrownBy(() -> Spec.builder("s", null)).withMessage("title");
        assertThatNullPointerException().isThrownBy(() -> Spec.builder("s", "t").version(null)).withMessage("version");
        assertThatNullPointerException().isThrownBy(() -> Requirement.builder("R").title(null)).withMessage("title");
        assertThatNullPointerException().isThrownBy(() -> Requirement.builder("R").tag("a", null))
                .withMessage("tags[1]");
        assertThatNullPointerException().isThrownBy(() -> UseCase.builder("U").realizes((String[]) null))
                .withMessage("requirementIds");
        assertThatNullPointerException().isThrownBy(() -> Spec.builder("s", "t").requirement("R", null))
                .withMessage("requirement");
        assertThatNullPointerException().isThrownBy(() -> new Spec(Id.of("s"), "t", Optional.empty(),
                Optional.empty(), List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of())).withMessage("requirements");
        assertThatNullPointerException().isThrownBy(() -> csvExport().requirement((Id) null)).withMessage("id");
        assertThatNullPointerException().isThrownBy(() -> csvExport().requirement((String) null)).withMessage("id");
    }

    @Test
    void a_requirement_builds_without_title_and_statement_issue_9() {
        // given: a requirement that is only a user story, as AIUP and Kiro write them
        Requirement story = Requirement.builder("1.1").story(UserStory.of("a pet owner", "to book a visit")).build();
        // when: and one that is nothing but its id
        Requirement bare = Requirement.builder("REQ-1").build();
        // then: nothing was invented for the absent parts
        assertThat(story.title()).isEmpty();
        assertThat(story.statement()).isEmpty();
        assertThat(story.story()).hasValue(UserStory.of("a pet owner", "to book a visit"));
        assertThat(bare.toBuilder().build()).isEqualTo(bare);
        assertThat(bare.title()).isEmpty();
    }

    @Test
    void a_criterion_keeps_several_steps_in_order_issue_9() {
        // given
        AcceptanceCriterion c = AcceptanceCriterion.builder("AC-1").given("a cart with 2 items", "a saved card")
                .when("the buyer pays").then("the card is charged", "the order shows 'Paid'").build();
        // then
        assertThat(c.given()).containsExactly("a cart with 2 items", "a saved card");
        assertThat(c.when()).containsExactly("the buyer pays");
        assertThat(c.then()).containsExactly("the card is charged", "the order shows 'Paid'");
        assertThat(c.toBuilder().thenSteps(List.of()).build().then()).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> AcceptanceCriterion.builder("AC-2").given("a", (String) null));
    }

    @Test
    void text_in_any_script_is_kept_exactly() {
        String text = "報告をエクスポート — تصدير التقرير — 📊 e\u0301 \"quoted\" \\ tab\t";

        Spec spec = Spec.builder("s", text).requirement("R", r -> r.title(text).statement(text)).build();

        assertThat(spec.title()).isEqualTo(text);
        assertThat(spec.requirements().get(0).statement()).contains(text);
    }

    @Test
    void malformed_ids_are_refused_by_the_builder_naming_the_id() {
        assertThatThrownBy(() -> Spec.builder("s", "t").requirement("REQ 1 ", r -> r.title("x").statement("y")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid id 'REQ 1 '");
    }

    @Test
    void cardinality_parses_its_notation() {
        for (Cardinality c : Cardinality.values()) {
            assertThat(Cardinality.parse(c.notation())).isEqualTo(c);
        }
        assertThat(Cardinality.parse("*")).isEqualTo(Cardinality.ZERO_OR_MORE);
        assertThatThrownBy(() -> Cardinality.parse("2..3")).hasMessageContaining("use 1, 0..1, 0..* or 1..*");
    }

    @Test
    void unnumbered_steps_continue_after_a_numbered_one() {
        UseCase uc = UseCase.builder("UC").title("t").step(Step.of(5, "SYSTEM", "a")).step("SYSTEM", "b")
                .alternative("A1", "x", 5, f -> f.step(Step.of(3, "SYSTEM", "c")).step("SYSTEM", "d").ends()).build();

        assertThat(uc.mainFlow()).extracting(Step::number).containsExactly(5, 6);
        assertThat(uc.flows().get(0).steps()).extracting(Step::number).containsExactly(3, 4);
    }

    @Test
    void plural_setters_replace_and_singular_ones_add() {
        Spec spec = Spec.builder("s", "t").assumption("old").assumptions(List.of("a", "b")).openQuestion("q")
                .glossary(List.of(GlossaryTerm.of("Order", "a purchase"))).waivers(List.of(Waiver.of("lang", "why")))
                .build();
        Attribute status = Attribute.builder("status", AttributeType.ENUM).values("A", "B").values("OPEN", "CLOSED").build();

        assertThat(spec.assumptions()).containsExactly("a", "b");
        assertThat(spec.openQuestions()).containsExactly("q");
        assertThat(spec.glossary()).extracting(GlossaryTerm::term).containsExactly("Order");
        assertThat(spec.waivers()).extracting(Waiver::ruleId).containsExactly("lang");
        assertThat(status.values()).containsExactly("OPEN", "CLOSED");
    }

    @Test
    void relationships_have_a_builder_too() {
        Entity order = Entity.builder("Order")
                .relationship("lines", "OrderLine", r -> r.kind(RelationshipKind.COMPOSITION)
                        .cardinality(Cardinality.ONE_OR_MORE).description("what was bought"))
                .build();

        Relationship lines = order.relationships().get(0);
        assertThat(lines.kind()).isEqualTo(RelationshipKind.COMPOSITION);
        assertThat(lines.cardinality()).contains(Cardinality.ONE_OR_MORE);
        assertThat(lines.description()).contains("what was bought");
        assertThat(lines.toBuilder().build()).isEqualTo(lines);
    }
}
