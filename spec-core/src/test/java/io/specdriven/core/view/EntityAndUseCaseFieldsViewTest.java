package io.specdriven.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.core.AttributeType;
import io.specdriven.core.Cardinality;
import io.specdriven.core.Relationship;
import io.specdriven.core.Spec;
import org.junit.jupiter.api.Test;

/** Issue 9: a relationship that states both ends is drawn as it is, one-to-many as one-to-many. */
class EntityAndUseCaseFieldsViewTest {
    static Spec petclinic() {
        return Spec.builder("petclinic", "Pet clinic")
                .entity("Owner", e -> e.attribute("id", AttributeType.IDENTIFIER, a -> a.identifier())
                        .relationship(Relationship.builder("pets", "Pet").sourceCardinality(Cardinality.ONE)
                                .cardinality(Cardinality.ZERO_OR_MORE).build()))
                .entity("Pet", e -> e.attribute("id", AttributeType.IDENTIFIER, a -> a.identifier()))
                .build();
    }

    @Test
    void mermaid_er_draws_one_to_many_when_both_ends_are_stated_issue_9() {
        assertThat(SpecViews.mermaidErDiagram(petclinic())).contains("\"Owner\" ||--o{ \"Pet\" : \"pets\"");
    }

    @Test
    void class_diagrams_show_both_ends() {
        assertThat(SpecViews.mermaidClassDiagram(petclinic())).contains("Owner \"1\" --> \"0..*\" Pet : pets");
        assertThat(SpecViews.plantUmlClassDiagram(petclinic())).contains("\"1\" --> \"0..*\"");
    }

    @Test
    void a_relationship_without_source_end_is_drawn_as_before() {
        Spec spec = Spec.builder("s", "S").entity("Owner", e -> e.relationship(Relationship.of("pets", "Pet",
                Cardinality.ZERO_OR_MORE))).entity("Pet", e -> e.attribute("id", AttributeType.IDENTIFIER)).build();
        assertThat(SpecViews.mermaidErDiagram(spec)).contains("\"Owner\" }o..o{ \"Pet\" : \"pets\"");
    }
}
