package io.specdriven.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.specdriven.core.source.LocatedSpec;
import io.specdriven.core.source.SpecReadException;
import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.examples.Examples;
import io.specdriven.json.SpecJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application layer driven directly, for every command, without the command line. */
class SpecEngineTest {
    @TempDir
    Path dir;

    private final SpecEngine engine = SpecEngine.standard();

    private String write(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json, UTF_8);
        return file.toString();
    }

    @Test
    void check_holds_the_library_s_own_report_for_each_file_and_the_highest_exit_code() throws IOException {
        // given
        String good = write("good.spec.json", SpecJson.toJson(Examples.csvExport()));
        String flawed = write("flawed.spec.json", SpecJson.toJson(Examples.flawed()));
        // when
        CheckRun run = engine.check(List.of(Source.file(good), Source.file(flawed), Source.file(good)),
                CheckSettings.of(Profile.BASIC, Severity.ERROR));
        // then: the file named twice is checked once
        assertThat(run.results()).extracting(SourceResult::name).containsExactly(good, flawed);
        assertThat(run.checked().get(1).report()).isEqualTo(SpecValidator.of(Profile.BASIC).validate(Examples.flawed()));
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void a_directory_stands_for_every_spec_file_under_it_in_name_order() throws IOException {
        // given
        String json = SpecJson.toJson(Examples.csvExport());
        write("b/two.spec.json", json);
        write("a/one.spec.json", json.replace("\"csv-export\"", "\"csv-export-2\""));
        write("a/notes.json", "{}");
        write(".git/hidden.spec.json", json);
        // when
        CheckRun run = engine.check(List.of(Source.file(dir.toString())), CheckSettings.defaults());
        // then
        assertThat(run.results()).extracting(SourceResult::name).containsExactly(
                dir.resolve("a/one.spec.json").toString(), dir.resolve("b/two.spec.json").toString());
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void an_empty_directory_is_unreadable_and_says_what_was_looked_for() {
        // when
        CheckRun run = engine.check(List.of(Source.file(dir.toString())), CheckSettings.defaults());
        // then
        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.unreadable().get(0).error().getMessage())
                .isEqualTo("no spec files found under " + dir + " (looked for *.spec.json)");
    }

    @Test
    void standard_input_is_read_as_a_source_named_stdin() {
        // given
        byte[] json = SpecJson.toJson(Examples.csvExport()).getBytes(UTF_8);
        // when
        CheckRun run = engine.check(List.of(Source.stdin(new ByteArrayInputStream(json))), CheckSettings.defaults());
        // then
        assertThat(run.checked()).extracting(SourceResult::name).containsExactly("<stdin>");
    }

    @Test
    void a_named_pipe_is_refused_without_blocking() throws Exception {
        // given: a FIFO nobody writes to; opening it would block forever
        Path fifo = dir.resolve("pipe.spec.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.assertj.core.api.Assumptions.assumeThat(mkfifo.waitFor()).as("mkfifo is available").isZero();
        // when
        CheckRun run = engine.check(List.of(Source.file(fifo.toString())), CheckSettings.defaults());
        // then
        assertThat(run.unreadable().get(0).error().getMessage()).isEqualTo(fifo
                + ": is not a regular file (a named pipe): spec reads regular files, and standard input when given '-'");
    }

    @Test
    void a_symbolic_link_loop_and_too_long_names_say_their_real_reason_not_permission_denied() throws IOException {
        // given
        Path a = dir.resolve("a.spec.json");
        Files.createSymbolicLink(a, dir.resolve("b.spec.json"));
        Files.createSymbolicLink(dir.resolve("b.spec.json"), a);
        String longName = dir.resolve("x".repeat(5000)).toString();
        String longPath = dir + "/" + "abcdefghi/".repeat(600) + "f.spec.json";
        // when
        CheckRun run = engine.check(List.of(Source.file(a.toString()), Source.file(longName), Source.file(longPath)),
                CheckSettings.defaults());
        // then
        assertThat(run.unreadable()).extracting(u -> u.error().problem()).containsExactly(
                "cannot be read: too many levels of symbolic links (a symbolic link loop?)",
                "cannot be read: a name in the path is 5000 bytes long; file systems take at most 255",
                "cannot be read: the path is " + longPath.getBytes(UTF_8).length + " bytes long; the system takes at most 4095");
    }

    @Test
    void trace_diff_render_and_rules_answer_with_the_library_s_values() throws IOException {
        // given
        String file = write("csv.spec.json", SpecJson.toJson(Examples.csvExport()));
        // when
        TraceResult trace = engine.trace(Source.file(file));
        DiffResult diff = engine.diff(Source.file(file), Source.file(file));
        String markdown = engine.render(Source.file(file), RenderView.MARKDOWN, Optional.empty());
        RuleCatalog rules = engine.rules();
        // then
        assertThat(trace.trace().requirements()).isNotEmpty();
        assertThat(diff.diff().isEmpty()).isTrue();
        assertThat(diff.exitCode()).isZero();
        assertThat(markdown).startsWith("# CSV export for the reporting dashboard\n");
        assertThat(rules.rules()).extracting(RuleCatalog.Entry::id).contains("ref.unresolved").isSorted();
    }

    @Test
    void diff_reads_both_files_and_keeps_the_second_error() {
        // when
        SpecReadException e = catchThrowableOfType(SpecReadException.class,
                () -> engine.diff(Source.file("missing-1.json"), Source.file("missing-2.json")));
        // then
        assertThat(e.getMessage()).isEqualTo("missing-1.json: no such file");
        assertThat(e.getSuppressed()).extracting(Throwable::getMessage).containsExactly("missing-2.json: no such file");
    }

    @Test
    void feature_files_of_ids_too_long_for_a_file_name_fit_255_bytes_stay_unique_and_are_all_written() throws IOException {
        // given: two 128-character CJK ids (384 bytes each) that differ only at the end
        String stem = "要".repeat(127);
        String json = SpecJson.toJson(io.specdriven.core.Spec.builder("long", "Long ids")
                .requirement(stem + "一", r -> r.title("One").statement("The system shall do one thing."))
                .requirement(stem + "二", r -> r.title("Two").statement("The system shall do another thing."))
                .build());
        String file = write("long.spec.json", json);
        // when
        FeatureRun run = engine.writeFeatures(Source.file(file), dir.resolve("features").toString());
        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.files()).hasSize(2).extracting(f -> f.path().getFileName()).doesNotHaveDuplicates();
        assertThat(run.files()).allSatisfy(f -> {
            assertThat(f.error()).isEmpty();
            assertThat(f.path().getFileName().toString().getBytes(UTF_8).length).isLessThanOrEqualTo(255);
            assertThat(f.path()).isRegularFile();
        });
    }

    @Test
    void the_json_of_a_run_embeds_the_library_s_report_unchanged() throws IOException {
        // given
        String file = write("flawed.spec.json", SpecJson.toJson(Examples.flawed()));
        CheckRun run = engine.check(List.of(Source.file(file)), CheckSettings.defaults());
        // when
        String json = SpecOutput.of(OutputFormat.JSON).toString(run);
        // then
        String report = SpecJson.toJson(run.checked().get(0).report(), run.checked().get(0).read().locations());
        assertThat(json).contains("\"report\": " + report.strip().replace("\n", "\n      "));
    }

    @Test
    void a_result_written_to_a_directory_or_the_root_leaves_it_as_it_was_and_says_why_issue_14() throws IOException {
        // given: an empty directory, which a plain move would replace by the file
        String file = write("flawed.spec.json", SpecJson.toJson(Examples.flawed()));
        CheckRun run = engine.check(List.of(Source.file(file)), CheckSettings.defaults());
        Path empty = Files.createDirectory(dir.resolve("out"));
        // when
        java.io.UncheckedIOException intoDirectory = catchThrowableOfType(java.io.UncheckedIOException.class,
                () -> SpecOutput.of(OutputFormat.JSON).write(run, empty));
        java.io.UncheckedIOException intoRoot = catchThrowableOfType(java.io.UncheckedIOException.class,
                () -> SpecOutput.of(OutputFormat.JSON).write(run, Path.of("/")));
        // then
        assertThat(intoDirectory).hasMessage("cannot write " + empty + ": is a directory, not a file");
        assertThat(intoRoot).hasMessage("cannot write /: is the root directory, not a file");
        assertThat(empty).isEmptyDirectory();
    }

    // ---- the document size limit (issue 13)

    private static final String SMALL_SPEC = "{\"specFormat\": 1, \"id\": \"small\", \"title\": \"Small\"}";

    @Test
    void a_file_over_the_size_limit_is_refused_at_the_file_by_its_size_before_it_is_read() throws IOException {
        // given: a file of 2 KB under a limit of 1 KB
        Path file = dir.resolve("big.spec.json");
        Files.writeString(file, SMALL_SPEC + " ".repeat(2048 - SMALL_SPEC.length()), UTF_8);
        SpecEngine engine = SpecEngine.standard().withMaxDocumentSize(1024, "raise it with --max-document-size SIZE");
        // when
        CheckRun run = engine.check(List.of(Source.file(file.toString())), CheckSettings.defaults());
        // then
        assertThat(run.unreadable()).singleElement().satisfies(u -> {
            assertThat(u.error().getMessage()).isEqualTo(file + ": is 2 KB (2,048 bytes), more than the limit of 1 KB"
                    + " (1,024 bytes); raise it with --max-document-size SIZE");
            assertThat(u.error().location().file()).contains(file.toString());
        });
        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        // and under a limit of 4 KB it is read
        assertThat(SpecEngine.standard().withMaxDocumentSize(4096, "").read(Source.file(file.toString())).spec().id())
                .hasToString("small");
    }

    @Test
    void standard_input_over_the_size_limit_is_refused_once_it_passes_the_limit() {
        // given
        byte[] bytes = (SMALL_SPEC + " ".repeat(5000)).getBytes(UTF_8);
        SpecEngine engine = SpecEngine.standard().withMaxDocumentSize(1024, "raise it");
        // when
        SpecReadException e = catchThrowableOfType(SpecReadException.class,
                () -> engine.read(Source.stdin(new ByteArrayInputStream(bytes))));
        // then
        assertThat(e.problem()).isEqualTo("is larger than the limit of 1 KB (1,024 bytes); raise it");
    }

    @Test
    void the_size_limit_raises_the_json_reader_s_own_32_mi_character_limit_issue_13() throws IOException {
        // given: 33 MiB of JSON (whitespace mostly), over the reader's default of 32 Mi characters
        Path file = dir.resolve("long.spec.json");
        try (var out = Files.newBufferedWriter(file, UTF_8)) {
            out.write(SMALL_SPEC.substring(0, SMALL_SPEC.length() - 1));
            char[] spaces = new char[1 << 20];
            java.util.Arrays.fill(spaces, ' ');
            for (int i = 0; i < 33; i++) out.write(spaces);
            out.write("}");
        }
        // when
        SpecReadException byDefault = catchThrowableOfType(SpecReadException.class,
                () -> SpecEngine.standard().read(Source.file(file.toString())));
        LocatedSpec raised = SpecEngine.standard().withMaxDocumentSize(DocumentSize.DEFAULT, "")
                .read(Source.file(file.toString()));
        // then
        assertThat(byDefault.problem()).startsWith("the document is longer than the limit of 33554432 characters");
        assertThat(raised.spec().id()).hasToString("small");
    }

    @Test
    void a_limit_out_of_range_is_refused() {
        assertThatThrownBy(() -> SpecEngine.standard().withMaxDocumentSize(0, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxBytes is 0: use 1 to 2146435072");
    }
}
