package io.specdriven.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.specdriven.core.Id;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.diff.ChangeKind;
import io.specdriven.core.diff.ElementKind;
import io.specdriven.core.diff.FieldChange;
import io.specdriven.core.diff.SpecDiff;
import io.specdriven.core.diff.Suspect;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Change impact on the whole-system example (issue 6, success item 3): one requirement of the webshop
 * changes, and the diff names exactly what someone must review, and why.
 */
class WebshopImpactTest {

    @Test
    void a_changed_requirement_marks_its_criteria_its_use_case_and_the_entities_that_use_case_uses() {
        // given: the shipping promise of FR-05 goes from 5 minutes to 2 hours
        Spec before = Examples.webshop();
        Requirement shipping = before.requirements().stream().filter(r -> r.id().equals(Id.of("FR-05")))
                .findFirst().orElseThrow();
        String newStatement = shipping.statement().orElseThrow().replace("within 5 minutes.", "within 2 hours.");
        Spec after = before.withRequirement(shipping.toBuilder().statement(newStatement).build());
        // when
        SpecDiff diff = SpecDiff.between(before, after);
        // then: one change, with its old and new value
        assertThat(diff.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.CHANGED);
            assertThat(change.element().kind()).isEqualTo(ElementKind.REQUIREMENT);
            assertThat(change.element().id()).isEqualTo(Id.of("FR-05"));
            assertThat(change.fields()).containsExactly(
                    new FieldChange("statement", shipping.statement(), Optional.of(newStatement)));
        });
        // and exactly these suspects: FR-05's criteria, UC-04 that realizes it, and the entities UC-04 uses
        assertThat(diff.impact()).extracting(s -> s.element().kind(), s -> s.element().id().value(), Suspect::reasons)
                .containsExactly(
                        tuple(ElementKind.CRITERION, "AC-05-1", List.of("criterion of changed requirement FR-05")),
                        tuple(ElementKind.CRITERION, "AC-05-CARRIER-DOWN",
                                List.of("criterion of changed requirement FR-05")),
                        tuple(ElementKind.USE_CASE, "UC-04", List.of("realizes changed requirement FR-05")),
                        tuple(ElementKind.ENTITY, "Customer", List.of("used by suspect use case UC-04")),
                        tuple(ElementKind.ENTITY, "Item", List.of("used by suspect use case UC-04")),
                        tuple(ElementKind.ENTITY, "Order", List.of("used by suspect use case UC-04")),
                        tuple(ElementKind.ENTITY, "Shipment", List.of("used by suspect use case UC-04")));
        // and FR-06 and UC-05, which share entities with UC-04 but not the requirement, are not suspect
        assertThat(diff.impact()).extracting(s -> s.element().id().value()).doesNotContain("FR-06", "UC-05", "FR-04");
    }
}
