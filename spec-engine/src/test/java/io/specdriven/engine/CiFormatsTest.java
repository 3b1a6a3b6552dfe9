package io.specdriven.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.specdriven.core.source.SourceLocation;
import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.Violation;
import io.specdriven.examples.Examples;
import io.specdriven.json.SpecJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CI formats of a check run (SARIF, GitHub workflow commands, JUnit XML), written through
 * {@link SpecOutput}: SARIF is validated against the official SARIF 2.1.0 schema, which every developer and
 * CI have at {@code ../shared/sarif/sarif-schema-2.1.0.json} from the project root (it is not copied into
 * the project; {@code -Dspecdriven.sarifSchema=FILE} points elsewhere).
 */
class CiFormatsTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static Schema sarifSchema;

    @TempDir
    Path dir;

    private final SpecEngine engine = SpecEngine.standard();

    @BeforeAll
    static void load_the_official_sarif_schema() throws IOException {
        Path file = sarifSchemaFile();
        sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(MAPPER.readTree(Files.readString(file, UTF_8)));
    }

    /** {@code ../shared/sarif} from the project root, or from the nearest folder above it that has one. */
    static Path sarifSchemaFile() {
        String given = System.getProperty("specdriven.sarifSchema");
        if (given != null) return Path.of(given);
        Path root = Path.of("").toAbsolutePath().getParent(); // surefire runs in the module's folder
        for (Path p = root; p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("sarif").resolve("sarif-schema-2.1.0.json");
            if (p.getParent() != null && Files.isRegularFile(candidate)) return candidate;
        }
        throw new IllegalStateException("the official SARIF 2.1.0 schema is missing: expected "
                + root.resolveSibling("shared").resolve("sarif/sarif-schema-2.1.0.json")
                + " (or pass -Dspecdriven.sarifSchema=FILE)");
    }

    private String write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, UTF_8);
        return file.toString();
    }

    /** A run with errors, warnings and infos (flawed), a waived finding (specdriven) and a broken file. */
    private CheckRun mixedRun() throws IOException {
        String flawed = write("flawed.spec.json", SpecJson.toJson(Examples.flawed()));
        String waived = write("specdriven.spec.json", SpecJson.toJson(Examples.specdriven()));
        String broken = write("broken.spec.json", "{\n  \"id\": \"x\",\n  \"title\": \n}\n");
        return engine.check(List.of(Source.file(flawed), Source.file(waived), Source.file(broken)),
                CheckSettings.of(Profile.STANDARD, Severity.ERROR));
    }

    /** The index of the first finding whose element has a line (spec-level findings have none). */
    private static int firstWithLine(SourceResult.Checked checked) {
        List<Violation> all = checked.report().violations();
        for (int i = 0; i < all.size(); i++) {
            if (checked.read().locations().locate(all.get(i).path()).hasLine()) return i;
        }
        throw new AssertionError("no finding of " + checked.name() + " has a line");
    }

    private static List<String> errors(JsonNode sarif) {
        return sarifSchema.validate(sarif).stream().map(Error::toString).toList();
    }

    @Test
    void sarif_of_findings_waivers_and_an_unreadable_file_validates_against_the_official_schema() throws IOException {
        // given
        CheckRun run = mixedRun();
        // when
        String sarif = SpecOutput.of(OutputFormat.SARIF).toString(run);
        // then
        JsonNode log = MAPPER.readTree(sarif);
        assertThat(errors(log)).isEmpty();
        assertThat(log.get("version").asString()).isEqualTo("2.1.0");
        assertThat(log.get("runs")).hasSize(1);
        int findings = run.checked().stream().mapToInt(c -> c.report().violations().size() + c.report().waived().size()).sum();
        assertThat(log.get("runs").get(0).get("results")).hasSize(findings + 1);
    }

    @Test
    void the_official_schema_refuses_a_result_level_sarif_does_not_have() throws IOException {
        // given: a valid log, then one result with a level of our own
        ObjectNode log = (ObjectNode) MAPPER.readTree(SpecOutput.of(OutputFormat.SARIF).toString(mixedRun()));
        ((ObjectNode) log.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        // then: the validator does validate
        assertThat(errors(log)).anySatisfy(e -> assertThat(e).contains("level"));
    }

    @Test
    void each_sarif_result_stands_at_its_file_and_the_line_of_its_element() throws IOException {
        // given
        CheckRun run = mixedRun();
        SourceResult.Checked flawed = run.checked().get(0);
        int index = firstWithLine(flawed);
        Violation first = flawed.report().violations().get(index);
        SourceLocation at = flawed.read().locations().locate(first.path());
        // when
        JsonNode result = MAPPER.readTree(SpecOutput.of(OutputFormat.SARIF).toString(run)).get("runs").get(0)
                .get("results").get(index);
        // then
        assertThat(at.line()).isPositive();
        assertThat(result.get("ruleId").asString()).isEqualTo(first.ruleId());
        JsonNode location = result.get("locations").get(0);
        assertThat(location.at("/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo(dir.resolve("flawed.spec.json").toUri().toASCIIString());
        assertThat(location.at("/physicalLocation/region/startLine").asInt()).isEqualTo(at.line());
        assertThat(location.at("/physicalLocation/region/startColumn").asInt()).isEqualTo(at.column());
        assertThat(location.at("/logicalLocations/0/fullyQualifiedName").asString()).isEqualTo(first.path().toString());
        assertThat(result.at("/message/text").asString()).startsWith(first.message());
    }

    @Test
    void sarif_rules_carry_the_help_text_and_the_help_uri_of_docs_rules_md() throws IOException {
        // when
        JsonNode driver = MAPPER.readTree(SpecOutput.of(OutputFormat.SARIF).toString(mixedRun()))
                .at("/runs/0/tool/driver");
        // then: every result's rule is listed, at its index
        List<String> ids = new ArrayList<>();
        driver.get("rules").forEach(r -> ids.add(r.get("id").asString()));
        MAPPER.readTree(SpecOutput.of(OutputFormat.SARIF).toString(mixedRun())).at("/runs/0/results").forEach(r ->
                assertThat(ids.get(r.get("ruleIndex").asInt())).isEqualTo(r.get("ruleId").asString()));
        JsonNode vague = driver.get("rules").get(ids.indexOf("lang.vague-term"));
        assertThat(vague.at("/helpUri").asString())
                .isEqualTo("https://github.com/specdriven/specdriven/blob/main/docs/rules.md#langvague-term");
        assertThat(vague.at("/help/text").asString())
                .startsWith("Statements, criteria, use case triggers")
                .endsWith("Fix: State a number with a unit, e.g. 'within 2 s for 10,000 rows', or a condition a tester can check.");
        assertThat(vague.at("/shortDescription/text").asString()).endsWith("normally, …).")
                .doesNotContain("Each term is reported");
        assertThat(vague.at("/fullDescription/text").asString()).endsWith("a hint of its own.");
        assertThat(ids).contains("source.unreadable");
    }

    @Test
    void sarif_shows_a_waived_finding_as_suppressed_with_the_waiver_s_reason() throws IOException {
        // given
        CheckRun run = mixedRun();
        String reason = run.checked().get(1).report().waived().get(0).waiver().reason();
        // when
        JsonNode results = MAPPER.readTree(SpecOutput.of(OutputFormat.SARIF).toString(run)).at("/runs/0/results");
        // then
        List<JsonNode> suppressed = new ArrayList<>();
        results.forEach(r -> { if (r.has("suppressions")) suppressed.add(r); });
        assertThat(suppressed).hasSize(run.checked().get(1).report().waived().size());
        assertThat(suppressed.get(0).at("/suppressions/0/kind").asString()).isEqualTo("inSource");
        assertThat(suppressed.get(0).at("/suppressions/0/justification").asString()).isEqualTo(reason);
    }

    @Test
    void sarif_of_an_unreadable_file_is_an_error_result_at_that_file_and_line_and_the_run_exits_2() throws IOException {
        // given
        String broken = write("broken.spec.json", "{\n  \"id\": \"x\",\n  \"title\": \n}\n");
        CheckRun run = engine.check(List.of(Source.file(broken)), CheckSettings.defaults());
        // when
        JsonNode log = MAPPER.readTree(SpecOutput.of(OutputFormat.SARIF).toString(run));
        // then
        assertThat(errors(log)).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        JsonNode result = log.at("/runs/0/results/0");
        assertThat(result.get("ruleId").asString()).isEqualTo("source.unreadable");
        assertThat(result.get("level").asString()).isEqualTo("error");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo(Path.of(broken).toUri().toASCIIString());
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(4);
        assertThat(result.at("/message/text").asString()).isEqualTo("title: " + run.unreadable().get(0).error().problem());
        assertThat(log.at("/runs/0/invocations/0/exitCode").asInt()).isEqualTo(2);
    }

    @Test
    void sarif_names_a_relative_file_as_a_relative_percent_encoded_uri_and_standard_input_by_its_element_only() {
        // given
        String json = SpecJson.toJson(Examples.flawed());
        CheckRun run = engine.check(List.of(Source.of("specs/a b%.spec.json", () -> new ByteArrayInputStream(json.getBytes(UTF_8))),
                Source.stdin(new ByteArrayInputStream(json.getBytes(UTF_8)))), CheckSettings.defaults());
        // when
        JsonNode results = MAPPER.readTree(SpecOutput.of(OutputFormat.SARIF).toString(run)).at("/runs/0/results");
        // then
        assertThat(errors(MAPPER.readTree(SpecOutput.of(OutputFormat.SARIF).toString(run)))).isEmpty();
        assertThat(results.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo("specs/a%20b%25.spec.json");
        JsonNode last = results.get(results.size() - 1);
        assertThat(last.at("/locations/0").has("physicalLocation")).isFalse();
        assertThat(last.at("/locations/0/logicalLocations/0/fullyQualifiedName").isString()).isTrue();
    }

    @Test
    void github_writes_one_workflow_command_per_standing_finding_at_its_file_line_and_column() throws IOException {
        // given
        CheckRun run = mixedRun();
        SourceResult.Checked flawed = run.checked().get(0);
        int index = firstWithLine(flawed);
        Violation first = flawed.report().violations().get(index);
        SourceLocation at = flawed.read().locations().locate(first.path());
        // when
        List<String> lines = SpecOutput.of(OutputFormat.GITHUB).toString(run).lines().toList();
        // then: no waived finding, one line for the broken file
        int standing = run.checked().stream().mapToInt(c -> c.report().violations().size()).sum();
        assertThat(lines).hasSize(standing + 1).allSatisfy(l -> assertThat(l).matches("::(error|warning|notice) .*::.*"));
        String file = dir.resolve("flawed.spec.json").toString().replace(":", "%3A").replace(",", "%2C");
        assertThat(lines.get(index)).startsWith("::" + first.severity().name().toLowerCase() + " file=" + file + ",line="
                + at.line() + ",col=" + at.column() + ",title=" + first.ruleId() + "::" + first.path() + ": ");
        assertThat(lines).filteredOn(l -> l.startsWith("::notice ")).isNotEmpty(); // infos are notices
        assertThat(lines).filteredOn(l -> l.contains(",title=edge.missing-kinds::")).singleElement().asString()
                .startsWith("::notice file=" + file + ",title="); // a finding on the spec itself: the file alone
        assertThat(lines.get(lines.size() - 1)).startsWith("::error file=" + dir.resolve("broken.spec.json")
                .toString().replace(":", "%3A") + ",line=4,col=").contains(",title=source.unreadable::");
    }

    @Test
    void github_escapes_percent_line_breaks_colons_and_commas_as_the_actions_toolkit_does() {
        // given: a file name and a message with every character a command gives meaning to
        String json = SpecJson.toJson(Examples.flawed()).replaceFirst("\"title\" *: *\"[^\"]*\"",
                "\"title\": \"50% done:\\nnext, ::warning::x\"");
        CheckRun run = engine.check(List.of(Source.of("odd,name:1%.spec.json", () -> new ByteArrayInputStream(
                json.getBytes(UTF_8)))), CheckSettings.of(Profile.STRICT, Severity.ERROR));
        // when
        String out = SpecOutput.of(OutputFormat.GITHUB).toString(run);
        // then: each command one line, properties escaped, no raw line break inside a message
        assertThat(out.lines()).allSatisfy(l -> assertThat(l).startsWith("::error file=odd%2Cname%3A1%25.spec.json,"));
        assertThat(out).doesNotContain("\r");
        assertThat(out.lines().filter(l -> l.contains("hint%3A") || l.contains("%0Ahint: "))).isNotEmpty();
    }

    @Test
    void junit_has_a_testcase_per_spec_element_and_a_failure_per_finding_at_or_above_fail_on() throws Exception {
        // given
        CheckRun run = mixedRun();
        SourceResult.Checked flawed = run.checked().get(0);
        // when
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                SpecOutput.of(OutputFormat.JUNIT).toString(run).getBytes(UTF_8)));
        // then
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(3);
        Element suite = (Element) suites.item(0);
        assertThat(suite.getAttribute("name")).isEqualTo(flawed.name());
        int elements = 1 + flawed.spec().actors().size() + flawed.spec().glossary().size()
                + flawed.spec().requirements().size() + flawed.spec().useCases().size() + flawed.spec().entities().size();
        assertThat(suite.getElementsByTagName("testcase").getLength()).isGreaterThanOrEqualTo(elements);
        assertThat(((Element) suite.getElementsByTagName("testcase").item(0)).getAttribute("name")).isEqualTo("spec");
        long errors = flawed.report().errors().size();
        assertThat(suite.getElementsByTagName("failure").getLength()).isEqualTo((int) errors);
        assertThat(suite.getAttribute("failures")).isEqualTo(String.valueOf(errors));
        List<String> failures = new ArrayList<>();
        NodeList failureNodes = suite.getElementsByTagName("failure");
        for (int i = 0; i < failureNodes.getLength(); i++) {
            Element f = (Element) failureNodes.item(i);
            failures.add(f.getAttribute("type") + " " + f.getAttribute("message"));
        }
        assertThat(failures).containsExactlyInAnyOrderElementsOf(
                flawed.report().errors().stream().map(v -> v.ruleId() + " " + v.message()).toList());
        // each failure sits in the case of the element it is on
        Violation firstError = flawed.report().errors().get(0);
        String element = firstError.path().toString().contains("]")
                ? firstError.path().toString().substring(0, firstError.path().toString().indexOf(']') + 1) : "spec";
        NodeList cases = suite.getElementsByTagName("testcase");
        boolean found = false;
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (!c.getAttribute("name").equals(element)) continue;
            NodeList fs = c.getElementsByTagName("failure");
            for (int k = 0; k < fs.getLength(); k++) {
                found |= ((Element) fs.item(k)).getAttribute("type").equals(firstError.ruleId());
            }
        }
        assertThat(found).as("a failure of %s in the case %s", firstError.ruleId(), element).isTrue();
        // warnings and infos do not fail a case under --fail-on error: they are in its output
        assertThat(suite.getElementsByTagName("system-out").getLength()).isPositive();
        Element broken = (Element) suites.item(2);
        assertThat(broken.getElementsByTagName("error").getLength()).isEqualTo(1);
        assertThat(((Element) xml.getDocumentElement()).getAttribute("errors")).isEqualTo("1");
    }

    @Test
    void junit_fails_on_warnings_too_when_the_run_fails_on_warnings() throws Exception {
        // given
        String flawed = write("flawed.spec.json", SpecJson.toJson(Examples.flawed()));
        CheckRun run = engine.check(List.of(Source.file(flawed)), CheckSettings.of(Profile.STANDARD, Severity.WARNING));
        // when
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                SpecOutput.of(OutputFormat.JUNIT).toString(run).getBytes(UTF_8)));
        // then
        assertThat(xml.getElementsByTagName("failure").getLength())
                .isEqualTo(run.checked().get(0).report().atLeast(Severity.WARNING).size());
    }

    @Test
    void junit_keeps_markup_and_control_characters_from_a_spec_out_of_the_xml_structure() throws Exception {
        // given
        String json = SpecJson.toJson(Examples.flawed()).replaceFirst("\"title\" *: *\"[^\"]*\"",
                "\"title\": \"<b>&\\\"x\\u0001 TBD\"");
        CheckRun run = engine.check(List.of(Source.of("a<&\".spec.json", () -> new ByteArrayInputStream(
                json.getBytes(UTF_8)))), CheckSettings.of(Profile.STRICT, Severity.ERROR));
        // when
        String out = SpecOutput.of(OutputFormat.JUNIT).toString(run);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(out.getBytes(UTF_8)));
        // then: a well-formed document that names the file as it is
        assertThat(((Element) xml.getElementsByTagName("testsuite").item(0)).getAttribute("name")).isEqualTo("a<&\".spec.json");
        assertThat(out).doesNotContain("\u0001");
    }

    @Test
    void only_a_check_run_is_written_in_a_ci_format() throws IOException {
        // given
        String file = write("csv.spec.json", SpecJson.toJson(Examples.csvExport()));
        TraceResult trace = engine.trace(Source.file(file));
        // then
        assertThat(SpecOutput.of(OutputFormat.SARIF).supports(trace)).isFalse();
        assertThat(SpecOutput.of(OutputFormat.JSON).supports(trace)).isTrue();
        assertThatThrownBy(() -> SpecOutput.of(OutputFormat.JUNIT).toString(engine.rules()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(
                        "only a check run is written as junit; this result is written as text, markdown or json");
        assertThat(Optional.of(OutputFormat.parse("github"))).contains(OutputFormat.GITHUB);
    }
}
