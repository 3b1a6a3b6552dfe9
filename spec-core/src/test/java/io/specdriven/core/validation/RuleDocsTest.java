package io.specdriven.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** docs/rules.md and the code agree: the same rule ids, the same severity in each profile, a section each. */
class RuleDocsTest {
    @Test
    void the_constraints_on_the_model_are_the_ones_expected() {
        assertThat(RuleCatalogue.constraintNames()).containsExactly("NotBlank", "Positive", "PositiveOrZero", "Size");
    }

    @Test
    void the_rules_page_lists_every_rule_with_its_severity_in_each_profile() throws IOException {
        assertThat(RuleCatalogue.fromDocs()).isEqualTo(RuleCatalogue.fromCode());
    }

    @Test
    void every_rule_has_a_section_on_the_rules_page() throws IOException {
        assertThat(RuleCatalogue.sectionsInDocs()).isEqualTo(RuleCatalogue.fromCode().keySet());
    }
}
