package io.specdriven.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.core.AttributeType;
import io.specdriven.core.Cardinality;
import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.Priority;
import io.specdriven.core.Spec;
import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.Score;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.json.SpecJson;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's Java examples honest. Each README block marked {@code <!-- readme-example: NAME -->}
 * stands, line for line, between {@code // readme:begin NAME} and {@code // readme:end NAME} in this
 * class, where the compiler checks it; the tests fail when the two drift apart, when a Java block of the
 * README has no such twin, or when an example prints something other than what the README says.
 * (Console blocks are run by {@code SpecReadmeIT}.)
 */
class ReadmeExampleTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path SELF = Path.of("src", "test", "java", "io", "specdriven", "examples",
            "ReadmeExampleTest.java");
    private static final String MARKER = "<!-- readme-example: ";

    static void quickStart() {
        // readme:begin quick-start
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
        // ERROR ref.unresolved entities[Report].relationships[rows].target: entity 'ReportRow' is not defined (hint: define the element under that id, or correct the reference to an id the spec defines)
        // readme:end quick-start
    }

    /**
     * Runs {@link #json()} from the repository root, as the README's reader would, and prints what it
     * returns: the README's path is relative to the root, and a JVM cannot change its working directory.
     *
     * @param args none
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        out.print(json());
    }

    static String json() {
        // readme:begin json
        Spec spec = SpecJson.read(Path.of("docs/examples/password-reset.spec.json"));
        String json = SpecJson.toJson(spec);    // canonical: equal specs give byte-identical JSON
        // readme:end json
        return json;
    }

    @SuppressWarnings("unused") // the README names every variable; only the score is printed
    static void profiles(Spec spec) {
        // readme:begin profiles
        SpecValidator basic = SpecValidator.of(Profile.BASIC);     // structure and references only
        SpecValidator strict = SpecValidator.of(Profile.STRICT);   // the contract checklist: every gap is an error
        SpecValidator tuned = SpecValidator.builder().profile(Profile.STRICT)
            .minEdgeCases(5).disable("lang.criterion-no-number").build();

        Score score = strict.validate(spec).score();   // 0–100, by area, with the findings that cost points
        System.out.println(score.explanation());
        // readme:end profiles
    }

    @Test
    void every_java_block_of_the_readme_is_the_code_this_test_compiles() throws IOException {
        Map<String, List<String>> readme = readmeBlocks();
        Map<String, List<String>> own = ownBlocks();

        assertThat(readme.keySet()).containsExactlyInAnyOrderElementsOf(own.keySet());
        for (String name : own.keySet()) {
            assertThat(readme.get(name)).as(name).isEqualTo(own.get(name));
        }
    }

    @Test
    void the_quick_start_prints_what_the_readme_says() throws IOException {
        // given
        List<String> expected = ownBlocks().get("quick-start").stream()
                .dropWhile(l -> !l.contains("System.out::println")).skip(1)
                .map(l -> l.replaceFirst("^// ", "")).collect(Collectors.toList());

        // when
        String printed = capture(ReadmeExampleTest::quickStart);

        // then
        assertThat(printed.lines()).containsExactlyElementsOf(expected).isNotEmpty();
    }

    @Test
    void the_json_example_reads_the_readme_s_file_from_the_repository_root() throws Exception {
        // Found in review: this example was compiled but never run. It runs in a child JVM whose working
        // directory is the repository root, on this JVM's class and module path put together.
        // given
        Path root = README.toAbsolutePath().normalize().getParent();
        List<String> path = new ArrayList<>();
        path.add(Path.of(ReadmeExampleTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property, "");
            if (!value.isEmpty()) path.add(value);
        }
        Path out = Files.createTempFile("readme-json", ".out");
        Path err = Files.createTempFile("readme-json", ".err");
        try {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", String.join(File.pathSeparator, path), ReadmeExampleTest.class.getName())
                    .directory(root.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            // when
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the example ends within 60 s").isTrue();
            // then: it read the README's file and printed its canonical JSON
            assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEmpty();
            assertThat(child.exitValue()).isZero();
            assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("{")
                    .isEqualTo(SpecJson.toJson(SpecJson.read(root.resolve("docs/examples/password-reset.spec.json"))));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    @Test
    void the_profiles_example_explains_the_strict_score() {
        String printed = capture(() -> profiles(Examples.csvExport()));

        assertThat(printed).startsWith("score 100/100: requirements 20/20");
        assertThat(capture(() -> profiles(Examples.flawed()))).startsWith("score 0/100").contains("\n  -");
    }

    private static String capture(Runnable example) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            example.run();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Every ```java block of the README, by the name of the marker just above it. */
    private static Map<String, List<String>> readmeBlocks() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```java")) continue;
            String above = i > 0 ? lines.get(i - 1) : "";
            assertThat(above).as("the marker above the Java block at README line " + (i + 1)).startsWith(MARKER);
            String name = above.substring(MARKER.length()).split(" ")[0];
            int end = i + 1;
            while (!lines.get(end).equals("```")) end++;
            blocks.put(name, lines.subList(i + 1, end));
        }
        return blocks;
    }

    private static Map<String, List<String>> ownBlocks() throws IOException {
        List<String> lines = Files.readAllLines(SELF, StandardCharsets.UTF_8);
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("// readme:begin ")) continue;
            String name = line.substring("// readme:begin ".length());
            List<String> block = new ArrayList<>();
            for (int j = i + 1; !lines.get(j).strip().equals("// readme:end " + name); j++) {
                block.add(lines.get(j).length() >= 8 ? lines.get(j).substring(8) : lines.get(j).strip());
            }
            blocks.put(name, block);
        }
        return blocks;
    }
}
