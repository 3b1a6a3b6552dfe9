package io.specdriven.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.cli.SpecJarIT.JarRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs every command the tool's README shows and compares what it prints with what the README says it
 * prints, so the README cannot rot. Commands run from the repository root, as a reader would type them.
 */
class SpecReadmeIT {
    /** A command of the installed tool: the README's examples run through the distribution's launcher. */
    private static final String LAUNCHER = "$ spec ";
    /** The same tool from its one jar, which the README's examples may show too. */
    private static final String TOOL = "$ java -jar spec-cli/target/spec.jar";
    private static final String MAIN_COMMAND = "mvn -q -DskipTests package && spec-cli/target/spec/bin/spec check";
    /**
     * The set-up commands, which no test runs: CI runs package and verify itself (.ci/run runs mvn verify,
     * which packages the jar these tests use); install only copies what verify built into the reader's
     * ~/.m2, which a test must not touch.
     */
    private static final List<String> SET_UP = List.of("$ mvn -q -DskipTests package", "$ mvn -B verify",
            "$ mvn -q -DskipTests install");
    private static final Path README = Path.of("..", "README.md").toAbsolutePath().normalize();
    private static final String JSON_MARKER = "<!-- readme-json: ";

    @Test
    void every_console_block_of_the_readme_prints_what_it_shows() throws Exception {
        // given
        Path root = README.getParent();
        List<String[]> examples = examples(Files.readAllLines(README, UTF_8));
        assertThat(examples).as("commands the README shows").hasSizeGreaterThanOrEqualTo(3);
        for (String[] example : examples) {
            // when
            JarRun run = example[0].startsWith(LAUNCHER)
                    ? runLauncher(root, example[0].substring(LAUNCHER.length()).trim().split(" +"))
                    : SpecJarIT.runJar(root, Map.of(), example[0].substring(TOOL.length()).trim().split(" +"));
            // then
            assertThat(run.out() + run.err()).as(example[0]).isEqualTo(example[1]);
        }
    }

    /** Runs the distribution's launcher, {@code spec-cli/target/spec/bin/spec}, through sh, as the README's reader does. */
    private static JarRun runLauncher(Path root, String... args) throws Exception {
        Path launcher = Path.of(System.getProperty("spec.dist", "target/spec"), "bin", "spec").toAbsolutePath();
        assertThat(launcher).as("the launcher; build it with mvn -DskipTests package").isRegularFile();
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        builder.environment().keySet().removeIf(k -> k.equals("NO_COLOR") || k.startsWith("SPEC_") || k.equals("JAVA_OPTS"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Path out = Files.createTempFile("spec-out", ".txt");
        Path err = Files.createTempFile("spec-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        assertThat(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).as("the launcher ends within 120 s").isTrue();
        try {
            return new JarRun(process.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8),
                    (System.nanoTime() - start) / 1_000_000);
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    @Test
    void the_main_command_runs_the_launcher_and_ci_runs_the_same_line() throws Exception {
        // given
        String readme = Files.readString(README, UTF_8);
        String ci = Files.readString(README.getParent().resolve(".ci/run"), UTF_8);
        // then: the first of the two set-up commands, and CI's main-command step after its own build
        assertThat(readme).contains("```sh\n" + MAIN_COMMAND + "\n```");
        assertThat(ci).containsPattern("(?m)^\\S.*" + java.util.regex.Pattern.quote(
                MAIN_COMMAND.substring(MAIN_COMMAND.indexOf("&& ") + 3)) + "$");
        // and the launcher's main command checks the bundled examples as the jar does
        JarRun launcher = runLauncher(README.getParent(), "check");
        JarRun jar = SpecJarIT.runJar(README.getParent(), Map.of(), "check");
        assertThat(launcher.err()).isEmpty();
        assertThat(launcher.exitCode()).isZero();
        assertThat(launcher.out()).isEqualTo(jar.out());
    }

    /** Pairs of command and expected output, from the console blocks. */
    private static List<String[]> examples(List<String> lines) {
        List<String[]> examples = new ArrayList<>();
        boolean inConsole = false;
        String command = null;
        StringBuilder expected = new StringBuilder();
        for (String line : lines) {
            if (line.equals("```console")) {
                inConsole = true;
            } else if (inConsole && (line.equals("```") || line.startsWith("$ "))) {
                if (command != null) examples.add(new String[] {command, expected.toString()});
                command = null;
                expected.setLength(0);
                if (line.equals("```")) {
                    inConsole = false;
                } else if (line.startsWith(TOOL) || line.startsWith(LAUNCHER)) {
                    command = line;
                } else {
                    assertThat(line).as("a README command no test runs").isIn(SET_UP);
                }
            } else if (inConsole) {
                assertThat(command).as("output without a command: " + line).isNotNull();
                expected.append(line).append('\n');
            }
        }
        return examples;
    }

    @Test
    void the_readme_lists_every_option_of_the_help() throws Exception {
        // given
        String readme = Files.readString(README, UTF_8);
        JarRun help = SpecJarIT.runJar(Path.of("."), Map.of(), "help", "check");
        // then
        for (String option : Arrays.asList("--profile", "--format", "--fail-on", "--max-document-size", "--verbose", "--debug")) {
            assertThat(help.out()).contains(option);
            assertThat(readme).contains("`" + option + "`");
        }
        // and render, trace and diff, whose help pages the README sends readers to (in-process: no JVM each)
        Map<String, List<String>> options = Map.of("render", List.of("--to", "--out", "--findings", "--profile"),
                "trace", List.of("--format"), "diff", List.of("--format"));
        for (Map.Entry<String, List<String>> command : options.entrySet()) {
            ByteArrayOutputStream page = new ByteArrayOutputStream();
            assertThat(SpecTool.run(new String[] {"help", command.getKey()}, new PrintStream(page, true, UTF_8),
                    System.err, Map.of())).isZero();
            assertThat(readme).contains("`spec help " + command.getKey() + "`");
            for (String option : command.getValue()) {
                assertThat(page.toString(UTF_8)).contains(option);
                assertThat(readme).contains("`" + option);
            }
        }
    }

    @Test
    void every_json_block_of_the_readme_is_the_checked_in_file_it_names() throws Exception {
        List<String> lines = Files.readAllLines(README, UTF_8);
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```json")) continue;
            String above = lines.get(i - 1);
            assertThat(above).as("the marker above the JSON block at README line " + (i + 1)).startsWith(JSON_MARKER);
            Path file = README.getParent().resolve(above.substring(JSON_MARKER.length()).split(" ")[0]);
            int end = i + 1;
            while (!lines.get(end).equals("```")) end++;
            assertThat(String.join("\n", lines.subList(i + 1, end)) + "\n").as(file.toString())
                    .isEqualTo(Files.readString(file, UTF_8));
            checked++;
        }
        assertThat(checked).isPositive();
    }
}
