package io.specdriven.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.ParseError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import net.sourceforge.plantuml.BlockUml;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.error.PSystemError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged tool, run as a user runs it: {@code java -jar spec-cli/target/spec.jar …} in a child
 * JVM of the same Java version as the tests (so CI covers JDK 17 and the newest JDK). Failsafe runs this
 * after {@code package}, so {@code mvn verify} always has a fresh jar.
 */
class SpecJarIT {
    @TempDir
    Path dir;

    /** One run of the jar. */
    record JarRun(int exitCode, String out, String err, long millis) {}

    static Path jar() {
        Path jar = Path.of(System.getProperty("spec.jar", "target/spec.jar"));
        assertThat(jar).as("the executable jar; build it with mvn -DskipTests package").isRegularFile();
        return jar;
    }

    static JarRun runJar(Path workingDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        return runJar(workingDir, env, name -> false, args);
    }

    /** Runs the jar with the variables {@code unset} matches removed from the environment, then {@code env} added. */
    static JarRun runJar(Path workingDir, Map<String, String> env, Predicate<String> unset, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment().remove("NO_COLOR");
        builder.environment().keySet().removeIf(unset);
        builder.environment().putAll(env);
        Path out = Files.createTempFile("spec-out", ".txt");
        Path err = Files.createTempFile("spec-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the tool ends within 60 s").isTrue();
        long millis = (System.nanoTime() - start) / 1_000_000;
        try {
            return new JarRun(process.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8), millis);
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    @Test
    void the_main_command_checks_the_bundled_examples_silently_and_exits_0() throws Exception {
        // when
        JarRun run = runJar(dir, Map.of(), "check");
        // then: no log banner, no JVM warning, no colour codes into a pipe
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("csv-export.spec.json", "webshop.spec.json", "specdriven.spec.json")
                .doesNotContain("\u001B");
    }

    @Test
    void verbose_reports_how_long_the_run_took() throws Exception {
        // The figure itself is judged by ToolStartupBenchmark, not here: a timed test is flaky on a busy machine.
        JarRun run = runJar(dir, Map.of(), "check", "--verbose");

        assertThat(run.err()).containsPattern("spec: run took \\d+ ms after the JVM started the tool");
    }

    @Test
    void verbose_lets_the_library_log_through() throws Exception {
        // when
        JarRun run = runJar(dir, Map.of(), "check", "--verbose");
        // then: Hibernate Validator's banner, silenced without --verbose, shows
        assertThat(run.err()).contains("Hibernate Validator");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void usage_errors_missing_files_and_directories_without_specs_have_their_exit_codes() throws Exception {
        // when
        JarRun typo = runJar(dir, Map.of(), "chek");
        JarRun missing = runJar(dir, Map.of(), "check", "missing.json");
        JarRun directory = runJar(dir, Map.of(), "check", ".");
        // then
        assertThat(typo.exitCode()).isEqualTo(64);
        assertThat(typo.err()).startsWith("spec: unknown command 'chek' — did you mean 'check'?\n");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("missing.json: no such file\n");
        assertThat(directory.exitCode()).isEqualTo(2);
        assertThat(directory.err()).isEqualTo("no spec files found under . (looked for *.spec.json)\n");
        assertThat(typo.out() + missing.out() + directory.out()).isEmpty();
    }

    @Test
    void a_path_with_spaces_and_non_ascii_characters_reaches_the_tool_intact() throws Exception {
        // given: a UTF-8 locale, so the JVM decodes the argument and the file name as the shell meant them
        Path sub = Files.createDirectories(dir.resolve("my specs"));
        Files.writeString(sub.resolve("Größe 要件.spec.json"), "", UTF_8);
        // when
        JarRun run = runJar(dir, Map.of("LC_ALL", "C.UTF-8"), "check", "my specs/Größe 要件.spec.json");
        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("my specs/Größe 要件.spec.json:1:1: ");
    }

    @Test
    void a_non_ascii_path_in_a_locale_that_cannot_encode_it_names_the_locale_and_the_fix() throws Exception {
        // Found in review: with LANG and LC_ALL unset the JVM reads file names as ASCII (sun.jnu.encoding,
        // fixed at start-up and not settable with -D), and Java only says "Malformed input or input contains
        // unmappable characters". macOS and Windows never read file names as ASCII.
        assumeThat(System.getProperty("os.name")).as("a POSIX locale decides the file name encoding")
                .doesNotStartWith("Mac").doesNotStartWith("Windows");
        // given
        Path sub = Files.createDirectories(dir.resolve("my dir").resolve("Übersicht é"));
        Files.copy(Path.of("..", "docs", "examples", "password-reset.spec.json"), sub.resolve("pässwörd reset.spec.json"));
        Predicate<String> locale = name -> name.equals("LANG") || name.startsWith("LC_");
        String expected = ": cannot open a non-ASCII file name in this locale \\(file names are read as [^)]+\\); "
                + "run with LC_ALL=C\\.UTF-8\n";
        // when
        JarRun present = runJar(dir, Map.of(), locale, "check", "my dir/Übersicht é/pässwörd reset.spec.json");
        JarRun missing = runJar(dir, Map.of(), locale, "check", "my dir/Übersicht é/nicht da.spec.json");
        JarRun fixed = runJar(dir, Map.of("LC_ALL", "C.UTF-8"), locale, "check",
                "my dir/Übersicht é/pässwörd reset.spec.json");
        // then: one line each, naming the file as the JVM decoded it, exit 2
        assertThat(present.exitCode()).isEqualTo(2);
        assertThat(present.err()).matches("my dir/[^:]+ reset\\.spec\\.json" + expected);
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).matches("my dir/[^:]+nicht da\\.spec\\.json" + expected);
        assertThat(present.out() + missing.out()).isEmpty();
        // and the fix the message gives works
        assertThat(fixed.err()).isEmpty();
        assertThat(fixed.out()).startsWith("my dir/Übersicht é/pässwörd reset.spec.json  password-reset — Password reset\n");
    }

    @Test
    void good_flawed_broken_and_repeated_files_in_one_run() throws Exception {
        // given
        try (var in = SpecJarIT.class.getResourceAsStream("/io/specdriven/examples/flawed.spec.json")) {
            Files.write(dir.resolve("flawed.spec.json"), in.readAllBytes());
        }
        try (var in = SpecJarIT.class.getResourceAsStream("/io/specdriven/examples/csv-export.spec.json")) {
            Files.write(dir.resolve("csv-export.spec.json"), in.readAllBytes());
        }
        Files.writeString(dir.resolve("broken.spec.json"), "{\"id\": \"x\", \"title\": 3}", UTF_8);
        // when
        JarRun good = runJar(dir, Map.of(), "check", "--profile", "strict", "csv-export.spec.json", "./csv-export.spec.json");
        JarRun all = runJar(dir, Map.of(), "check", "flawed.spec.json", "broken.spec.json", "csv-export.spec.json");
        JarRun flawed = runJar(dir, Map.of(), "check", "flawed.spec.json");
        // then: a file given twice is reported once
        assertThat(good.exitCode()).isZero();
        assertThat(good.out()).startsWith("csv-export.spec.json  csv-export — CSV export for the reporting dashboard\n")
                .doesNotContain("./csv-export");
        // and every file is checked, the highest exit code wins, the broken one is 1 line on stderr
        assertThat(all.exitCode()).isEqualTo(2);
        assertThat(all.out()).contains("flawed.spec.json  flawed — Team calendar (first draft)", "csv-export.spec.json  csv-export");
        assertThat(all.err()).isEqualTo("broken.spec.json:1:22: title: expected a string, found a number\n");
        // and findings alone exit 1
        assertThat(flawed.exitCode()).isEqualTo(1);
        assertThat(flawed.out()).contains("ref.unresolved", "ref.cycle");
        assertThat(flawed.err()).isEmpty();
    }

    @Test
    void help_goes_to_stdout_and_explains_every_option() throws Exception {
        // when
        JarRun run = runJar(dir, Map.of(), "help", "check");
        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--profile basic|standard|strict", "--format text|json|sarif|github|junit", "--fail-on error|warning",
                "--verbose", "--debug", "NO_COLOR");
        assertThat(run.err()).isEmpty();
    }

