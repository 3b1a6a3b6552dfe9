package io.specdriven.core.verify;

import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Times {@link Verification#of} and the acceptance metrics on generated specs of 2,000 and 10,000
 * criteria with five test results per criterion (10,000 and 50,000 results), to show that time grows
 * linearly (issue 11). Not a unit test (surefire does not run {@code *Benchmark}); run it after
 * {@code mvn -pl spec-core test-compile} with
 * {@code java -Xms2g -Xmx2g -XX:+UseParallelGC -cp spec-core/target/classes:spec-core/target/test-classes:$(cat cp.txt)
 * io.specdriven.core.verify.VerificationBenchmark [criteria...]}. Each figure is the best of 5 runs after
 * a warm-up. Of the results, one in 50 fails, one in 100 is a rerun, one in 200 names an unknown id.
 */
public final class VerificationBenchmark {
    private VerificationBenchmark() {}

    public static void main(String[] args) {
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {2_000, 10_000};
        Spec warm = spec(2_000);
        List<TestResult> warmResults = results(warm);
        for (int i = 0; i < 20; i++) Verification.of(warm, warmResults);
        for (int n : sizes) {
            Spec spec = spec(n);
            List<TestResult> results = results(spec);
            System.out.printf(Locale.ROOT, "%,d criteria, %,d results:%n", n, results.size());
            long verify = best(() -> Verification.of(spec, results).criteria().size());
            Verification v = Verification.of(spec, results);
            List<AcceptanceRun> runs = new ArrayList<>();
            for (int r = 0; r < 10; r++) runs.add(AcceptanceRun.of(v, Instant.EPOCH.plusSeconds(r), OptionalInt.of(80)));
            AcceptanceHistory history = AcceptanceHistory.of(runs);
            long metrics = best(() -> history.metrics().trend().size());
            System.out.printf(Locale.ROOT, "  verify          %8.1f ms  (%.2f µs per result)%n", verify / 1e6,
                    verify / 1e3 / results.size());
            System.out.printf(Locale.ROOT, "  metrics, 10 runs %7.1f ms  (%.2f µs per recorded criterion)%n",
                    metrics / 1e6, metrics / 1e3 / (10.0 * n));
            System.out.printf(Locale.ROOT, "  %d passed, %d failed, %d unresolved ids, %d reruns%n",
                    v.count(VerificationStatus.PASSED), v.count(VerificationStatus.FAILED), v.unresolved().size(),
                    v.reruns().size());
        }
    }

    private static long best(java.util.function.IntSupplier task) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            if (task.getAsInt() < 0) throw new AssertionError();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    /** n criteria, 5 per requirement. */
    static Spec spec(int criteria) {
        Spec.Builder b = Spec.builder("bench", "Benchmark");
        for (int r = 0; r < criteria / 5; r++) {
            Requirement.Builder req = Requirement.builder("REQ-" + r).title("Requirement " + r)
                    .statement("The system shall do thing " + r);
            for (int c = 0; c < 5; c++) {
                int id = r * 5 + c;
                req.criterion("AC-" + id, x -> x.when("event " + id).then("outcome " + id));
            }
            b.requirement(req.build());
        }
        return b.build();
    }

    static List<TestResult> results(Spec spec) {
        List<TestResult> out = new ArrayList<>();
        int i = 0;
        for (Requirement r : spec.requirements()) {
            for (var c : r.criteria()) {
                for (int k = 0; k < 5; k++, i++) {
                    String id = i % 200 == 3 ? c.id().value() + "X" : c.id().value();
                    TestVerdict verdict = i % 50 == 0 ? TestVerdict.FAILED : TestVerdict.PASSED;
                    String testId = i % 100 == 1 ? "test-" + (i - 1) : "test-" + i;
                    out.add(TestResult.builder(testId, "T.t" + i).verifies(id).verdict(verdict)
                            .duration(Duration.ofMillis(i % 7)).build());
                }
            }
        }
        return out;
    }
}
