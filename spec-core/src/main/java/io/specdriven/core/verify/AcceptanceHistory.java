package io.specdriven.core.verify;

import static io.specdriven.core.internal.Checks.copy;
import static java.util.Objects.requireNonNull;

import io.specdriven.core.Id;
import io.specdriven.core.diff.Fingerprint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The runs of one spec's verification, in the order they were recorded, and the acceptance metrics they
 * give.
 *
 * <p><b>Definitions.</b> Runs are taken in recorded order. A <i>criterion version</i> is a criterion with
 * one fingerprint: it begins at the first run that has the criterion with that fingerprint, where the
 * criterion was absent before or had another fingerprint in the last run that had it (it was added or
 * changed). It lasts until a run has the criterion with another fingerprint. A criterion version is
 * <i>verified</i> in a run where its status is passed or failed (skipped, suspect and untested runs prove
 * nothing about this version).
 * <ul>
 *   <li><b>First-pass acceptance rate</b>: of the criterion versions verified at least once, the share
 *       whose first verification passed.
 *   <li><b>Iteration cycles</b> of a criterion version that passed: the number of runs that had it, from
 *       the run where it began up to and including the first run where it passed; 1 when it passed in
 *       the run that added or changed it. Reported as the median (the mean of the two middle values for
 *       an even count) and the maximum over the criterion versions that passed.
 *   <li><b>Acceptance</b> of a run: passed live criteria / live criteria. <b>Coverage</b>: live criteria
 *       with any status but untested / live criteria. The trend is one point per run.
 *   <li><b>Completion score</b>: the spec's validation score recorded with the run.
 * </ul>
 * Per spec version, a criterion version counts under the spec version of the run where it began, and
 * the summary's last point is the last run of that spec version; overall counts every criterion version
 * and ends at the last run. Computing the metrics takes time linear in the total number of recorded
 * criteria (plus sorting the cycles).
 *
 * @since 0.1
 */
public final class AcceptanceHistory {
    private final List<AcceptanceRun> runs;

    private AcceptanceHistory(List<AcceptanceRun> runs) {
        this.runs = runs;
    }

    /**
     * Returns a history of runs.
     *
     * @param runs the runs, oldest first
     * @return the history
     * @throws IllegalArgumentException if the runs are not all of one spec (one spec id)
     */
    public static AcceptanceHistory of(List<AcceptanceRun> runs) {
        List<AcceptanceRun> copy = copy(runs, "runs");
        for (int i = 1; i < copy.size(); i++) {
            if (!copy.get(i).specId().equals(copy.get(0).specId())) {
                throw new IllegalArgumentException("run " + (i + 1) + " is of spec " + copy.get(i).specId()
                        + ", not " + copy.get(0).specId() + ": a history holds one spec's runs");
            }
        }
        return new AcceptanceHistory(copy);
    }

    /**
     * Returns the runs.
     *
     * @return the runs, oldest first
     */
    public List<AcceptanceRun> runs() {
        return runs;
    }

    /**
     * Returns a history with one more run.
     *
     * @param run the new run
     * @return the longer history
     * @throws IllegalArgumentException if the run is of another spec
     */
    public AcceptanceHistory withRun(AcceptanceRun run) {
        List<AcceptanceRun> more = new ArrayList<>(runs);
        more.add(requireNonNull(run, "run"));
        return of(more);
    }

    /**
     * Computes the metrics.
     *
     * @return the metrics
     * @throws IllegalStateException if the history has no run
     */
    public AcceptanceMetrics metrics() {
        if (runs.isEmpty()) throw new IllegalStateException("an empty history has no metrics");
        List<Tally> versions = new ArrayList<>(); // criterion versions, in order of beginning
        Map<Id, Tally> current = new HashMap<>();
        Map<Optional<String>, Group> groups = new LinkedHashMap<>();
        List<TrendPoint> trend = new ArrayList<>(runs.size());
        for (AcceptanceRun run : runs) {
            Group g = groups.computeIfAbsent(run.specVersion(), v -> new Group());
            g.runs++;
            for (RecordedCriterion c : run.criteria()) {
                Tally t = current.get(c.id());
                if (t == null || !t.fingerprint.equals(c.fingerprint())) {
                    t = new Tally(c.fingerprint(), run.specVersion());
                    current.put(c.id(), t);
                    versions.add(t);
                }
                t.record(c.status());
            }
            TrendPoint p = point(run);
            trend.add(p);
            g.last = p;
        }
        MetricSummary overall = summary(Optional.empty(), runs.size(), versions, trend.get(trend.size() - 1));
        List<MetricSummary> perVersion = new ArrayList<>();
        Map<Optional<String>, List<Tally>> byVersion = new HashMap<>();
        for (Tally t : versions) byVersion.computeIfAbsent(t.specVersion, v -> new ArrayList<>()).add(t);
        groups.forEach((version, g) ->
                perVersion.add(summary(version, g.runs, byVersion.getOrDefault(version, List.of()), g.last)));
        return new AcceptanceMetrics(overall, perVersion, trend);
    }

    private static TrendPoint point(AcceptanceRun run) {
        int passed = 0;
        int tested = 0;
        for (RecordedCriterion c : run.criteria()) {
            if (c.status() == VerificationStatus.PASSED) passed++;
            if (c.status() != VerificationStatus.UNTESTED) tested++;
        }
        return new TrendPoint(run.time(), run.specVersion(), run.criteria().size(), passed, tested, run.score());
    }

    private static MetricSummary summary(Optional<String> version, int runs, List<Tally> tallies, TrendPoint last) {
        int verified = 0;
        int firstPass = 0;
        int[] cycles = new int[tallies.size()];
        int passed = 0;
        for (Tally t : tallies) {
            if (t.verified) verified++;
            if (t.firstPass) firstPass++;
            if (t.cycles > 0) cycles[passed++] = t.cycles;
        }
        int[] sorted = Arrays.copyOf(cycles, passed);
        Arrays.sort(sorted);
        OptionalDouble median = passed == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(passed % 2 == 1 ? sorted[passed / 2]
                        : (sorted[passed / 2 - 1] + sorted[passed / 2]) / 2.0);
        OptionalInt max = passed == 0 ? OptionalInt.empty() : OptionalInt.of(sorted[passed - 1]);
        return new MetricSummary(version, runs, tallies.size(), verified, firstPass, median, max, last);
    }

    /** Runs of one spec version. */
    private static final class Group {
        int runs;
        TrendPoint last;
    }

    /** What one criterion version has been through so far. */
    private static final class Tally {
        final Fingerprint fingerprint;
        final Optional<String> specVersion;
        int seen;
        boolean verified;
        boolean firstPass;
        int cycles; // 0 until it passes

        Tally(Fingerprint fingerprint, Optional<String> specVersion) {
            this.fingerprint = fingerprint;
            this.specVersion = specVersion;
        }

        void record(VerificationStatus status) {
            seen++;
            boolean verification = status == VerificationStatus.PASSED || status == VerificationStatus.FAILED;
            if (verification && !verified) {
                verified = true;
                firstPass = status == VerificationStatus.PASSED;
            }
            if (status == VerificationStatus.PASSED && cycles == 0) cycles = seen;
        }
    }

    @Override
    public String toString() {
        return "AcceptanceHistory[" + runs.size() + " runs]";
    }
}
