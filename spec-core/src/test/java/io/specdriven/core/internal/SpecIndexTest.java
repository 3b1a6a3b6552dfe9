package io.specdriven.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.core.Id;
import io.specdriven.core.Spec;
import io.specdriven.core.Step;
import org.junit.jupiter.api.Test;

class SpecIndexTest {

    private static Spec spec() {
        return Spec.builder("s", "S")
                .actor("CLERK", a -> a.name("Clerk"))
                .useCase("UC-1", u -> u.title("Book").step("CLERK", "enters the booking")
                        .step("SYSTEM", "stores the booking"))
                .useCase("UC-2", u -> u.title("Audit").step("SYSTEM", "writes the audit log"))
                .build();
    }

    @Test
    void a_step_by_system_is_no_reference_to_an_actor_as_the_reference_rules_see_it() {
        // when
        SpecIndex index = SpecIndex.of(spec());
        // then: SYSTEM is the system being specified; only declared actors take part in use cases
        assertThat(index.useCasesWithActor(Step.SYSTEM)).isEmpty();
        assertThat(index.useCasesWithActor(Id.of("CLERK"))).containsExactly(Id.of("UC-1"));
    }
}
