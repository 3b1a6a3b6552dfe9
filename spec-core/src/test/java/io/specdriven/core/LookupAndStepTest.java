package io.specdriven.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The papercuts a newcomer hit: lookups by text, {@code Step.SYSTEM} in the builders, lambda names. */
class LookupAndStepTest {
    private final Spec spec = SpecBuilderTest.csvExport().toBuilder()
            .glossary(List.of(GlossaryTerm.of("report", "a saved view of the dashboard's data")))
            .build();

    @Test
    void given_a_spec_when_looking_up_each_element_kind_by_text_then_it_finds_the_same_element_as_by_id() {
        assertThat(spec.requirement("REQ-EXPORT")).isEqualTo(spec.requirement(Id.of("REQ-EXPORT"))).isPresent();
        assertThat(spec.useCase("UC-EXPORT")).isEqualTo(spec.useCase(Id.of("UC-EXPORT"))).isPresent();
        assertThat(spec.entity("Report")).isEqualTo(spec.entity(Id.of("Report"))).isPresent();
        assertThat(spec.actor("ANALYST")).isEqualTo(spec.actor(Id.of("ANALYST"))).isPresent();
        assertThat(spec.criterion("AC-EMPTY")).isEqualTo(spec.criterion(Id.of("AC-EMPTY")))
                .hasValueSatisfying(c -> assertThat(c.category()).isEqualTo(CriterionCategory.EDGE_CASE));
        assertThat(spec.requirement("REQ-EXPORT").orElseThrow().criterion("AC-TIMEOUT")).isPresent();
        UseCase useCase = spec.useCase("UC-EXPORT").orElseThrow();
        assertThat(useCase.flow("A1")).isEqualTo(useCase.flow(Id.of("A1")))
                .hasValueSatisfying(f -> assertThat(f.title()).isEqualTo("The report is empty"));
        assertThat(spec.glossaryTerm("report")).hasValueSatisfying(t -> assertThat(t.term()).isEqualTo("report"));
    }

    @Test
    void given_text_that_names_nothing_or_is_no_id_when_looking_up_then_the_answer_is_empty_not_an_exception() {
        assertThat(spec.requirement("REQ-NONE")).isEmpty();
        assertThat(spec.requirement("not an id!")).isEmpty();
        assertThat(spec.useCase("")).isEmpty();
        assertThat(spec.criterion("AC-NONE")).isEmpty();
        assertThat(spec.glossaryTerm("Report")).as("terms match exactly").isEmpty();
        assertThatNullPointerException().isThrownBy(() -> spec.entity((String) null)).withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> spec.criterion((Id) null)).withMessage("id");
    }

    @Test
    void given_step_system_when_building_a_flow_then_the_step_is_by_the_system() {
        UseCase useCase = UseCase.builder("UC-1").title("Export")
                .step(Id.of("ANALYST"), "clicks Export")
                .step(Step.SYSTEM, "builds the file")
                .alternative("A1", "empty", 2, a -> a.step(Step.SYSTEM, "says so").ends())
                .build();
        assertThat(useCase.mainFlow()).extracting(Step::number, Step::bySystem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(2, true));
        assertThat(useCase.flows().get(0).steps().get(0).bySystem()).isTrue();
        assertThat(useCase).isEqualTo(UseCase.builder("UC-1").title("Export").step("ANALYST", "clicks Export")
                .step("SYSTEM", "builds the file").alternative("A1", "empty", 2, a -> a.step("SYSTEM", "says so").ends())
                .build());
        assertThatNullPointerException().isThrownBy(() -> UseCase.builder("U").step((Id) null, "x")).withMessage("actor");
    }

    @Test
    void given_every_public_builder_method_when_it_takes_a_lambda_then_its_parameter_is_not_named_spec() {
        List<String> named = new ArrayList<>();
        for (Class<?> type : List.of(Spec.Builder.class, Requirement.Builder.class, UseCase.Builder.class,
                Flow.Builder.class, Entity.Builder.class, Actor.Builder.class, AcceptanceCriterion.Builder.class,
                Attribute.Builder.class, Relationship.Builder.class)) {
            for (Method method : type.getDeclaredMethods()) {
                if (!java.lang.reflect.Modifier.isPublic(method.getModifiers())) continue;
                for (Parameter parameter : method.getParameters()) {
                    assertThat(parameter.isNamePresent()).as("compiled with -parameters").isTrue();
                    if (parameter.getType() == Consumer.class && parameter.getName().equals("spec"))
                        named.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(named).as("a lambda that fills in a requirement is not 'the spec'").isEmpty();
    }
}
