package io.specdriven.core.quiet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A user's first {@code validate()} in a plain program prints nothing on stderr: no Hibernate Validator
 * banner ({@code HV000001}) and no SLF4J "no providers" notice. Each case runs {@link PlainProgram} in a
 * fresh JVM with only spec-core and its runtime dependencies (the list Maven resolved into
 * {@code target/runtime-classpath.txt}: no test jars, so no SLF4J provider), on the class path and on the
 * module path; and once more with slf4j-simple added, to show that the library's and Hibernate
 * Validator's messages then go through SLF4J.
 */
class QuietByDefaultTest {
    private static final Path TARGET = Path.of("target");

    @Test
    void given_only_spec_core_on_the_class_path_when_a_plain_program_validates_then_stderr_is_empty() throws Exception {
        Run run = run(List.of("-cp", join(classes(), runtime(), testClasses()), PlainProgram.class.getName()));
        assertThat(run.stdout).startsWith("errors: ");
        assertThat(run.stderr).isEmpty();
        assertThat(run.exit).isZero();
    }

    @Test
    void given_spec_core_on_the_module_path_when_a_plain_program_validates_then_stderr_is_empty() throws Exception {
        Run run = run(List.of("--module-path", join(classes(), runtime()), "--add-modules", "io.specdriven.core",
                "-cp", testClasses(), PlainProgram.class.getName()));
        assertThat(run.stdout).startsWith("errors: ");
        assertThat(run.stderr).isEmpty();
        assertThat(run.exit).isZero();
    }

    @Test
    void given_an_slf4j_provider_when_a_plain_program_validates_then_hibernate_validator_logs_through_slf4j() throws Exception {
        String simple = TARGET.resolve("slf4j-provider/slf4j-simple.jar").toAbsolutePath().toString();
        Run run = run(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-cp", join(classes(), runtime(), testClasses(), simple), PlainProgram.class.getName()));
        assertThat(run.stdout).startsWith("errors: ");
        // slf4j-simple's layout ("[thread] LEVEL logger - message"), not java.util.logging's.
        assertThat(run.stderr).contains("INFO org.hibernate.validator.internal.util.Version - HV000001");
        assertThat(run.stderr).doesNotContain("No SLF4J providers", "INFORMATION:", "INFO: HV000001");
    }

    private record Run(int exit, String stdout, String stderr) {}

    private static Run run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.addAll(arguments);
        Path out = Files.createTempFile(TARGET, "plain", ".out");
        Path err = Files.createTempFile(TARGET, "plain", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS"); // its "Picked up ..." line is not ours
        builder.environment().remove("JDK_JAVA_OPTIONS");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the plain program ends").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String classes() {
        return TARGET.resolve("classes").toAbsolutePath().toString();
    }

    private static String testClasses() {
        return TARGET.resolve("test-classes").toAbsolutePath().toString();
    }

    private static String runtime() throws IOException {
        return Files.readString(TARGET.resolve("runtime-classpath.txt"), StandardCharsets.UTF_8).strip();
    }

    private static String join(String... parts) {
        return String.join(File.pathSeparator, parts);
    }
}