    private void copyExample(String name) throws IOException {
        try (var in = SpecJarIT.class.getResourceAsStream("/io/specdriven/examples/" + name)) {
            Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    @Test
    void diff_exits_0_when_equal_1_when_different_and_2_when_a_file_is_missing() throws Exception {
        // given
        copyExample("csv-export.spec.json");
        copyExample("webshop.spec.json");
        // when
        JarRun equal = runJar(dir, Map.of(), "diff", "csv-export.spec.json", "./csv-export.spec.json");
        JarRun different = runJar(dir, Map.of(), "diff", "csv-export.spec.json", "webshop.spec.json", "--format", "json");
        JarRun missing = runJar(dir, Map.of(), "diff", "csv-export.spec.json", "missing.json");
        // then
        assertThat(equal.exitCode()).isZero();
        assertThat(equal.out()).isEqualTo("No changes.\n");
        assertThat(different.exitCode()).isEqualTo(1);
        assertThat(different.out()).startsWith("{\n  \"diffFormat\": 1,");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("missing.json: no such file\n");
        assertThat(equal.err() + different.err() + missing.out()).isEmpty();
    }

    @Test
    void render_plantuml_prints_diagrams_the_real_plantuml_renders() throws Exception {
        // given
        copyExample("webshop.spec.json");
        // when
        JarRun run = runJar(dir, Map.of(), "render", "webshop.spec.json", "--to", "plantuml");
        // then: two diagrams, the use cases and the classes, each rendered without a syntax error
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        SourceStringReader reader = new SourceStringReader(run.out());
        assertThat(reader.getBlocks()).hasSize(2);
        for (int i = 0; i < reader.getBlocks().size(); i++) {
            BlockUml block = reader.getBlocks().get(i);
            if (block.getDiagram() instanceof PSystemError error) {
                throw new AssertionError("PlantUML rejects diagram " + i + ": " + error.getErrorsUml() + "\n" + run.out());
            }
            ByteArrayOutputStream svg = new ByteArrayOutputStream();
            reader.outputImage(svg, i, new FileFormatOption(FileFormat.SVG));
            assertThat(svg.toString(UTF_8)).contains("<svg");
        }
    }

    @Test
    void render_gherkin_writes_feature_files_the_real_gherkin_parser_accepts() throws Exception {
        // given
        copyExample("csv-export.spec.json");
        // when
        JarRun run = runJar(dir, Map.of(), "render", "csv-export.spec.json", "--to", "gherkin", "--out", "features");
        // then: one file per requirement, named on stdout, each parsed without an error
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir.resolve("features"))) {
            files = listed.sorted().toList();
        }
        assertThat(files).hasSize(12);
        assertThat(run.out().lines()).hasSize(12).allMatch(l -> l.matches("features/REQ-[A-Z0-9]+\\.feature"));
        GherkinParser parser = GherkinParser.builder().includeSource(false).includePickles(false).build();
        for (Path file : files) {
            List<Envelope> parsed = parser.parse(file).toList();
            assertThat(parsed.stream().flatMap(e -> e.getParseError().stream()).map(ParseError::getMessage))
                    .as("parse errors in %s", file).isEmpty();
            assertThat(parsed.stream().flatMap(e -> e.getGherkinDocument().stream()).flatMap(d -> d.getFeature().stream()))
                    .as("the feature of %s", file).hasSize(1);
        }
    }
}
