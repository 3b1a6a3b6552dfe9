package io.specdriven.core.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.fail;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Tag;
import io.specdriven.core.Id;
import io.specdriven.core.Spec;
import io.specdriven.core.fixture.ExampleSpecs;
import io.specdriven.core.fixture.Golden;
import io.specdriven.core.fixture.HostileSpecs;
import io.specdriven.core.fixture.RealIdSpecs;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.atmp.CucaDiagram;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.abel.Entity;
import net.sourceforge.plantuml.core.Diagram;
import net.sourceforge.plantuml.error.PSystemError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpecViewsTest {

    static Stream<Spec> specs() {
        return Stream.of(ExampleSpecs.csvExport(), ExampleSpecs.shop(), HostileSpecs.spec(),
                HostileSpecs.collisions(), HostileSpecs.mermaidTraps(), HostileSpecs.lineBreaks(),
                RealIdSpecs.spec(), RealIdSpecs.fileNameTraps(), RealIdSpecs.diagramTraps(),
                Spec.builder("empty", "Empty").build());
    }

    // --- Markdown -------------------------------------------------------------------------------

    @Test
    void markdown_of_the_csv_export_spec_matches_its_golden_file() {
        // when
        String markdown = SpecViews.markdown(ExampleSpecs.csvExport());
        // then
        Golden.assertMatches("io/specdriven/core/view/csv-export.md", markdown);
    }

    @Test
    void markdown_of_the_hostile_spec_matches_its_golden_file() {
        Golden.assertMatches("io/specdriven/core/view/hostile.md", SpecViews.markdown(HostileSpecs.spec()));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void markdown_tables_keep_their_column_count_whatever_the_text(Spec spec) {
        // when
        String markdown = SpecViews.markdown(spec);
        // then: every row of a table has as many unescaped bars as the header row above it
        long columns = -1;
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("|")) {
                columns = -1;
                continue;
            }
            long bars = line.replace("\\\\", "").replace("\\|", "").chars().filter(c -> c == '|').count();
            if (columns < 0) columns = bars;
            assertThat(bars).as("bars in %s", line).isEqualTo(columns);
        }
        assertThat(markdown).doesNotContain("<b>", "<br>\n", "\r").endsWith("\n").doesNotEndWith("\n\n");
    }

    @Test
    void markdown_escapes_text_rather_than_letting_it_format() {
        // when
        String markdown = SpecViews.markdown(HostileSpecs.spec());
        // then
        assertThat(markdown).contains(
                "a \\| b \\`c\\` \\[d\\](e) \"q\" 'r' &lt;b&gt;x&lt;/b&gt; &amp; \\*s\\* \\_t\\_ \\$m\\$ \\~u\\~ #h %% \\{z\\} \\\\ @tag<br>Scenario: x<br>\\| t \\|");
    }

    @Test
    void markdown_breaks_the_line_at_every_line_terminator_so_none_reaches_a_table_row_issue_14() {
        // given: a title with each of the seven line terminators
        Spec spec = Spec.builder("t", "T").requirement("REQ-1", r -> r.title("a\nb\r\nc\rd\u000Be\ff\u0085g\u2028h\u2029i")
                .statement("s")).build();
        // when
        String markdown = SpecViews.markdown(spec);
        // then: one row, with a break where each terminator was
        assertThat(markdown).contains("| REQ-1 | a<br>b<br>c<br>d<br>e<br>f<br>g<br>h<br>i |")
                .doesNotContain("\u000B", "\f", "\u0085", "\u2028", "\u2029");
    }

    @Test
    void markdown_drops_leading_whitespace_that_would_turn_block_text_into_code() {
        // given: found in review, four leading spaces made the statement an indented code block
        Spec spec = Spec.builder("indent", "Indent").requirement("REQ-1", r -> r.title("t")
                .statement("    The system shall keep\n    its indentation out.")).assumption("\t  Tabs too.").build();
        // when
        String markdown = SpecViews.markdown(spec);
        // then
        assertThat(markdown).contains("\n\nThe system shall keep<br>    its indentation out.\n\n", "\n- Tabs too.\n")
                .doesNotContain("\n    The system");
    }

    @Test
    void markdown_with_findings_lists_every_violation_in_a_table_that_paths_cannot_break() {
        // given
        Spec spec = HostileSpecs.spec();
        ValidationReport report = SpecValidator.standard().validate(spec);
        // when
        String markdown = SpecViews.markdown(spec, report);
        // then
        assertThat(report.violations()).isNotEmpty();
        assertThat(markdown).contains("[Findings](#findings)", "## Findings\n\n",
                "| Severity | Rule | Where | Finding |\n");
        String findings = markdown.substring(markdown.indexOf("## Findings"));
        assertThat(findings.lines().filter(l -> l.startsWith("| error") || l.startsWith("| warning")
                || l.startsWith("| info"))).hasSize(report.violations().size())
                .allSatisfy(l -> assertThat(l.replace("\\\\", "").replace("\\|", "").chars().filter(c -> c == '|')).hasSize(5));
        assertThat(markdown).startsWith(SpecViews.markdown(spec).substring(0, 200));
    }

    @Test
    void findings_come_last_after_the_spec_s_own_sections() {
        // given
        Spec spec = HostileSpecs.spec().toBuilder().assumption("Reports fit in memory")
                .openQuestion("Which time zone do dates use?").build();
        // when
        String markdown = SpecViews.markdown(spec, SpecValidator.standard().validate(spec));
        // then
        assertThat(markdown.indexOf("## Findings")).isGreaterThan(markdown.indexOf("## Open questions"))
                .isGreaterThan(markdown.indexOf("## Assumptions")).isGreaterThan(markdown.indexOf("## Traceability"));
    }

    @Test
    void markdown_is_the_same_every_time() {
        assertThat(SpecViews.markdown(ExampleSpecs.shop())).isEqualTo(SpecViews.markdown(ExampleSpecs.shop()));
    }

    // --- Mermaid --------------------------------------------------------------------------------

    @Test
    void mermaid_diagrams_match_their_golden_files() {
        Golden.assertMatches("io/specdriven/core/view/shop.er.mmd", SpecViews.mermaidErDiagram(ExampleSpecs.shop()));
        Golden.assertMatches("io/specdriven/core/view/shop.class.mmd", SpecViews.mermaidClassDiagram(ExampleSpecs.shop()));
        Golden.assertMatches("io/specdriven/core/view/hostile.er.mmd", SpecViews.mermaidErDiagram(HostileSpecs.spec()));
        Golden.assertMatches("io/specdriven/core/view/hostile.class.mmd", SpecViews.mermaidClassDiagram(HostileSpecs.spec()));
    }

    // The subset of Mermaid's grammar the renderer emits; anything else is a character Mermaid cannot take.
    // a quoted string: no quote, backtick, angle bracket, tilde (a generic type, even in quotes) or line
    // break, no "%%" and no entity code;
    // A backslash is literal inside Mermaid quotes (its lexer reads "[^"]*"), so it is allowed here.
    private static final String QUOTED = "\"(?:[^\"`<>~\\r\\n#%]|#(?![0-9A-Za-z])|%(?!%))*\"";
    // an entity: its quoted name, or an ASCII alias (labelled with the name where it is declared, issue 9)
    private static final String ER_NAME = "(\"[^\"%\\\\\\r\\n]+\"|E_[A-Za-z0-9_]+)";
    private static final String ER_ENTITY = "(\"[^\"%\\\\\\r\\n]+\"|E_[A-Za-z0-9_]+\\[" + QUOTED + "\\])";
    private static final Pattern ER_LINE = Pattern.compile(String.join("|",
            "erDiagram",
            " {4}" + ER_ENTITY + "( \\{)?",
            " {8}[a-z]+ [A-Za-z_\\u00C0-\\uFFFF][A-Za-z0-9_\\u00C0-\\uFFFF]*( PK| UK)?( " + QUOTED + ")?",
            " {4}\\}",
            " {4}" + ER_NAME + " (\\|\\||\\}o)(--|\\.\\.)(\\|\\||o\\||o\\{|\\|\\{) " + ER_NAME + " : " + QUOTED));
    // an ASCII word that does not start one of Mermaid's statements (its lexer matches them case-insensitively)
    private static final String CLASS_ID = "(?!(?i:class|classDef|cssClass|callback|link|click|note|style|namespace"
            + "|direction|accTitle|accDescr|end)(?![A-Za-z0-9_]))[A-Za-z][A-Za-z0-9_]*";
    private static final String PLAIN = "[\\p{L}\\p{N}_.\\-]+( [\\p{L}\\p{N}_.\\-]+)*";
    private static final Pattern CLASS_LINE = Pattern.compile(String.join("|",
            "classDiagram",
            " {4}note " + QUOTED,
            " {4}class " + CLASS_ID + "(\\[" + QUOTED + "\\])?( \\{)?",
            " {8}[a-z]+ " + PLAIN,
            " {4}\\}",
            " {4}" + CLASS_ID + " (\\*--|o--|-->)( \"(1|0\\.\\.1|0\\.\\.\\*|1\\.\\.\\*)\")? " + CLASS_ID + " : " + PLAIN));

    @ParameterizedTest
    @MethodSource("specs")
    void mermaid_diagrams_hold_only_lines_of_the_grammar_we_emit(Spec spec) {
        assertThat(SpecViews.mermaidErDiagram(spec).split("\n")).allSatisfy(line ->
                assertThat(line).as("erDiagram line").matches(ER_LINE));
        String classes = SpecViews.mermaidClassDiagram(spec);
        assertThat(classes.split("\n")).allSatisfy(line ->
                assertThat(line).as("classDiagram line").matches(CLASS_LINE));
        // Mermaid rejects a classDiagram without statements, and merges two classes of the same id
        assertThat(classes.split("\n")).as("classDiagram statements").hasSizeGreaterThan(1);
        assertThat(ids(classes, "(?m)^ {4}class (\\w+)")).as("class ids").doesNotHaveDuplicates();
    }

    @Test
    void mermaid_neutralises_tildes_and_aliases_accessibility_keywords() {
        // when
        String er = SpecViews.mermaidErDiagram(HostileSpecs.mermaidTraps());
        String classes = SpecViews.mermaidClassDiagram(HostileSpecs.mermaidTraps());
        // then: Mermaid reads ~ as a generic type even in quotes, and "accTitle :" as an accessibility title
        assertThat(er).contains("        string label \"List∼String∼ of labels\"\n",
                "    \"accTitle\" }o..o| \"accDescr\" : \"a∼b∼\"\n").doesNotContain("~");
        assertThat(classes).contains("    class E_accTitle[\"accTitle\"] {\n", "    class E_accDescr[\"accDescr\"]\n",
                "    Tag --> \"1\" E_accTitle : title\n", "    E_accDescr --> \"1\" E_accTitle : back\n");
    }

    @Test
    void mermaid_class_diagram_of_a_spec_without_entities_is_a_note_not_an_empty_diagram() {
        // when: found in review, a bare "classDiagram" is rejected by Mermaid
        String classes = SpecViews.mermaidClassDiagram(Spec.builder("empty", "Empty").build());
        // then
        assertThat(classes).isEqualTo("classDiagram\n    note \"The spec declares no entities.\"\n");
        assertThat(SpecViews.mermaidErDiagram(Spec.builder("empty", "Empty").build())).isEqualTo("erDiagram\n");
        assertThat(SpecViews.markdown(Spec.builder("empty", "Empty").build())).doesNotContain("```mermaid", "Entity model");
    }

    @Test
    void mermaid_er_diagram_quotes_names_and_replaces_attribute_names_it_cannot_take() {
        // when
        String er = SpecViews.mermaidErDiagram(HostileSpecs.spec());
        // then
        assertThat(er).contains("    \"class\" {\n        string end\n    }\n",
                "        integer row_count \"row count; matches ^[a-z|]+$; ",
                "        string _PK PK \"PK; identifier; required; unique\"\n",
                "        decimal größe UK \"unique; min 0; max 10\"\n",
                "    \"Größe\" ||--|{ \"class\" : \"a | b c [d](e) 'q' 'r' ‹b›x‹/b› & *s* _t_ $m$ ∼u∼ # h % % {z} \\ @tag Scenario: x | t |\"\n")
                .doesNotContain("Ghost");
    }

    @Test
    void mermaid_class_diagram_aliases_names_that_are_not_plain_identifiers() {
        // when
        String diagram = SpecViews.mermaidClassDiagram(HostileSpecs.spec());
        // then
        assertThat(diagram).contains("    class E_Gr__e[\"Größe\"] {\n", "    class E_class[\"class\"] {\n",
                "    class E_Order_Line_1[\"Order.Line-1\"] {\n        date 1st\n",
                "    E_end o-- \"0..*\" E_Gr__e : back\n");
    }

    @Test
    void mermaid_class_ids_stay_unique_when_an_alias_would_equal_another_entity_s_name() {
        // when: found in review, a-b got E_a_b, the plain id of the entity named E_a_b, and the two merged
        String diagram = SpecViews.mermaidClassDiagram(HostileSpecs.collisions());
        // then
        assertThat(diagram).contains("    class E_a_b_3[\"a-b\"] {\n", "    class E_a_b {\n",
                "    class E_a_b_4[\"a.b\"] {\n", "    class E_a_b_2 {\n",
                "    E_a_b_2 --> \"1\" E_a_b_3 : r\n", "    E_a_b_2 --> \"1\" E_a_b : s\n");
        assertThat(ids(diagram, "(?m)^ {4}class (\\w+)")).doesNotHaveDuplicates().hasSize(4);
    }

    @Test
    void plantuml_aliases_stay_unique_when_an_alias_would_equal_another_element_s_id() {
        // given
        Spec spec = HostileSpecs.collisions();
        // when
        String useCases = SpecViews.plantUmlUseCaseDiagram(spec);
        String classes = SpecViews.plantUmlClassDiagram(spec);
        // then
        assertThat(ids(useCases, "\" as (\\w+)")).doesNotHaveDuplicates().hasSize(4);
        assertThat(ids(classes, "\" as (\\w+)")).doesNotHaveDuplicates().hasSize(4);
        assertThat(useCases).contains("UC_UC_u_1 ..> UC_u_1 : <<include>>\n");
        assertRendersWithPlantUml(useCases);
        assertRendersWithPlantUml(classes);
    }

    private static List<String> ids(String diagram, String regex) {
        return Pattern.compile(regex).matcher(diagram).results().map(m -> m.group(1)).toList();
    }

    // --- PlantUML -------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("specs")
    void plantuml_renders_the_use_case_diagram_without_syntax_errors(Spec spec) {
        assertRendersWithPlantUml(SpecViews.plantUmlUseCaseDiagram(spec));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void plantuml_renders_the_class_diagram_without_syntax_errors(Spec spec) {
        assertRendersWithPlantUml(SpecViews.plantUmlClassDiagram(spec));
    }

    @Test
    void plantuml_use_case_diagram_shows_actors_use_cases_include_and_extend() {
        // when
        String diagram = SpecViews.plantUmlUseCaseDiagram(ExampleSpecs.shop());
        // then
        Golden.assertMatches("io/specdriven/core/view/shop.usecases.puml", diagram);
        assertThat(diagram).contains("actor \"Payment provider\" as A_PSP <<system>>\n",
                "  usecase \"Pay (UC-PAY)\" as UC_UC_PAY\n", "A_CUSTOMER --> UC_UC_PAY\n", "UC_UC_PAY --> A_PSP\n",
                "UC_UC_CHECKOUT ..> UC_UC_PAY : <<include>>\n", "UC_UC_COUPON ..> UC_UC_CHECKOUT : <<extend>>\n");
    }

    @Test
    void plantuml_class_diagram_matches_its_golden_file() {
        Golden.assertMatches("io/specdriven/core/view/shop.class.puml", SpecViews.plantUmlClassDiagram(ExampleSpecs.shop()));
    }

    @Test
    void plantuml_check_fails_on_a_broken_diagram() {
        // the guard itself: a broken diagram must not pass
        boolean passed;
        try {
            assertRendersWithPlantUml("@startuml\nclass \"a\" as B {\n@enduml\n");
            passed = true;
        } catch (AssertionError expected) {
            passed = false;
        }
        assertThat(passed).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u2028", "\u2029", "\u0085", "\u000B", "\f", "\r", "\n"})
    void a_line_terminator_in_a_title_or_a_name_breaks_no_plantuml_line_issue_14(String terminator) {
        // given: every name and title carries a line terminator followed by a line PlantUML would obey
        String injected = "x" + terminator + "actor Injected as EVIL" + terminator + "@enduml" + terminator;
        Spec spec = Spec.builder("t", "Shop" + injected)
                .actor("BUYER", a -> a.name("Buyer" + injected))
                .useCase("UC-1", u -> u.title("Pay" + injected).primaryActor("BUYER").step("BUYER", "pays"))
                .entity("Order", e -> e.attribute("total" + injected, io.specdriven.core.AttributeType.DECIMAL)
                        .relationship("line" + injected, "Order", io.specdriven.core.Cardinality.ONE))
                .build();
        // when
        CucaDiagram useCases = parsedByPlantUml(SpecViews.plantUmlUseCaseDiagram(spec));
        CucaDiagram classes = parsedByPlantUml(SpecViews.plantUmlClassDiagram(spec));
        // then: exactly the declared elements, each with its text on one line
        assertThat(useCases.leafs()).extracting(Entity::getName).containsExactlyInAnyOrder("A_BUYER", "UC_UC_1");
        assertThat(useCases.leafs()).extracting(e -> e.getDisplay().size()).containsOnly(1);
        assertThat(useCases.leafs()).extracting(e -> e.getDisplay().get(0).toString())
                .containsExactlyInAnyOrder("Buyerx actor Injected as EVIL @enduml",
                        "Payx actor Injected as EVIL @enduml (UC-1)");
        assertThat(useCases.getLinks()).hasSize(1);
        assertThat(classes.leafs()).extracting(Entity::getName).containsExactly("E_Order");
        assertThat(classes.leafs().iterator().next().getBodier().getFieldsToDisplay()).hasSize(1);
        assertThat(classes.getLinks()).hasSize(1);
    }

    /** Parses a diagram with PlantUML, fails on any syntax error, and returns what PlantUML understood. */
    private static CucaDiagram parsedByPlantUml(String source) {
        assertRendersWithPlantUml(source);
        Diagram diagram = new SourceStringReader(source).getBlocks().get(0).getDiagram();
        assertThat(diagram).as("diagram of\n%s", source).isInstanceOf(CucaDiagram.class);
        return (CucaDiagram) diagram;
    }

    private static void assertRendersWithPlantUml(String source) {
        SourceStringReader reader = new SourceStringReader(source);
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        try {
            reader.outputImage(svg, new FileFormatOption(FileFormat.SVG));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(reader.getBlocks()).as("diagrams in\n%s", source).hasSize(1);
        Diagram diagram = reader.getBlocks().get(0).getDiagram();
        if (diagram instanceof PSystemError error) {
            fail("PlantUML rejects the diagram: %s at line %s\n%s", error.getErrorsUml(),
                    error.getLineLocation(), source);
        }
        assertThat(svg.toString(StandardCharsets.UTF_8)).as("rendered SVG").contains("<svg");
    }

    // --- Gherkin --------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("specs")
    void every_feature_file_is_accepted_by_the_gherkin_parser_with_exactly_the_declared_scenarios(Spec spec) {
        // when
        List<FeatureFile> files = SpecViews.gherkin(spec);
        java.util.Map<Id, String> tags = io.specdriven.core.internal.view.GherkinTags.of(spec);
        // every tag is one Gherkin tag: no white space, no '@', and each id's tag differs from every other's
        assertThat(tags.values()).doesNotHaveDuplicates().allSatisfy(t -> assertThat(t).doesNotContain("@", " ")
                .isNotEmpty());
        // then: one feature per requirement, and the parser sees exactly the declared criteria, no more (so an
        // empty list, or a scenario injected through a text, cannot pass)
        assertThat(files).hasSameSizeAs(spec.requirements());
        for (int i = 0; i < files.size(); i++) {
            Feature feature = parse(files.get(i));
            // one feature tag, no rule or background, one scenario per criterion, tagged with its id
            io.specdriven.core.Requirement r = spec.requirements().get(i);
            assertThat(feature.getTags()).extracting(Tag::getName).containsExactly("@" + tags.get(r.id()));
            assertThat(feature.getChildren()).allSatisfy(c -> assertThat(c.getScenario()).isPresent());
            assertThat(feature.getChildren()).as("scenarios in %s", files.get(i).fileName())
                    .extracting(c -> c.getScenario().orElseThrow().getTags().stream().map(Tag::getName).toList())
                    .containsExactlyElementsOf(r.criteria().stream().map(c -> List.of("@" + tags.get(c.id()))).toList());
            // the feature and scenario names keep the ids exactly
            assertThat(feature.getName()).startsWith(r.id().value().strip());
            assertThat(feature.getChildren()).extracting(c -> c.getScenario().orElseThrow().getName())
                    .allSatisfy(n -> assertThat(r.criteria().stream().anyMatch(c -> n.startsWith(c.id().value()))).isTrue());
        }
    }

    @Test
    void each_requirement_is_a_feature_tagged_with_its_id_and_each_criterion_a_scenario_tagged_with_its_own() {
        // given
        Spec spec = ExampleSpecs.csvExport();
        // when
        List<FeatureFile> files = SpecViews.gherkin(spec);
        // then
        assertThat(files).extracting(FeatureFile::fileName)
                .containsExactly("REQ-EXPORT.feature", "REQ-LARGE.feature", "REQ-AUDIT.feature");
        Feature feature = parse(files.get(0));
        assertThat(feature.getName()).isEqualTo("REQ-EXPORT Export the visible report as CSV");
        assertThat(feature.getTags()).extracting(Tag::getName).containsExactly("@REQ-EXPORT");
        List<Scenario> scenarios = feature.getChildren().stream().map(FeatureChild::getScenario)
                .flatMap(java.util.Optional::stream).toList();
        assertThat(scenarios).extracting(Scenario::getName).containsExactly("AC-EXPORT-1", "AC-EMPTY (edge case: empty data)",
                "AC-SPECIAL (edge case: special characters)", "AC-TIMEOUT (failure)");
        assertThat(scenarios.get(1).getTags()).extracting(Tag::getName).containsExactly("@AC-EMPTY");
        assertThat(scenarios.get(1).getSteps()).extracting(s -> s.getKeyword().strip() + " " + s.getText())
                .containsExactly("Given a report with no rows", "When the analyst clicks Export",
                        "Then the file holds only the header row");
        Golden.assertMatches("io/specdriven/core/view/REQ-EXPORT.feature", files.get(0).content());
    }

    @Test
    void a_runner_sees_each_scenario_tagged_with_both_ids_once() {
        // given: found in review, the requirement's tag was on the feature and on every scenario
        FeatureFile file = SpecViews.gherkin(ExampleSpecs.csvExport()).get(0);
        // when: the pickles are what a runner executes, with the feature's tags inherited
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(false).build();
        List<Pickle> pickles = parser.parse(file.fileName(), file.content().getBytes(StandardCharsets.UTF_8))
                .flatMap(e -> e.getPickle().stream()).toList();
        // then
        assertThat(pickles).extracting(p -> p.getTags().stream().map(PickleTag::getName).toList()).containsExactly(
                List.of("@REQ-EXPORT", "@AC-EXPORT-1"), List.of("@REQ-EXPORT", "@AC-EMPTY"),
                List.of("@REQ-EXPORT", "@AC-SPECIAL"), List.of("@REQ-EXPORT", "@AC-TIMEOUT"));
    }

    @Test
    void a_statement_criterion_becomes_a_then_step_and_structural_lines_stay_description() {
        // given
        List<FeatureFile> files = SpecViews.gherkin(HostileSpecs.spec());
        // when
        Feature first = parse(files.get(0));
        // then
        assertThat(first.getDescription()).contains("  Given this line\n", "  \\Scenario: x\n", "  \\@REQ-2\n",
                "  | t |\n", "  \"\"\"");
        Scenario statement = first.getChildren().get(1).getScenario().orElseThrow();
        assertThat(statement.getSteps()).singleElement().satisfies(s -> {
            assertThat(s.getKeyword()).isEqualTo("Then ");
            assertThat(s.getText()).startsWith("a | b `c`").doesNotContain("\n");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", "\u2007", "\u202F", "\u3000", "\u1680", "\u2000", "\u205F", "\u0085",
        "\u000B", "\f", "\u001C", "\u001F", "\t", " "})
    void a_keyword_line_behind_any_white_space_of_gherkin_stays_description_issue_14(String space) {
        // given: statement lines that start with what the Gherkin parser strips, then a keyword, a tag or a comment
        String statement = "The cart is kept.\n" + space + "Scenario: injected\n" + space + space + "Rule: injected\n"
                + space + "Background: injected\n" + space + "@injected\n" + space + "# injected" + space;
        Spec spec = Spec.builder("t", "T")
                .requirement("REQ-1", r -> r.title("Keep" + space).statement(statement)
                        .criterion("AC-1", c -> c.given(space + "a cart").then("it is kept" + space)))
                .build();
        // when
        Feature feature = parse(SpecViews.gherkin(spec).get(0));
        // then: the one declared scenario, the one declared tag, and every line as description
        assertThat(feature.getTags()).extracting(Tag::getName).containsExactly("@REQ-1");
        assertThat(feature.getChildren()).singleElement().satisfies(child -> {
            assertThat(child.getRule()).isEmpty();
            assertThat(child.getBackground()).isEmpty();
            assertThat(child.getScenario()).get().extracting(Scenario::getName).isEqualTo("AC-1");
            assertThat(child.getScenario().orElseThrow().getSteps()).extracting(s -> s.getText())
                    .containsExactly("a cart", "it is kept");
        });
        assertThat(feature.getName()).isEqualTo("REQ-1 Keep");
        assertThat(feature.getDescription()).contains("\\Scenario: injected", "\\Rule: injected",
                "\\Background: injected", "\\@injected", "\\# injected");
    }

    @Test
    void feature_file_names_are_unique_even_where_case_does_not_count() {
        assertThat(SpecViews.gherkin(HostileSpecs.spec())).extracting(FeatureFile::fileName)
                .containsExactly("REQ-1.feature", "1.2.feature", "CON_.feature", "req-a.feature", "REQ-A-2.feature");
        assertThat(SpecViews.gherkin(HostileSpecs.spec()).get(4).requirement()).isEqualTo(Id.of("REQ-A"));
    }

    private static Feature parse(FeatureFile file) {
        GherkinParser parser = GherkinParser.builder().includeSource(false).includePickles(false).build();
        List<Envelope> envelopes = parser.parse(file.fileName(), file.content().getBytes(StandardCharsets.UTF_8)).toList();
        assertThat(envelopes.stream().flatMap(e -> e.getParseError().stream()).map(p -> p.getMessage()))
                .as("parse errors in %s:\n%s", file.fileName(), file.content()).isEmpty();
        return envelopes.stream().flatMap(e -> e.getGherkinDocument().stream())
                .flatMap(d -> d.getFeature().stream()).findFirst()
                .orElseThrow(() -> new AssertionError("no feature in " + file.fileName()));
    }

    @Test
    void refuses_null() {
        List<Function<Spec, ?>> views = List.of(SpecViews::markdown, SpecViews::mermaidErDiagram,
                SpecViews::mermaidClassDiagram, SpecViews::plantUmlUseCaseDiagram, SpecViews::plantUmlClassDiagram,
                SpecViews::gherkin, s -> SpecViews.markdown(s, SpecValidator.standard().validate(ExampleSpecs.shop())));
        assertThat(views).allSatisfy(view ->
                assertThatNullPointerException().isThrownBy(() -> view.apply(null)).withMessage("spec"));
    }
}
