package io.specdriven.core.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.specdriven.core.Id;
import io.specdriven.core.Spec;
import io.specdriven.core.fixture.ExampleSpecs;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceabilityTest {

    private static List<Id> ids(String... values) {
        return java.util.Arrays.stream(values).map(Id::of).toList();
    }

    @Test
    void traces_each_requirement_to_its_criteria_use_cases_and_their_entities() {
        // given
        Spec shop = ExampleSpecs.shop();
        // when
        Traceability trace = Traceability.of(shop);
        // then
        assertThat(trace.requirements()).extracting(RequirementTrace::requirement)
                .containsExactlyElementsOf(ids("REQ-CATALOG", "REQ-CART", "REQ-CHECKOUT", "REQ-PAY", "REQ-HISTORY",
                        "REQ-PRIVACY"));
        assertThat(trace.requirement(Id.of("REQ-CHECKOUT"))).contains(new RequirementTrace(Id.of("REQ-CHECKOUT"),
                ids("AC-CHECKOUT-1", "AC-CHECKOUT-EMPTY"), ids("UC-CHECKOUT"), ids("Cart", "Order")));
        assertThat(trace.requirement(Id.of("REQ-PAY")).orElseThrow().entities()).isEqualTo(ids("Payment", "Order"));
    }

    @Test
    void reads_the_links_backwards() {
        // given
        Traceability trace = Traceability.of(ExampleSpecs.shop());
        // then
        assertThat(trace.requirementsOfUseCase(Id.of("UC-PAY"))).isEqualTo(ids("REQ-PAY", "REQ-PRIVACY"));
        assertThat(trace.useCasesOfEntity(Id.of("Order"))).isEqualTo(ids("UC-CHECKOUT", "UC-PAY", "UC-HISTORY"));
        assertThat(trace.requirementsOfEntity(Id.of("Order")))
                .isEqualTo(ids("REQ-CHECKOUT", "REQ-PAY", "REQ-PRIVACY", "REQ-HISTORY"));
        assertThat(trace.requirementOfCriterion(Id.of("AC-CART-STOCK"))).contains(Id.of("REQ-CART"));
        assertThat(trace.requirementOfCriterion(Id.of("AC-NOPE"))).isEmpty();
    }

    @Test
    void lists_orphans_on_each_side() {
        // given
        Traceability trace = Traceability.of(ExampleSpecs.shop());
        // then
        assertThat(trace.hasOrphans()).isTrue();
        assertThat(trace.requirementsWithoutCriteria()).isEqualTo(ids("REQ-PRIVACY"));
        assertThat(trace.requirementsWithoutUseCases()).isEmpty();
        assertThat(trace.useCasesWithoutRequirements()).isEqualTo(ids("UC-COUPON"));
        assertThat(trace.entitiesWithoutUseCases()).isEqualTo(ids("Customer", "OrderLine", "Invoice"));
    }

    @Test
    void ignores_links_to_elements_that_do_not_exist() {
        // given
        Spec spec = Spec.builder("s", "S")
                .requirement("REQ-1", r -> r.title("t").statement("s").criterion("AC-1", c -> c.then("ok")))
                .useCase("UC-1", u -> u.title("u").realizes("REQ-404", "REQ-1").uses("Ghost"))
                .useCase("UC-2", u -> u.title("v").realizes("REQ-404"))
                .build();
        // when
        Traceability trace = Traceability.of(spec);
        // then
        assertThat(trace.requirements()).singleElement()
                .isEqualTo(new RequirementTrace(Id.of("REQ-1"), ids("AC-1"), ids("UC-1"), List.of()));
        assertThat(trace.useCasesWithoutRequirements()).isEqualTo(ids("UC-2"));
        assertThat(trace.hasOrphans()).isTrue();
    }

    @Test
    void an_empty_spec_has_no_rows_and_no_orphans() {
        // when
        Traceability trace = Traceability.of(Spec.builder("empty", "Empty").build());
        // then
        assertThat(trace.requirements()).isEmpty();
        assertThat(trace.hasOrphans()).isFalse();
        assertThat(trace.toMarkdown()).startsWith("The spec has no requirements.\n");
    }

    @Test
    void renders_a_markdown_table_that_special_characters_cannot_break() {
        // given
        Spec spec = Spec.builder("s", "S")
                .requirement("REQ-1", r -> r.title("a | b `c` [d](e) <br> *f*\nnext").statement("s"))
                .build();
        // when
        String markdown = Traceability.of(spec).toMarkdown();
        // then
        assertThat(markdown).startsWith("""
                | Requirement | Title | Acceptance criteria | Use cases | Entities |
                |---|---|---|---|---|
                | REQ-1 | a \\| b \\`c\\` \\[d\\](e) &lt;br&gt; \\*f\\*<br>next | — | — | — |
                """);
        assertThat(markdown.lines().filter(l -> l.startsWith("|")))
                .allSatisfy(line -> assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count())
                        .isEqualTo(6));
        assertThat(markdown).contains("- Requirements without acceptance criteria: REQ-1\n");
    }

    @Test
    void refuses_null() {
        assertThatNullPointerException().isThrownBy(() -> Traceability.of(null)).withMessage("spec");
        assertThatNullPointerException().isThrownBy(() -> Traceability.of(ExampleSpecs.shop()).requirement(null))
                .withMessage("requirementId");
    }
}
