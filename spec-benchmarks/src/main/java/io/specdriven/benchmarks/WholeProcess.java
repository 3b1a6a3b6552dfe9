package io.specdriven.benchmarks;

import io.specdriven.json.SpecJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole-process benchmark: {@code spec check} on generated specs of N requirements, cold, as a user runs it,
 * beside the plain-Jackson one-shot ({@link PlainOneShot}) on the same file; wall time, CPU time (user + system)
 * and peak memory (maximum resident set) from {@code /usr/bin/time}, median of the rounds, the two taking turns
 * so a busy machine slows them alike; then one run of {@code spec check} with {@code -Xmx768m}.
 *
 * <p>Arguments: {@code [--spec LAUNCHER] [--rounds R] [--dir DIR] [SIZES…]}, by default
 * {@code spec-cli/target/spec/bin/spec}, 5 rounds, {@code spec-benchmarks/target/whole-process} and
 * 1,000, 10,000 and 50,000 requirements. Run from the repository root after {@code mvn -q -DskipTests package}.
 */
public final class WholeProcess {
    private WholeProcess() {}

    /** One measured run. */
    private record Run(double wall, double cpu, long peakKb, int exit) {}

    /**
     * Runs the benchmark and prints its table.
     *
     * @param args the options and sizes
     * @throws IOException if a file cannot be written or a process not started
     * @throws InterruptedException if interrupted while waiting for a process
     * @throws URISyntaxException never in practice (the jar's own location)
     */
    public static void main(String[] args) throws IOException, InterruptedException, URISyntaxException {
        Path launcher = Path.of("spec-cli/target/spec/bin/spec");
        Path dir = Path.of("spec-benchmarks/target/whole-process");
        int rounds = 5;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--spec": launcher = Path.of(args[++i]); break;
                case "--rounds": rounds = Integer.parseInt(args[++i]); break;
                case "--dir": dir = Path.of(args[++i]); break;
                default: sizes.add(Integer.parseInt(args[i].replace("_", "").replace(",", "")));
            }
        }
        if (sizes.isEmpty()) sizes.addAll(List.of(1_000, 10_000, 50_000));
        String jar = Path.of(WholeProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.createDirectories(dir);
        Map<Integer, Path> files = new TreeMap<>();
        for (int n : sizes) {
            Path file = dir.resolve("synthetic-" + n + ".spec.json");
            if (!Files.exists(file)) SpecJson.write(BenchmarkSpec.of(n).spec(), file);
            files.put(n, file);
        }
        System.out.printf(Locale.ROOT, "load average at start: %s%n", load());
        Map<Integer, List<Run>> ours = new TreeMap<>();
        Map<Integer, List<Run>> plain = new TreeMap<>();
        for (int round = 0; round <= rounds; round++) { // round 0 warms the file cache and the launcher's archive
            for (Map.Entry<Integer, Path> e : files.entrySet()) {
                Run a = run(List.of("sh", launcher.toString(), "check", e.getValue().toString()), Map.of());
                Run b = run(List.of(java, "-cp", jar, PlainOneShot.class.getName(), e.getValue().toString()), Map.of());
                for (Run r : List.of(a, b)) {
                    if (r.exit > 1) throw new IllegalStateException("exit " + r.exit + " in round " + round + " for " + e.getValue());
                }
                if (round == 0) continue;
                ours.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(a);
                plain.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(b);
            }
        }
        System.out.printf(Locale.ROOT, "load average at end: %s; median of %d rounds%n%n", load(), rounds);
        System.out.printf(Locale.ROOT, "%8s %10s %10s %7s %10s %10s %7s %10s %10s %7s  %s%n", "N", "spec wall", "plain wall", "÷",
                "spec CPU", "plain CPU", "÷", "spec MB", "plain MB", "÷", "spec check -Xmx768m");
        for (int n : files.keySet()) {
            Run a = median(ours.get(n));
            Run b = median(plain.get(n));
            Run small = run(List.of("sh", launcher.toString(), "check", files.get(n).toString()), Map.of("SPEC_OPTS", "-Xmx768m"));
            System.out.printf(Locale.ROOT, "%,8d %9.2fs %9.2fs %6.2f× %9.2fs %9.2fs %6.2f× %10d %10d %6.2f×  %s%n", n,
                    a.wall, b.wall, a.wall / b.wall, a.cpu, b.cpu, a.cpu / b.cpu, a.peakKb / 1024, b.peakKb / 1024,
                    (double) a.peakKb / b.peakKb, small.exit <= 1 ? "ok (exit " + small.exit + ")" : "FAILED (exit " + small.exit + ")");
        }
    }

    private static Run median(List<Run> runs) {
        double[] wall = runs.stream().mapToDouble(Run::wall).sorted().toArray();
        double[] cpu = runs.stream().mapToDouble(Run::cpu).sorted().toArray();
        long[] peak = runs.stream().mapToLong(Run::peakKb).sorted().toArray();
        int exit = runs.stream().mapToInt(Run::exit).max().orElse(0);
        return new Run(wall[wall.length / 2], cpu[cpu.length / 2], peak[peak.length / 2], exit);
    }

    private static Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Path times = Files.createTempFile("spec-bench", ".time");
        try {
            List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", times.toString()));
            timed.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(timed).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().putAll(env);
            int exit = builder.start().waitFor();
            List<String> lines = Files.readAllLines(times, StandardCharsets.UTF_8);
            String[] f = lines.get(lines.size() - 1).trim().split(" ");
            return new Run(Double.parseDouble(f[0]), Double.parseDouble(f[1]) + Double.parseDouble(f[2]), Long.parseLong(f[3]), exit);
        } finally {
            Files.deleteIfExists(times);
        }
    }

    private static String load() throws IOException {
        return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
    }
}
