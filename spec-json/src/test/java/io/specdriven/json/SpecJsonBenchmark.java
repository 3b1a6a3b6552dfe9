package io.specdriven.json;

import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.Priority;
import io.specdriven.core.Spec;
import java.util.Locale;

/**
 * Shows that reading and writing grow linearly with the number of requirements. A plain {@code main},
 * not a test: timings on a shared CI machine would make a flaky test. Run it after
 * {@code mvn -pl spec-json -am test-compile}:
 *
 * <pre>{@code
 * java -cp "spec-json/target/test-classes:spec-json/target/classes:spec-core/target/classes:<jackson jars>" \
 *     io.specdriven.json.SpecJsonBenchmark
 * }</pre>
 */
public final class SpecJsonBenchmark {
    private SpecJsonBenchmark() {}

    /**
     * Runs the benchmark.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        int[] sizes = {1_000, 10_000, 20_000};
        // Warm up the JIT on a mid-sized spec first, so the first measured size is not penalised.
        Spec warm = spec(5_000);
        for (int i = 0; i < 30; i++) SpecJson.read(SpecJson.toJson(warm));
        System.out.println("requirements      chars    write ms   read ms   write µs/req   read µs/req");
        for (int n : sizes) {
            Spec spec = spec(n);
            String json = SpecJson.toJson(spec);
            long write = best(() -> SpecJson.toJson(spec));
            long read = best(() -> SpecJson.read(json));
            if (!SpecJson.read(json).equals(spec)) throw new AssertionError("round trip failed");
            System.out.printf(Locale.ROOT, "%12d %10d %11.1f %9.1f %14.1f %13.1f%n", n, json.length(),
                    write / 1e6, read / 1e6, write / 1e3 / n, read / 1e3 / n);
        }
    }

    /** The best of nine runs, in nanoseconds: the least disturbed by other processes. */
    private static long best(Runnable work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 9; i++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    /** A spec with {@code n} requirements, each with a story, tags, a dependency and three criteria. */
    static Spec spec(int n) {
        Spec.Builder b = Spec.builder("bench", "Benchmark with " + n + " requirements").version("1.0.0");
        for (int i = 1; i <= n; i++) {
            int k = i;
            b.requirement("REQ-" + k, r -> {
                r.title("Requirement number " + k)
                        .statement("When the user does thing " + k + ", the system shall respond within 2 seconds.")
                        .priority(Priority.values()[k % 4])
                        .rationale("Because customers asked for feature " + k + " in the survey")
                        .story("a customer", "to do thing " + k, "I save time")
                        .tag("area-" + k % 17, "release-" + k % 5)
                        .criterion("AC-" + k + "-1", c -> c.given("a signed-in user").when("they do thing " + k)
                                .then("the result appears"))
                        .edgeCase("AC-" + k + "-2", EdgeCaseKind.EMPTY_DATA, c -> c.given("no data")
                                .when("they do thing " + k).then("an empty state is shown"))
                        .failure("AC-" + k + "-3", c -> c.given("the service is down").when("they do thing " + k)
                                .then("the message \"Try again later\" is shown"));
                if (k > 1) r.dependsOn("REQ-" + (k - 1));
            });
        }
        return b.build();
    }
}
