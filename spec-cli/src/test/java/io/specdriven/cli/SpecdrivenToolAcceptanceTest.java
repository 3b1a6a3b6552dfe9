package io.specdriven.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.specdriven.junit.Verifies;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line criteria of specdriven's own spec (REQ-TOOL of the {@code specdriven} example), each named
 * by {@code @Verifies}; the library's criteria are verified in spec-examples' {@code SpecdrivenSpecTest}.
 */
class SpecdrivenToolAcceptanceTest {
    private static final String ONE_ERROR = """
            { "specFormat": 1, "id": "one", "title": "One error",
              "requirements": [ { "id": "REQ-1", "title": " ", "statement": "The system shall export the report." } ] }
            """;

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SpecTool.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), Map.of());
        return new Run(code, out.toString(UTF_8), err.toString(UTF_8));
    }

    @Test
    @Verifies("AC-TOOL-1")
    void an_error_is_printed_under_its_element_and_the_exit_code_is_1() throws IOException {
        Path file = Files.writeString(dir.resolve("one.spec.json"), ONE_ERROR);
        Run run = run("check", "--profile", "basic", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        int element = lines.indexOf("  requirements[REQ-1]");
        assertThat(element).as("the element is named: %s", run.out()).isNotNegative();
        assertThat(lines.get(element + 1)).as("its error is printed under it").startsWith("    error    constraint.NotBlank  title: ");
    }

    @Test
    @Verifies("AC-TOOL-UNREADABLE")
    void of_three_files_with_the_second_missing_all_are_checked_or_reported_and_the_exit_code_is_2() throws IOException {
        Path first = Files.writeString(dir.resolve("first.spec.json"), ONE_ERROR);
        Path third = Files.writeString(dir.resolve("third.spec.json"), ONE_ERROR.replace("\"one\"", "\"three\""));
        Run run = run("check", first.toString(), "missing.json", third.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("missing.json: no such file");
        assertThat(run.out()).contains("first.spec.json", "third.spec.json");
    }

    @Test
    @Verifies("AC-TOOL-SECRET")
    void a_file_the_account_may_not_read_is_named_said_to_be_unreadable_and_the_exit_code_is_2() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.spec.json"), ONE_ERROR);
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(secret)).as("only an account that permissions bind (not root) can be refused").isFalse();
        Run run = run("check", secret.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("secret.spec.json", "cannot be read");
    }
}
