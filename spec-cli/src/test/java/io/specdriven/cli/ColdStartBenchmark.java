package io.specdriven.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Cold start of {@code spec check} on the csv-export example, whole process, wall time: through the
 * distribution's launcher with its class-data-sharing archive and without it, with {@code java -jar}, and
 * a hello-world jar for reference (issue 13: at most 0.35 s through the launcher, 0.5 s with
 * {@code java -jar}). The variants take turns, so a busy machine slows them alike; each figure is the
 * median of the runs. Not a test: timed tests are flaky on shared machines. After
 * {@code mvn -q -DskipTests package}, from the repository root:
 * {@code java spec-cli/src/test/java/io/specdriven/cli/ColdStartBenchmark.java [RUNS]} (default 10); the
 * java that runs it is the JDK measured.
 */
public final class ColdStartBenchmark {
    private static final String SPEC = "spec-examples/src/main/resources/io/specdriven/examples/csv-export.spec.json";

    private ColdStartBenchmark() {}

    /**
     * Runs the benchmark and prints a Markdown table.
     *
     * @param args optionally the number of runs of each variant
     * @throws Exception if a variant cannot be run or fails
     */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path hello = helloJar();
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("`spec-cli/target/spec/bin/spec check` (launcher, CDS archive)",
                List.of("sh", "spec-cli/target/spec/bin/spec", "check", SPEC));
        variants.put("`SPEC_CDS=off spec-cli/target/spec/bin/spec check` (launcher, no archive)",
                List.of("env", "SPEC_CDS=off", "sh", "spec-cli/target/spec/bin/spec", "check", SPEC));
        variants.put("`java -jar spec-cli/target/spec.jar check`", List.of(java, "-jar", "spec-cli/target/spec.jar", "check", SPEC));
        variants.put("`java -jar hello.jar` (prints one line)", List.of(java, "-jar", hello.toString()));
        for (List<String> command : variants.values()) time(command, java); // warm the file cache; makes the archive
        Map<String, long[]> millis = new LinkedHashMap<>();
        Map<String, long[]> cpu = new LinkedHashMap<>();
        variants.keySet().forEach(name -> millis.put(name, new long[runs]));
        variants.keySet().forEach(name -> cpu.put(name, new long[runs]));
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, List<String>> v : variants.entrySet()) {
                millis.get(v.getKey())[i] = time(v.getValue(), java);
                cpu.get(v.getKey())[i] = lastCpu;
            }
        }
        System.out.printf("%d runs each, taking turns; JDK %s (%s); %d cores; load average before: %s%n%n", runs,
                System.getProperty("java.runtime.version"), System.getProperty("java.vendor"),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.println("| command | wall, median | fastest | slowest | CPU (user + sys), median |");
        System.out.println("|---|---:|---:|---:|---:|");
        millis.forEach((name, m) -> {
            long[] sorted = m.clone();
            Arrays.sort(sorted);
            System.out.printf("| %s | %.2f s | %.2f s | %.2f s | %.2f s |%n", name, median(m) / 1000.0,
                    sorted[0] / 1000.0, sorted[sorted.length - 1] / 1000.0, median(cpu.get(name)) / 1000.0);
        });
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** CPU time (user and system, of the process and its children) of the last run, in ms; -1 if unknown. */
    private static long lastCpu = -1;

    private static long time(List<String> command, String java) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        Path times = Files.createTempFile("times", ".txt");
        boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
        if (gnuTime) full.addAll(List.of("/usr/bin/time", "-f", "%U %S", "-o", times.toString()));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("JAVA_HOME", Path.of(java).getParent().getParent().toString());
        builder.environment().remove("SPEC_OPTS");
        builder.environment().remove("JAVA_OPTS");
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        long took = (System.nanoTime() - start) / 1_000_000;
        if (exit != 0) throw new IllegalStateException(command + " exited with " + exit);
        lastCpu = -1;
        if (gnuTime) {
            String[] userSys = Files.readString(times, StandardCharsets.US_ASCII).trim().split("\\s+");
            lastCpu = Math.round((Double.parseDouble(userSys[0]) + Double.parseDouble(userSys[1])) * 1000);
        }
        Files.delete(times);
        return took;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** A jar whose main class prints one line: the JVM's own cold start, for reference. */
    private static Path helloJar() throws IOException {
        Path dir = Files.createTempDirectory("hello");
        Path source = Files.writeString(dir.resolve("Hello.java"),
                "public class Hello { public static void main(String[] a) { System.out.println(\"hello\"); } }");
        // The JDK's javac, as a process: the tests run on the module path, where java.compiler is not read.
        Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
        try {
            if (new ProcessBuilder(javac.toString(), "-d", dir.toString(), source.toString()).inheritIO().start()
                    .waitFor() != 0) {
                throw new IllegalStateException("cannot compile " + source);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Hello");
        Path jar = dir.resolve("hello.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            j.putNextEntry(new JarEntry("Hello.class"));
            j.write(Files.readAllBytes(dir.resolve("Hello.class")));
            j.closeEntry();
        }
        return jar;
    }
}
