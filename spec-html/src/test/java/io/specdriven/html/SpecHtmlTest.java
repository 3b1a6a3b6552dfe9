package io.specdriven.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.specdriven.core.AttributeType;
import io.specdriven.core.Cardinality;
import io.specdriven.core.Spec;
import io.specdriven.core.validation.ElementPath;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.validation.Violation;
import io.specdriven.json.SpecJson;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SpecHtmlTest {
    static final Path EXAMPLES = Path.of("..", "spec-examples", "src", "main", "resources", "io", "specdriven", "examples");

    static Spec example(String name) {
        return SpecJson.read(EXAMPLES.resolve(name + ".spec.json"));
    }

    @Test
    void the_csv_export_page_has_contents_summary_requirements_criteria_use_cases_diagrams_and_traceability() {
        // given
        Spec spec = example("csv-export");
        ValidationReport report = SpecValidator.standard().validate(spec);
        // when
        Document page = Jsoup.parse(SpecHtml.page(spec, report));
        // then
        assertThat(page.title()).contains(spec.title());
        assertThat(page.select("nav[aria-label=Contents] a").eachText())
                .containsExactly("Overview", "Requirements", "Use cases", "Entity model", "Traceability", "Findings");
        assertThat(page.select(".summary .figure").eachText()).contains(report.score().total() + "/100 score");
        spec.requirements().forEach(r -> {
            Element article = page.getElementById(r.id().value());
            assertThat(article).as(r.id().value()).isNotNull();
            assertThat(article.tagName()).isEqualTo("article");
            assertThat(article.selectFirst("h3").text()).isEqualTo(r.id().value() + " — " + r.title());
            r.criteria().forEach(c -> {
                Element criterion = page.getElementById(c.id().value());
                assertThat(criterion).as(c.id().value()).isNotNull();
                assertThat(criterion.parent()).isSameAs(article);
                c.then().ifPresent(then -> assertThat(criterion.select("dl.gwt dd").eachText()).contains(then));
            });
        });
        spec.useCases().forEach(u -> assertThat(page.getElementById(u.id().value())).as(u.id().value()).isNotNull());
        assertThat(page.select("figure.diagram > svg")).hasSize(2);
        assertThat(page.select("#traceability table[aria-label='Traceability matrix'] tbody tr")).hasSize(spec.requirements().size());
    }

    @Test
    void the_diagrams_are_svg_drawn_by_plantuml_with_every_declared_element() {
        // given
        Spec spec = example("csv-export");
        // when
        Document page = Jsoup.parse(SpecHtml.page(spec));
        // then
        Element useCases = page.selectFirst("#use-cases figure.diagram > svg");
        Element entities = page.selectFirst("#entities figure.diagram > svg");
        assertThat(useCases).isNotNull();
        assertThat(entities).isNotNull();
        String useCaseText = useCases.select("text").eachText().toString();
        spec.useCases().forEach(u -> assertThat(useCaseText).contains(u.id().value()));
        String entityText = entities.select("text").eachText().toString();
        spec.entities().forEach(e -> assertThat(entityText).contains(e.name().value()));
        assertThat(page.select("svg script, svg foreignObject")).isEmpty();
    }

    @Test
    void each_finding_of_the_flawed_example_is_shown_next_to_its_element() {
        // given
        Spec spec = example("flawed");
        ValidationReport report = SpecValidator.standard().validate(spec);
        // when
        Document page = Jsoup.parse(SpecHtml.page(spec, report));
        // then every finding is listed once inline (next to an element, or under the spec as a whole)
        List<Element> inline = page.select("ul.findings > li.finding");
        assertThat(inline).hasSize(report.violations().size());
        for (Violation v : report.violations()) {
            String owner = ownerId(v.path());
            if (owner == null) continue;
            // the element whose own list (not a nested one) shows the finding; a repeated id has a ~N anchor
            Element shown = inline.stream()
                    .filter(li -> li.text().contains(v.ruleId()) && li.text().contains(v.message())
                            && li.text().contains(v.path().toString()))
                    .map(li -> li.parent().parent())
                    .findFirst().orElseThrow(() -> new AssertionError("not shown: " + v));
            String anchor = shown.tagName().equals("td") ? shown.parent().id() : shown.id();
            assertThat(anchor).as("element showing %s", v).matches(java.util.regex.Pattern.quote(owner) + "(~\\d+)?");
        }
        assertThat(page.select("li.finding.error .severity").eachText()).allMatch(t -> t.contains("error"));
        assertThat(page.select("table[aria-label='Every finding'] tbody tr")).hasSize(report.violations().size());
    }

    /** The deepest requirement, criterion, use case, flow, entity or actor the path names. */
    private static String ownerId(ElementPath path) {
        String owner = null;
        for (ElementPath.Segment s : path.segments()) {
            if (s.key().isPresent() && Set.of("requirements", "criteria", "useCases", "entities", "actors").contains(s.name())) {
                owner = s.key().get();
            } else if (s.key().isPresent() && s.name().equals("flows") && owner != null) {
                owner = owner + "/" + s.key().get(); // a flow's anchor is its use case's id, a slash, its own
            }
        }
        return owner;
    }

    @Test
    void hostile_text_in_every_field_stays_text() {
        // given
        String hostile = "<script>alert(1)</script></svg><img src=x onerror=alert(2)> \u202Eevil\u202C & end";
        Spec spec = Spec.builder("hostile", hostile)
                .summary(hostile)
                .actor("ACTOR", a -> a.name(hostile).description(hostile))
                .requirement("REQ-1", r -> r.title(hostile).statement(hostile).rationale(hostile).tag(hostile)
                        .criterion("AC-1", c -> c.given(hostile).when(hostile).then(hostile)))
                .useCase("UC-1", u -> u.title(hostile).goal(hostile).primaryActor("ACTOR").realizes("REQ-1").uses("Thing")
                        .step("ACTOR", hostile).step("SYSTEM", hostile).successPostcondition(hostile))
                .entity("Thing", e -> e.description(hostile)
                        .attribute("name", AttributeType.STRING, a -> a.description(hostile).pattern(hostile)))
                .assumption(hostile).outOfScope(hostile).openQuestion(hostile)
                .build();
        // when
        String html = SpecHtml.page(spec, SpecValidator.standard().validate(spec));
        Document page = Jsoup.parse(html);
        // then no markup came from the spec, and the text is still there for the reader
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("img")).isEmpty();
        assertThat(page.select("[onerror]")).isEmpty();
        assertThat(html).doesNotContain("\u202E");
        assertThat(page.getElementById("REQ-1").selectFirst("p.statement").text())
                .isEqualTo("<script>alert(1)</script></svg><img src=x onerror=alert(2)> \\u202Eevil\\u202C & end");
        assertThat(page.select("figure.diagram > svg")).hasSize(2);
    }

    @Test
    void ids_with_spaces_and_any_unicode_work_as_anchors_and_links() {
        // given
        Spec spec = Spec.builder("ids", "Ids as people write them")
                .requirement("Größe", r -> r.title("t").statement("The system shall store the size.")
                        .criterion("AC-1", c -> c.given("a").then("b")))
                .useCase("UC-1", u -> u.title("Store").realizes("Größe").uses("Order.Line").step("SYSTEM", "stores the Order.Line"))
                .entity("Order.Line", e -> e.attribute("qty", AttributeType.INTEGER))
                .build();
        // when
        Document page = Jsoup.parse(SpecHtml.page(spec));
        // then
        assertThat(page.getElementById("Größe")).isNotNull();
        assertThat(page.select("a[href=#Größe]")).isNotEmpty();
        assertThat(page.select("a[href=#Order.Line]")).isNotEmpty();
        Set<String> ids = new HashSet<>();
        page.select("[id]").forEach(e -> assertThat(ids.add(e.id())).as("unique id %s", e.id()).isTrue());
        page.select("a[href^=#]").forEach(a -> assertThat(page.getElementById(a.attr("href").substring(1)))
                .as("target of %s", a.attr("href")).isNotNull());
    }

    @Test
    void every_id_as_real_tools_write_it_works_as_an_anchor_and_a_link_issue_9() {
        // given: each id of issue 9 as a requirement, criterion, use case and entity, and an id that equals another's anchor
        Spec spec = Spec.builder("real-ids", "Ids as real tools write them")
                .actor("Order Clerk", a -> a.name("Order clerk"))
                .requirement("FR-001", r -> r.title("t").statement("The system shall list orders.")
                        .criterion("1.1", c -> c.given("a").then("b")))
                .requirement("dsn~cli-option-parsing~2", r -> r.title("t").statement("The tool shall parse options.")
                        .dependsOn("FR-001").criterion("scn~cli/option~1", c -> c.then("x")))
                .requirement("Validate all specs in one run", r -> r.title("t").statement("The tool shall validate.")
                        .criterion("Validate_all_specs_in_one_run", c -> c.then("y")))
                .useCase("UC-003", u -> u.title("Check").primaryActor("Order Clerk").step("Order Clerk", "opens each Order Line")
                        .realizes("FR-001", "dsn~cli-option-parsing~2", "Validate all specs in one run").uses("Order Line", "Größe"))
                .entity("Order Line", e -> e.attribute("qty", AttributeType.INTEGER).relationship("size", "Größe",
                        io.specdriven.core.Cardinality.ONE))
                .entity("Größe", e -> e.attribute("label", AttributeType.STRING))
                .build();
        // when
        Document page = Jsoup.parse(SpecHtml.page(spec, SpecValidator.standard().validate(spec)));
        // then: every anchor is unique and holds no white space, every link finds its target, ids show as written
        Set<String> ids = new HashSet<>();
        page.select("[id]").forEach(e -> {
            assertThat(ids.add(e.id())).as("unique id %s", e.id()).isTrue();
            assertThat(e.id()).as("anchor").doesNotContainPattern("\\s");
        });
        page.select("a[href^=#]").forEach(a -> assertThat(page.getElementById(a.attr("href").substring(1)))
                .as("target of %s", a.attr("href")).isNotNull());
        assertThat(page.getElementById("dsn~cli-option-parsing~2")).isNotNull();
        assertThat(page.getElementById("Validate_all_specs_in_one_run")).isNotNull();
        assertThat(page.getElementById("Validate_all_specs_in_one_run~2")).isNotNull();
        assertThat(page.getElementById("Order_Line")).isNotNull();
        assertThat(page.select("a.id").eachText()).contains("dsn~cli-option-parsing~2", "Validate all specs in one run",
                "Order Line", "Größe", "1.1", "scn~cli/option~1");
        assertThat(page.select("figure.diagram > svg")).hasSize(2);
    }

    @Test
    void every_link_of_the_flawed_page_points_at_an_element_and_every_anchor_is_unique() {
        // given the flawed example repeats ids and links to elements it does not declare
        Spec spec = example("flawed");
        // when
        Document page = Jsoup.parse(SpecHtml.page(spec, SpecValidator.standard().validate(spec)));
        // then
        Set<String> ids = new HashSet<>();
        page.select("[id]").forEach(e -> assertThat(ids.add(e.id())).as("unique id %s", e.id()).isTrue());
        page.select("a[href^=#]").forEach(a -> assertThat(page.getElementById(a.attr("href").substring(1)))
                .as("target of %s", a.attr("href")).isNotNull());
        assertThat(page.select(".unresolved").eachText()).contains("REQ-404", "Room");
    }

    @Test
    void a_spec_without_entities_or_use_cases_says_so_and_draws_no_diagram() {
        // given
        Spec spec = Spec.builder("bare", "Only a requirement")
                .requirement("REQ-1", r -> r.title("t").statement("The system shall do it."))
                .build();
        // when
        Document page = Jsoup.parse(SpecHtml.page(spec));
        // then
        assertThat(page.select("svg")).isEmpty();
        assertThat(page.select("p.empty").eachText())
                .contains("The spec has no use cases.", "The spec has no entities.", "No acceptance criteria.");
        assertThat(page.select("#traceability tr.orphan")).hasSize(1);
        assertThat(page.select("#traceability .mark").eachText()).contains("✗ no criteria", "✗ no use case");
    }

    @Test
    void the_page_is_deterministic_and_needs_nothing_from_the_network() {
        // given
        Spec spec = example("webshop");
        ValidationReport report = SpecValidator.standard().validate(spec);
        // when
        String first = SpecHtml.page(spec, report);
        String second = SpecHtml.page(spec, report);
        // then
        assertThat(first).isEqualTo(second);
        Document page = Jsoup.parse(first);
        assertThat(page.select("link, script, img, iframe")).isEmpty();
        assertThat(page.select("[src]")).isEmpty();
        assertThat(page.select("[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
        assertThat(first).startsWith("<!doctype html>");
    }

    @Test
    void a_ten_thousand_requirement_page_collapses_its_big_tables_and_skips_unreadable_diagrams() {
        // given
        Spec.Builder builder = Spec.builder("big", "A big spec");
        for (int i = 0; i < 10_000; i++) {
            int n = i;
            builder.requirement("REQ-" + n, r -> r.title("Requirement " + n).statement("The system shall do thing " + n + ".")
                    .criterion("AC-" + n, c -> c.given("state " + n).when("event " + n).then("outcome " + n)));
        }
        for (int i = 0; i < 300; i++) {
            int n = i;
            builder.entity("Entity" + n, e -> e.attribute("id", AttributeType.STRING, a -> a.identifier())
                    .relationship("next", "Entity" + (n + 1) % 300, Cardinality.ONE));
        }
        Spec spec = builder.build();
        // when
        String html = SpecHtml.page(spec);
        Document page = Jsoup.parse(html);
        // then
        System.out.printf("10,000 requirements, 300 entities: page of %,d bytes%n", html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertThat(page.select("details.collapsible")).allMatch(d -> !d.hasAttr("open"));
        assertThat(page.select("article.requirement")).hasSize(10_000);
        assertThat(page.select("#entities figure.diagram svg")).isEmpty();
        assertThat(page.select("#entities figure.diagram p.empty").text()).contains("300 nodes");
    }

    @Test
    void refuses_null() {
        assertThatNullPointerException().isThrownBy(() -> SpecHtml.page(null)).withMessage("spec");
        assertThatNullPointerException().isThrownBy(() -> SpecHtml.page(example("csv-export"), null)).withMessage("findings");
    }
}
