package io.specdriven.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md and the code agree: the same rule ids, the same severity in each profile (as real validators
 * report them), the same area, a section each.
 */
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
    void the_area_column_says_where_the_findings_of_each_rule_cost_points() throws IOException {
        Map<String, Set<Score.Area>> code = RuleCatalogue.areasFromCode();
        Map<String, String> docs = RuleCatalogue.areasFromDocs();

        assertThat(docs.keySet()).isEqualTo(code.keySet());
        docs.forEach((id, column) -> {
            if (column.equals("where it stands")) {
                assertThat(RuleCatalogue.dependsOnPath(id)).as(id + ": the area of its findings depends on their path")
                        .isTrue();
            } else {
                Set<Score.Area> areas = new TreeSet<>();
                for (String name : column.split(" and ")) {
                    areas.add(Score.Area.valueOf(name.toUpperCase(Locale.ROOT).replace(' ', '_')));
                }
                assertThat(code.get(id)).as(id).isEqualTo(areas);
            }
        });
    }

    @Test
    void every_rule_has_a_section_on_the_rules_page() throws IOException {
        assertThat(RuleCatalogue.sectionsInDocs()).isEqualTo(RuleCatalogue.fromCode().keySet());
    }
}
