package io.specdriven.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH suite ({@link SpecBenchmarks}, {@link LayerBenchmarks}) and prints one table: milliseconds
 * per operation for each size, how 50,000 grows over 10,000, and the ratios to the plain-Jackson baseline
 * measured in the same run. JMH's own options pass through, e.g. {@code -p requirements=1000,10000} or
 * {@code -wi 1 -i 3 -f 1}.
 */
public final class BenchmarkTable {
    private BenchmarkTable() {}

    /**
     * Runs the suite and prints the table.
     *
     * @param args JMH command-line options
     * @throws RunnerException if JMH fails
     * @throws CommandLineOptionException if an option is malformed
     */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions command = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(command);
        if (command.getIncludes().isEmpty()) {
            options.include(SpecBenchmarks.class.getName()).include(LayerBenchmarks.class.getName());
        }
        Options built = options.build();
        Collection<RunResult> results = new Runner(built).run();
        System.out.println();
        System.out.print(table(results));
    }

    /**
     * Formats the results as the table the docs show.
     *
     * @param results JMH's results
     * @return the table, in milliseconds per operation
     */
    static String table(Collection<RunResult> results) {
        Map<String, Map<Integer, Double>> ms = new TreeMap<>();
        List<String> order = new ArrayList<>();
        TreeSet<Integer> sizes = new TreeSet<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String layer = result.getParams().getParam("layer");
            String name = layer == null ? method : "validate " + layer.toLowerCase(Locale.ROOT) + " only";
            int n = Integer.parseInt(result.getParams().getParam("requirements"));
            sizes.add(n);
            if (!ms.containsKey(name)) order.add(name);
            ms.computeIfAbsent(name, k -> new TreeMap<>()).put(n, result.getPrimaryResult().getScore());
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-32s", "ms per operation"));
        for (int n : sizes) out.append(String.format(Locale.ROOT, "%14s", String.format(Locale.ROOT, "N=%,d", n)));
        boolean growth = sizes.contains(10_000) && sizes.contains(50_000);
        if (growth) out.append(String.format(Locale.ROOT, "%12s", "50k÷10k"));
        out.append('\n');
        for (String name : order) {
            out.append(String.format(Locale.ROOT, "%-32s", name));
            Map<Integer, Double> row = ms.get(name);
            for (int n : sizes) out.append(row.containsKey(n) ? String.format(Locale.ROOT, "%14.2f", row.get(n)) : String.format("%14s", "-"));
            if (growth) out.append(ratio(row.get(50_000), row.get(10_000), 12));
            out.append('\n');
        }
        out.append('\n').append(String.format(Locale.ROOT, "%-32s", "ratio"));
        for (int n : sizes) out.append(String.format(Locale.ROOT, "%14s", String.format(Locale.ROOT, "N=%,d", n)));
        out.append('\n');
        ratioRow(out, "readJson ÷ plainRead", ms.get("readJson"), ms.get("plainRead"), sizes);
        ratioRow(out, "writeJson ÷ plainWrite", ms.get("writeJson"), ms.get("plainWrite"), sizes);
        ratioRow(out, "validate ÷ plainCheck", ms.get("validate"), ms.get("plainCheck"), sizes);
        ratioRow(out, "validate ÷ readJson", ms.get("validate"), ms.get("readJson"), sizes);
        return out.toString();
    }

    private static void ratioRow(StringBuilder out, String name, Map<Integer, Double> ours, Map<Integer, Double> base,
            TreeSet<Integer> sizes) {
        if (ours == null || base == null) return;
        out.append(String.format(Locale.ROOT, "%-32s", name));
        for (int n : sizes) out.append(ratio(ours.get(n), base.get(n), 14));
        out.append('\n');
    }

    private static String ratio(Double top, Double bottom, int width) {
        String text = top == null || bottom == null || bottom == 0 ? "-" : String.format(Locale.ROOT, "%.2f×", top / bottom);
        return String.format(Locale.ROOT, "%" + width + "s", text);
    }
}
