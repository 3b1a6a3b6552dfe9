package io.specdriven.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's quick-start example honest: the same code stands in {@link #quickStart()}, which the
 * compiler checks and this test runs; the test fails when the README's block and this method's body
 * drift apart, or when the output differs from the comment at the end of the README's block.
 */
class ReadmeExampleTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path SELF = Path.of("src", "test", "java", "io", "specdriven", "core",
            "ReadmeExampleTest.java");

    @SuppressWarnings("unused") // the README's printout goes to System.out, which the test captures
    static void quickStart() {
        // readme:begin
        Spec spec = Spec.builder("csv-export", "CSV export for the reporting dashboard")
            .version("1.0.0")
            .actor("ANALYST", a -> a.name("Analyst").description("Reads reports and exports them"))
            .requirement("REQ-EXPORT", r -> r
                .title("Export the visible report as CSV")
                .statement("When the analyst clicks Export, the system shall download the report as [report-name]-[date].csv")
                .priority(Priority.MUST)
                .criterion("AC-EXPORT-1", c -> c.given("a report with 3 rows").when("the analyst clicks Export")
                    .then("report-2026-11-21.csv with a header row and 3 data rows is downloaded"))
                .edgeCase("AC-EMPTY", EdgeCaseKind.EMPTY_DATA, c -> c.given("a report with no rows")
                    .when("the analyst clicks Export").then("the message 'Nothing to export' is shown and no file is created"))
                .failure("AC-TIMEOUT", c -> c.given("the export takes longer than 30 s")
                    .then("the analyst sees 'Export failed — try again' and can retry")))
            .useCase("UC-EXPORT", u -> u
                .title("Export a report").primaryActor("ANALYST").realizes("REQ-EXPORT").uses("Report")
                .precondition("The analyst is signed in and a report is open")
                .step("ANALYST", "clicks Export in the top-right corner of the dashboard")
                .step("SYSTEM", "shows a loading indicator and builds the file")
                .alternative("A1", "The report is empty", 2, a -> a.step("SYSTEM", "shows 'Nothing to export'").ends()))
            .entity("Report", e -> e
                .attribute("name", AttributeType.STRING, a -> a.required().maxLength(120))
                .relationship("rows", "ReportRow", Cardinality.ONE_OR_MORE))
            .build();

        ValidationReport report = SpecValidator.standard().validate(spec);
        report.errors().forEach(System.out::println);
        // ERROR ref.unresolved entities[Report].relationships[rows].target: entity 'ReportRow' is not defined
        // readme:end
    }

    @Test
    void the_readme_shows_exactly_the_code_this_test_compiles() throws IOException {
        assertThat(readmeBlock()).isEqualTo(ownBlock());
    }

    @Test
    void the_readme_example_prints_what_the_readme_says() throws IOException {
        // given
        List<String> expected = ownBlock().stream().dropWhile(l -> !l.contains("System.out::println")).skip(1)
                .map(l -> l.replaceFirst("^// ", "")).collect(Collectors.toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;

        // when
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            quickStart();
        } finally {
            System.setOut(original);
        }

        // then
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactlyElementsOf(expected);
    }

    private static List<String> readmeBlock() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int marker = indexOf(lines, "<!-- readme-example: quick-start", 0);
        int start = indexOf(lines, "```java", marker) + 1;
        int end = indexOf(lines, "```", start);
        return lines.subList(start, end);
    }

    private static List<String> ownBlock() throws IOException {
        List<String> lines = Files.readAllLines(SELF, StandardCharsets.UTF_8);
        int start = indexOf(lines, "// readme:begin", 0) + 1;
        int end = indexOf(lines, "// readme:end", start);
        List<String> block = new ArrayList<>();
        for (String line : lines.subList(start, end)) {
            block.add(line.length() >= 8 ? line.substring(8) : line.strip());
        }
        return block;
    }

    private static int indexOf(List<String> lines, String prefix, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(prefix)) return i;
        }
        throw new AssertionError("no line starting with '" + prefix + "' after line " + from);
    }
}
