package io.specdriven.json.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.specdriven.core.Spec;
import io.specdriven.core.diff.Fingerprint;
import io.specdriven.core.verify.TestLocation;
import io.specdriven.core.verify.TestResult;
import io.specdriven.core.verify.TestVerdict;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestResultsTest {
    private static final TestResults READER = TestResults.reader();

    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(TestResultsTest.class.getResource(name).toURI());
    }

    @Test
    void given_a_real_surefire_report_with_a_rerun_when_read_then_every_run_is_a_result_and_the_last_counts()
            throws Exception {
        List<TestResult> results = READER.read(fixture("TEST-demo.CsvExportTest.xml"));

        assertThat(results).extracting(TestResult::name, TestResult::verdict).containsExactly(
                tuple("CsvExportTest.flaky_until_second_try", TestVerdict.FAILED),
                tuple("CsvExportTest.flaky_until_second_try", TestVerdict.PASSED),
                tuple("CsvExportTest.times_out_after_thirty_seconds", TestVerdict.SKIPPED),
                tuple("CsvExportTest.empty_report_shows_message", TestVerdict.FAILED),
                tuple("CsvExportTest.empty_report_shows_message", TestVerdict.FAILED),
                tuple("CsvExportTest.exports_header_and_rows(TestReporter)", TestVerdict.PASSED));
        assertThat(results.get(0).id()).isEqualTo(results.get(1).id()).isEqualTo("demo.CsvExportTest#flaky_until_second_try");
        assertThat(results.get(0).message()).contains("first try fails ==> expected: <1> but was: <2>");
        assertThat(results.get(1).message()).isEmpty();
        assertThat(results.get(2).message()).contains("timeout handling is not built yet");
        assertThat(results.get(4).message()).contains("expected: <Nothing to export> but was: <>");
        assertThat(results.get(4).duration()).isEqualTo(Duration.ofMillis(30));
        assertThat(results.get(5).verifies()).containsExactly("AC-EXPORT-1", "REQ-EXPORT");
        assertThat(results.subList(0, 5)).allSatisfy(r -> assertThat(r.verifies()).isEmpty());
    }

    @Test
    void given_a_surefire_report_of_this_build_when_read_then_each_parameterized_invocation_is_a_result()
            throws Exception {
        List<TestResult> results = READER.read(fixture("TEST-io.specdriven.core.IdTest.xml"));

        assertThat(results).hasSize(25).allSatisfy(r -> assertThat(r.verdict()).isEqualTo(TestVerdict.PASSED));
        assertThat(results).extracting(TestResult::id).doesNotHaveDuplicates();
        assertThat(results.get(0).name()).isEqualTo("IdTest.refuses_text_outside_the_grammar_naming_it(String)[1]");
        assertThat(results.get(0).duration()).isEqualTo(Duration.ofMillis(7));
    }

    @Test
    void given_cucumber_json_for_the_rendered_features_when_read_then_tags_name_the_ids_and_backgrounds_count()
            throws Exception {
        List<TestResult> results = READER.read(fixture("cucumber-csv-export.json"));

        assertThat(results).extracting(TestResult::name, TestResult::verdict, TestResult::verifies).containsExactly(
                tuple("AC-EXPORT-1", TestVerdict.PASSED, List.of("REQ-EXPORT", "AC-EXPORT-1")),
                tuple("AC-EMPTY (edge case: empty)", TestVerdict.FAILED, List.of("REQ-EXPORT", "AC-EMPTY")),
                tuple("AC-TIMEOUT (failure)", TestVerdict.FAILED, List.of("REQ-EXPORT", "AC-TIMEOUT")));
        assertThat(results.get(0).duration()).isEqualTo(Duration.ofNanos(1_200_000 + 300_000 + 4_100_000 + 900_000));
        assertThat(results.get(0).source()).contains(TestLocation.of("REQ-EXPORT.feature", 8));
        assertThat(results.get(1).message().orElseThrow()).startsWith("org.opentest4j.AssertionFailedError: expected: <Nothing to export>");
        assertThat(results.get(2).message()).contains("undefined step: the export takes longer than 30 seconds");
    }

    @Test
    void given_results_written_by_us_when_read_back_then_every_field_survives() {
        Fingerprint fp = Fingerprint.parse("a".repeat(64));
        List<TestResult> written = List.of(
                TestResult.builder("[engine:junit-jupiter]/[class:CsvExportTest]/[method:a()]", "CsvExportTest.a")
                        .verifies("AC-EXPORT-1", "REQ-EXPORT").verdict(TestVerdict.PASSED)
                        .duration(Duration.ofMillis(12)).source(TestLocation.of("CsvExportTest.java", 41))
                        .fingerprint("AC-EXPORT-1", fp).build(),
                TestResult.builder("u2", "CsvExportTest.b").verdict(TestVerdict.ABORTED).message("assumption: no \"disk\"\n")
                        .source(TestLocation.of("CsvExportTest.java")).build());
        Spec spec = Spec.builder("csv-export", "CSV export").version("1.2.0").build();

        String json = TestResults.toJson("specdriven-junit test", Instant.parse("2026-12-02T09:15:00Z"),
                Optional.of(spec), Optional.of("specs/csv-export.spec.json"), written);

        assertThat(READER.parse("run.json", json)).isEqualTo(written);
        assertThat(json).contains("\"spec\":{\"id\":\"csv-export\",\"version\":\"1.2.0\",\"file\":\"specs/csv-export.spec.json\"}");
    }

    @Test
    void given_a_directory_when_read_then_its_json_and_xml_files_are_read_in_name_order_and_others_ignored()
            throws Exception {
        write("b.json", TestResults.toJson("t", Instant.EPOCH, Optional.empty(), Optional.empty(),
                List.of(TestResult.builder("x", "X.x").verifies("AC-1").verdict(TestVerdict.FAILED).build())));
        write("a.json", TestResults.toJson("t", Instant.EPOCH, Optional.empty(), Optional.empty(),
                List.of(TestResult.builder("x", "X.x").verifies("AC-1").verdict(TestVerdict.PASSED).build())));
        write("notes.txt", "not results");
        write(".b.json.123.tmp", "{half");
        write(".hidden.json", "{half");
        Files.createDirectory(dir.resolve("nested.json"));

        assertThat(READER.read(dir)).extracting(TestResult::verdict).containsExactly(TestVerdict.PASSED, TestVerdict.FAILED);
    }

    @Test
    void given_results_written_to_a_file_when_written_again_then_the_file_is_replaced_whole() throws IOException {
        Path file = dir.resolve("run.json");
        List<TestResult> one = List.of(TestResult.builder("x", "X.x").verdict(TestVerdict.PASSED).build());
        TestResults.write(file, "t", Instant.EPOCH, Optional.empty(), Optional.empty(), one);
        TestResults.write(file, "t", Instant.EPOCH, Optional.empty(), Optional.empty(), List.of());

        assertThat(READER.read(file)).isEmpty();
        try (var s = Files.list(dir)) {
            assertThat(s).containsExactly(file);
        }
    }

    @Test
    void given_an_external_entity_when_read_then_it_is_refused_at_the_doctype_and_never_resolved() throws IOException {
        Path secret = write("secret.txt", "TOP SECRET");
        Path xml = write("TEST-xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<testsuite name=\"s\"><testcase name=\"&x;\" classname=\"C\"/></testsuite>\n");

        assertThatThrownBy(() -> READER.read(xml)).isInstanceOf(ResultsFormatException.class)
                .hasMessageStartingWith(xml + ":2:")
                .hasMessageContaining("a DOCTYPE is not allowed in a test report")
                .hasMessageNotContaining("TOP SECRET");
    }

    @Test
    void given_a_billion_laughs_when_read_then_it_is_refused_before_any_expansion() throws IOException {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n<testsuite name=\"&lol9;\"/>\n");
        Path xml = write("TEST-lol.xml", dtd.toString());

        assertThatThrownBy(() -> READER.read(xml)).isInstanceOf(ResultsFormatException.class)
                .hasMessageMatching("\\Q" + xml + "\\E:2:\\d+: .*DOCTYPE is not allowed.*")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(300));
    }

    @Test
    void given_a_file_larger_than_the_limit_when_read_then_it_is_refused_unread() throws IOException {
        Path big = write("TEST-big.xml", "<testsuite name=\"s\">" + "<testcase name=\"t\" classname=\"C\"/>".repeat(100) + "</testsuite>");

        assertThatThrownBy(() -> TestResults.reader(1000).read(big)).isInstanceOf(ResultsFormatException.class)
                .hasMessage(big + ":1:1: the file is larger than the limit of 1000 bytes; it is not read");
        assertThat(TestResults.reader(10_000).read(big)).hasSize(100);
    }

    @Test
    void given_truncated_xml_when_read_then_the_error_names_the_line_and_nothing_is_returned() throws IOException {
        Path xml = write("TEST-cut.xml", "<testsuite name=\"s\">\n  <testcase name=\"t\" classname=\"C\"/>\n  <testcase name=\"u\"");

        assertThatThrownBy(() -> READER.read(xml)).isInstanceOf(ResultsFormatException.class)
                .hasMessageStartingWith(xml + ":3:")
                .hasMessageContaining("not a readable JUnit XML report");
    }

    @Test
    void given_xml_that_is_not_a_test_report_when_read_then_the_root_element_is_named() throws IOException {
        Path xml = write("pom.xml", "<project>\n</project>\n");

        assertThatThrownBy(() -> READER.read(xml)).isInstanceOf(ResultsFormatException.class)
                .hasMessage(xml + ":1:10: not a JUnit XML report: the root element is <project>, expected <testsuite> or <testsuites>");
    }

    @Test
    void given_our_json_with_a_misspelt_verdict_when_read_then_the_error_names_line_column_and_path() throws IOException {
        Path json = write("run.json", "{\"resultsFormat\": 1,\n \"tests\": [\n  {\"id\": \"a\", \"name\": \"A.a\", \"verifies\": [],\n"
                + "   \"verdict\": \"pased\", \"durationMillis\": 1}]}\n");

        assertThatThrownBy(() -> READER.read(json)).isInstanceOf(ResultsFormatException.class)
                .hasMessage(json + ":4:15: tests[0].verdict: 'pased' is not one of passed, failed, aborted, skipped");
    }

    @Test
    void given_json_that_is_not_results_when_read_then_it_is_refused_with_the_formats_read() throws IOException {
        Path json = write("spec.json", "{\"specFormat\": 1}");
        Path empty = write("empty.json", "");
        Path newer = write("newer.json", "{\"resultsFormat\": 2, \"tests\": []}");

        assertThatThrownBy(() -> READER.read(json)).hasMessageStartingWith(json + ":1:1: not a results file: expected specdriven results JSON");
        assertThatThrownBy(() -> READER.read(empty)).hasMessage(empty + ":1:1: the file is empty: expected a JSON value");
        assertThatThrownBy(() -> READER.read(newer)).hasMessageContaining("resultsFormat 2 is newer than this version");
        assertThatThrownBy(() -> READER.read(dir.resolve("missing.json"))).isInstanceOf(ResultsFormatException.class)
                .hasMessage(dir.resolve("missing.json") + ":1:1: no such file or directory");
    }

    @Test
    void given_a_huge_failure_message_when_read_from_xml_then_it_is_bounded() throws IOException {
        Path xml = write("TEST-long.xml", "<testsuite name=\"s\"><testcase name=\"t\" classname=\"C\"><failure message=\""
                + "x".repeat(50_000) + "\"/></testcase></testsuite>");

        assertThat(READER.read(xml).get(0).message().orElseThrow()).hasSize(2001).endsWith("…");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
