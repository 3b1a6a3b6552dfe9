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
    private static final String TOOL = "$ java -jar spec-cli/target/spec.jar";
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
            JarRun run = SpecJarIT.runJar(root, Map.of(), example[0].substring(TOOL.length()).trim().split(" +"));
            // then
            assertThat(run.out() + run.err()).as(example[0]).isEqualTo(example[1]);
        }
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
                } else if (line.startsWith(TOOL)) {
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
        for (String option : Arrays.asList("--profile", "--format", "--fail-on", "--verbose", "--debug")) {
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
