package io.specdriven.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.specdriven.core.AttributeType;
import io.specdriven.core.Cardinality;
import io.specdriven.core.Entity;
import io.specdriven.core.FlowKind;
import io.specdriven.core.GlossaryTerm;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.UseCase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ElementPathTest {

    @Test
    void names_elements_by_key() {
        ElementPath path = ElementPath.root().element("requirements", "REQ-7").element("criteria", "AC-2").field("then");

        assertThat(path).hasToString("requirements[REQ-7].criteria[AC-2].then");
        assertThat(path.parent()).hasToString("requirements[REQ-7].criteria[AC-2]");
        assertThat(path.startsWith(ElementPath.root().element("requirements", "REQ-7"))).isTrue();
        assertThat(path.startsWith(ElementPath.root().element("requirements", "REQ-8"))).isFalse();
        assertThat(ElementPath.root().isRoot()).isTrue();
        assertThat(ElementPath.root()).hasToString("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "title", "requirements[REQ-7].criteria[AC-2].then", "entities[Order].attributes[a\\]b]",
            "glossary[back\\\\slash]", "requirements[1.2].title"})
    void parses_what_it_prints(String text) {
        assertThat(ElementPath.parse(text)).hasToString(text);
    }

    @Test
    void keeps_brackets_inside_keys() {
        ElementPath path = ElementPath.root().element("entities", "Order").element("attributes", "a]b");

        assertThat(ElementPath.parse(path.toString())).isEqualTo(path);
        assertThat(path.segments().get(1).key()).contains("a]b");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "a.", "a..b", "a[b", "a]", "[x]", "a[x]b"})
    void refuses_malformed_text(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> ElementPath.parse(text))
                .withMessageStartingWith("invalid element path '" + text + "'");
    }

    @Test
    void sorts_in_natural_order_parents_first() {
        List<ElementPath> paths = new ArrayList<>();
        for (String s : List.of("requirements[REQ-10]", "requirements[REQ-2].title", "requirements[REQ-2]", "actors[A]",
                "")) {
            paths.add(ElementPath.parse(s));
        }
        Collections.sort(paths);

        assertThat(paths).extracting(ElementPath::toString).containsExactly(
                "", "actors[A]", "requirements[REQ-2]", "requirements[REQ-2].title", "requirements[REQ-10]");
    }

    @Test
    void public_paths_name_every_part_of_the_model_as_the_built_in_rules_do() {
        // given: a custom rule's view of a spec
        Spec spec = Spec.builder("s", "S")
                .actor("ANALYST", a -> a.name("Analyst"))
                .term(GlossaryTerm.of("report", "a saved view"))
                .requirement("REQ-7", r -> r.title("T").statement("The system shall export.")
                        .criterion("AC-2", c -> c.then("a file is saved")))
                .useCase("UC-1", u -> u.title("Export").step("ANALYST", "clicks Export")
                        .alternative("A1", "No rows", 1, f -> f.step("SYSTEM", "shows a notice").ends())
                        .businessRule("BR-1", "Exports keep the column order"))
                .entity("Order", e -> e.attribute("total", AttributeType.DECIMAL)
                        .relationship("lines", "Line", Cardinality.ONE_OR_MORE))
                .build();
        Requirement r = spec.requirements().get(0);
        UseCase u = spec.useCases().get(0);
        Entity e = spec.entities().get(0);
        // when / then
        assertThat(ElementPath.of(r)).hasToString("requirements[REQ-7]");
        assertThat(ElementPath.of(r, r.criteria().get(0)).field("then")).hasToString("requirements[REQ-7].criteria[AC-2].then");
        assertThat(ElementPath.of(u)).hasToString("useCases[UC-1]");
        assertThat(ElementPath.of(u, u.mainFlow().get(0))).hasToString("useCases[UC-1].mainFlow[1]");
        assertThat(ElementPath.of(u, u.flows().get(0))).hasToString("useCases[UC-1].flows[A1]");
        assertThat(u.flows().get(0).kind()).isEqualTo(FlowKind.ALTERNATIVE);
        assertThat(ElementPath.of(u, u.flows().get(0), u.flows().get(0).steps().get(0)))
                .hasToString("useCases[UC-1].flows[A1].steps[1]");
        assertThat(ElementPath.of(u, u.businessRules().get(0))).hasToString("useCases[UC-1].businessRules[BR-1]");
        assertThat(ElementPath.of(e)).hasToString("entities[Order]");
        assertThat(ElementPath.of(e, e.attributes().get(0))).hasToString("entities[Order].attributes[total]");
        assertThat(ElementPath.of(e, e.relationships().get(0))).hasToString("entities[Order].relationships[lines]");
        assertThat(ElementPath.of(spec.actors().get(0))).hasToString("actors[ANALYST]");
        assertThat(ElementPath.of(spec.glossary().get(0))).hasToString("glossary[report]");
    }

    @Test
    void a_custom_rule_reporting_on_a_public_path_is_waived_like_a_built_in_finding() {
        // given: a team rule that names the criterion through the public path, and a waiver on the requirement
        Spec spec = Spec.builder("s", "S")
                .requirement("REQ-7", r -> r.title("T").statement("The system shall export.")
                        .waive("team.then", "agreed with the product owner")
                        .criterion("AC-2", c -> c.given("a report").then("a file is saved")))
                .build();
        SpecRule rule = new SpecRule() {
            @Override
            public String id() {
                return "team.then";
            }

            @Override
            public String description() {
                return "Criteria say when.";
            }

            @Override
            public void check(Spec s, ViolationSink sink) {
                for (Requirement r : s.requirements()) {
                    r.criteria().stream().filter(c -> c.when().isEmpty()).forEach(c -> sink.report("team.then",
                            Severity.WARNING, ElementPath.of(r, c).field("when"), "say when"));
                }
            }
        };
        // when
        ValidationReport report = SpecValidator.builder().rule(rule).build().validate(spec);
        // then: the waiver on requirements[REQ-7] accepts the finding below it
        assertThat(report.violations()).noneMatch(v -> v.ruleId().equals("team.then"));
        assertThat(report.waived()).extracting(w -> w.violation().path().toString())
                .containsExactly("requirements[REQ-7].criteria[AC-2].when");
    }
}
