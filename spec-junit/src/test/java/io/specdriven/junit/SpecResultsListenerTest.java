package io.specdriven.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.specdriven.core.Spec;
import io.specdriven.core.verify.TestLocation;
import io.specdriven.core.verify.TestResult;
import io.specdriven.core.verify.TestVerdict;
import io.specdriven.core.verify.VerificationTargets;
import io.specdriven.json.SpecJson;
import io.specdriven.json.results.TestResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs real test classes through a JUnit Platform launcher that finds the listener by itself. */
class SpecResultsListenerTest {
    @TempDir
    Path dir;

    private List<TestResult> run(Map<String, String> parameters, Class<?>... classes) throws IOException {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .configurationParameter("specdriven.results.dir", dir.resolve("spec-results").toString())
                .configurationParameters(parameters);
        for (Class<?> c : classes) request.selectors(selectClass(c));
        LauncherDiscoveryRequest built = request.build();
        Launcher launcher = LauncherFactory.create(); // registers the listeners ServiceLoader finds: ours
        launcher.execute(built);
        Path results = dir.resolve("spec-results");
        try (Stream<Path> files = Files.list(results)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .singleElement().satisfies(n -> assertThat(n).matches("run-\\d{8}T\\d{6}\\.\\d{3}Z-[0-9a-f]+\\.json"));
        }
        return TestResults.reader().read(results);
    }

    private static TestResult named(List<TestResult> results, String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow(() ->
                new AssertionError("no result named " + name + " in " + results.stream().map(TestResult::name).toList()));
    }

    @Test
    void given_annotated_tests_when_the_platform_runs_them_then_one_file_holds_every_test_with_ids_and_verdicts()
            throws IOException {
        List<TestResult> results = run(Map.of(), CsvExportCases.class);

        assertThat(results).extracting(TestResult::name, TestResult::verdict, TestResult::verifies).contains(
                tuple("CsvExportCases.exports_header_and_rows", TestVerdict.PASSED, List.of("AC-EXPORT-1", "REQ-EXPORT")),
                tuple("CsvExportCases.empty_report_shows_message", TestVerdict.FAILED, List.of("AC-EMPTY", "REQ-EXPORT")),
                tuple("CsvExportCases.times_out", TestVerdict.SKIPPED, List.of("AC-TIMEOUT", "REQ-EXPORT")),
                tuple("CsvExportCases.aborts_without_a_disk", TestVerdict.ABORTED, List.of("AC-DISK", "REQ-EXPORT")),
                tuple("CsvExportCases.repeated_annotation", TestVerdict.PASSED, List.of("AC-A", "AC-B", "REQ-EXPORT")),
                tuple("CsvExportCases.names_nothing_itself", TestVerdict.PASSED, List.of("REQ-EXPORT")),
                tuple("CsvExportCases.escapes [1] value = \"plain\"", TestVerdict.PASSED, List.of("AC-ESCAPE", "REQ-EXPORT")),
                tuple("CsvExportCases.escapes [2] value = \"with,comma\"", TestVerdict.FAILED, List.of("AC-ESCAPE", "REQ-EXPORT")),
                tuple("CsvExportCases.dynamic first", TestVerdict.PASSED, List.of("AC-DYNAMIC", "REQ-EXPORT")),
                tuple("CsvExportCases.WhenEmpty.inner", TestVerdict.PASSED, List.of("AC-EMPTY", "AC-NESTED", "REQ-EXPORT")));
        assertThat(results).hasSize(11).extracting(TestResult::id).doesNotHaveDuplicates();
        assertThat(named(results, "CsvExportCases.empty_report_shows_message").message())
                .contains("expected: <Nothing to export> but was: <>");
        assertThat(named(results, "CsvExportCases.times_out").message()).contains("not built yet");
        assertThat(named(results, "CsvExportCases.aborts_without_a_disk").message()).contains("Assumption failed: no disk here");
        assertThat(named(results, "CsvExportCases.fails_with_a_long_message").message().orElseThrow())
                .hasSize(2001).endsWith("…");
        assertThat(named(results, "CsvExportCases.exports_header_and_rows").source())
                .contains(TestLocation.of("CsvExportCases.java", 21));
        assertThat(named(results, "CsvExportCases.WhenEmpty.inner").source())
                .hasValueSatisfying(s -> assertThat(s.file()).isEqualTo("CsvExportCases.java"));
        assertThat(results).allSatisfy(r -> assertThat(r.fingerprints()).isEmpty());
    }

    @Test
    void given_a_disabled_class_and_a_failing_set_up_when_run_then_their_tests_are_skipped_and_failed_not_missing()
            throws IOException {
        List<TestResult> results = run(Map.of(), DisabledCases.class, BrokenSetupCases.class);

        assertThat(results).extracting(TestResult::name, TestResult::verdict, TestResult::verifies).containsExactlyInAnyOrder(
                tuple("DisabledCases.one", TestVerdict.SKIPPED, List.of("AC-LATER")),
                tuple("DisabledCases.two", TestVerdict.SKIPPED, List.of("AC-OTHER", "AC-LATER")),
                tuple("BrokenSetupCases.reads", TestVerdict.FAILED, List.of("AC-DB")));
        assertThat(named(results, "BrokenSetupCases.reads").message()).contains("database is down");
        assertThat(named(results, "DisabledCases.one").message()).contains("waiting for the new exporter");
    }

    @Test
    void given_the_spec_file_when_run_then_each_result_records_the_fingerprint_of_each_element_it_names()
            throws IOException {
        Spec spec = Spec.builder("csv-export", "CSV export").version("2.0.0")
                .requirement("REQ-EXPORT", r -> r.title("Export").statement("The dashboard shall export the report as CSV.")
                        .criterion("AC-EXPORT-1", c -> c.statement("The file has a header row and one row per report row.")))
                .build();
        Path specFile = dir.resolve("csv-export.spec.json");
        SpecJson.write(spec, specFile);

        List<TestResult> results = run(Map.of("specdriven.spec", specFile.toString()), CsvExportCases.class);

        VerificationTargets targets = VerificationTargets.of(spec);
        assertThat(named(results, "CsvExportCases.exports_header_and_rows").fingerprints()).containsExactly(
                Map.entry("AC-EXPORT-1", targets.fingerprint("AC-EXPORT-1").orElseThrow()),
                Map.entry("REQ-EXPORT", targets.fingerprint("REQ-EXPORT").orElseThrow()));
        assertThat(Files.readString(Files.list(dir.resolve("spec-results")).findFirst().orElseThrow()))
                .contains("\"spec\":{\"id\":\"csv-export\",\"version\":\"2.0.0\",\"file\":\"" + specFile + "\"}");
    }

    @Test
    void given_the_listener_turned_off_when_run_then_no_file_is_written() {
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request()
                .configurationParameter("specdriven.results.dir", dir.resolve("off").toString())
                .configurationParameter("specdriven.results.enabled", "false")
                .selectors(selectClass(DisabledCases.class)).build());

        assertThat(dir.resolve("off")).doesNotExist();
    }
}
