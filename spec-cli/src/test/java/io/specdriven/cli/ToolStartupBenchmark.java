package io.specdriven.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints how long {@code java -jar spec.jar check} takes on a small spec: wall time including JVM start,
 * and the tool's own figure after the JVM started it (issue 5: "well under a second"). Not a test: a
 * timed test is flaky on a busy machine. Self-contained, so after {@code mvn -q -DskipTests package} it
 * runs from the repository root with the JDK's source launcher:
 * {@code java spec-examples/src/test/java/io/specdriven/examples/cli/ToolStartupBenchmark.java}.
 */
public final class ToolStartupBenchmark {
    private ToolStartupBenchmark() {}

    /**
     * Runs the benchmark.
     *
     * @param args optionally the spec file to check
     * @throws Exception if the jar cannot be run
     */
    public static void main(String[] args) throws Exception {
        String file = args.length > 0 ? args[0]
                : "spec-examples/src/main/resources/io/specdriven/examples/csv-export.spec.json";
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", "spec-cli/target/spec.jar",
                "check", "--verbose", file));
        Pattern took = Pattern.compile("spec: run took (\\d+) ms");
        int runs = 7;
        long[] wall = new long[runs];
        long[] tool = new long[runs];
        for (int i = 0; i < runs; i++) {
            Path err = Files.createTempFile("spec-err", ".txt");
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).start();
            int exit = p.waitFor();
            wall[i] = (System.nanoTime() - start) / 1_000_000;
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            Files.delete(err);
            Matcher m = took.matcher(stderr);
            if (exit != 0 || !m.find()) throw new IllegalStateException("exit " + exit + ": " + stderr);
            tool[i] = Long.parseLong(m.group(1));
        }
        Arrays.sort(wall);
        Arrays.sort(tool);
        System.out.printf("spec check %s, %d runs on %s:%n  wall time, JVM start included: median %d ms, best %d ms"
                + "%n  after the JVM started the tool: median %d ms, best %d ms%n", Path.of(file).getFileName(), runs,
                System.getProperty("java.version"), wall[runs / 2], wall[0], tool[runs / 2], tool[0]);
    }
}
