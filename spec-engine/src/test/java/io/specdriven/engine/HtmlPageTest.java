package io.specdriven.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spec render --to html}: the page written into a directory, with the acceptance of each criterion. */
class HtmlPageTest {
    static final Path DOCS = Path.of("..", "docs", "examples");
    static final SpecEngine ENGINE = SpecEngine.standard();

    @TempDir
    Path dir;

    @Test
    void the_page_shows_each_criterion_s_status_with_its_tests_and_the_acceptance_in_the_summary() throws Exception {
        // when
        FeatureRun run = ENGINE.writeHtml(Source.file(DOCS.resolve("csv-export-verify.spec.json").toString()),
                dir.resolve("site").toString(), List.of(DOCS.resolve("spec-results").toString()), Optional.empty());
        // then
        assertThat(run.exitCode()).isZero();
        Path page = run.files().get(0).path();
        assertThat(page).isEqualTo(dir.resolve("site").resolve("csv-export.html"));
        Document html = Jsoup.parse(Files.readString(page));
        assertThat(html.select("#AC-EXPORT-1 .status").text()).isEqualTo("passed");
        assertThat(html.select("#AC-EMPTY .status").text()).isEqualTo("failed");
        assertThat(html.select("#AC-TIMEOUT .status").text()).isEqualTo("untested");
        assertThat(html.select("#AC-EMPTY ul.tests li").text())
                .isEqualTo("failed CsvExportTest.empty_report_shows_message: expected: <Nothing to export> but was: <>");
        assertThat(html.select(".summary .figure").eachText()).contains("1/3 (33%) criteria accepted", "1 failed", "1 untested");
    }

    @Test
    void with_a_history_the_page_charts_acceptance_over_the_runs() throws Exception {
        // given two recorded runs of the same results
        Path history = dir.resolve("acceptance.jsonl");
        VerifyRequest request = VerifyRequest.of(Source.file(DOCS.resolve("csv-export-verify.spec.json").toString()),
                List.of(DOCS.resolve("spec-results").toString())).withRecord(history.toString());
        ENGINE.verify(request);
        ENGINE.verify(request);
        // when
        FeatureRun run = ENGINE.writeHtml(Source.file(DOCS.resolve("csv-export-verify.spec.json").toString()),
                dir.toString(), List.of(DOCS.resolve("spec-results").toString()), Optional.of(history.toString()));
        // then
        Document html = Jsoup.parse(Files.readString(run.files().get(0).path()));
        assertThat(html.select("figure.trend figcaption").text()).isEqualTo("Acceptance over 2 runs: from 33% to 33%");
        assertThat(html.select("figure.trend svg polyline").attr("points").split(" ")).hasSize(2);
    }

    @Test
    void without_results_the_page_has_no_acceptance_and_a_second_write_replaces_it() throws Exception {
        // when
        Source spec = Source.file(DOCS.resolve("password-reset.spec.json").toString());
        FeatureRun first = ENGINE.writeHtml(spec, dir.toString(), List.of(), Optional.empty());
        FeatureRun second = ENGINE.writeHtml(spec, dir.toString(), List.of(), Optional.empty());
        // then
        String page = Files.readString(second.files().get(0).path());
        assertThat(second.files().get(0).path()).isEqualTo(first.files().get(0).path());
        assertThat(Jsoup.parse(page).select(".status")).isEmpty();
        assertThat(page).contains("REQ-RESET");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("password-reset.html");
        }
    }
}
