package io.specdriven.core.verify;

import static io.specdriven.core.verify.VerificationStatus.FAILED;
import static io.specdriven.core.verify.VerificationStatus.PASSED;
import static io.specdriven.core.verify.VerificationStatus.SKIPPED;
import static io.specdriven.core.verify.VerificationStatus.SUSPECT;
import static io.specdriven.core.verify.VerificationStatus.UNTESTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.specdriven.core.Id;
import io.specdriven.core.Spec;
import io.specdriven.core.diff.Fingerprint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The metrics on a fabricated ten-run history, against values computed by hand (issue 11, success 2).
 *
 * <pre>
 * run ver  A          B    C          D      score
 *  1  1.0  untested a1 unt. untested c1 -      70
 *  2  1.0  failed      pass passed     -      70
 *  3  1.0  failed      pass passed     -      75
 *  4  1.0  passed      fail passed     -      75
 *  5  1.0  passed      pass passed     -      80
 *  6  1.1  failed   a2 pass suspect  c2 unt. d 82
 *  7  1.1  failed      pass passed     skipped 82
 *  8  1.1  passed      pass passed     failed  85
 *  9  1.1  passed      fail passed     passed  88
 * 10  1.1  passed      pass passed     passed  90
 * </pre>
 * Criterion versions: a1 (first verified run 2, failed; first pass run 4: 4 cycles), b (run 2 passed:
 * first pass, 2 cycles), c1 (run 2: first pass, 2), a2 (run 6 failed; pass run 8: 3 cycles), c2 (suspect
 * proves nothing; run 7 passed: first pass, 2), d (skipped proves nothing; run 8 failed; pass run 9: 4).
 * Overall: 3 of 6 first pass = 0.5; cycles 2,2,2,3,4,4: median 2.5, max 4. Version 1.0: 2 of 3; cycles
 * 2,2,4: median 2, max 4. Version 1.1: 1 of 3; cycles 2,3,4: median 3, max 4.
 */
class AcceptanceHistoryTest {
    private static final Fingerprint A1 = fp('a');
    private static final Fingerprint A2 = fp('b');
    private static final Fingerprint B = fp('c');
    private static final Fingerprint C1 = fp('d');
    private static final Fingerprint C2 = fp('e');
    private static final Fingerprint D = fp('f');

    private static Fingerprint fp(char c) {
        return Fingerprint.parse(String.valueOf(c).repeat(64));
    }

    private static RecordedCriterion c(String id, Fingerprint f, VerificationStatus s) {
        return new RecordedCriterion(Id.of(id), f, s);
    }

    private static AcceptanceRun run(int n, String version, int score, RecordedCriterion... criteria) {
        return new AcceptanceRun(Instant.parse("2026-12-01T00:00:00Z").plusSeconds(3600L * n), Id.of("csv"),
                Optional.of(version), OptionalInt.of(score), List.of(criteria));
    }

    private static final AcceptanceHistory TEN_RUNS = AcceptanceHistory.of(List.of(
            run(1, "1.0", 70, c("A", A1, UNTESTED), c("B", B, UNTESTED), c("C", C1, UNTESTED)),
            run(2, "1.0", 70, c("A", A1, FAILED), c("B", B, PASSED), c("C", C1, PASSED)),
            run(3, "1.0", 75, c("A", A1, FAILED), c("B", B, PASSED), c("C", C1, PASSED)),
            run(4, "1.0", 75, c("A", A1, PASSED), c("B", B, FAILED), c("C", C1, PASSED)),
            run(5, "1.0", 80, c("A", A1, PASSED), c("B", B, PASSED), c("C", C1, PASSED)),
            run(6, "1.1", 82, c("A", A2, FAILED), c("B", B, PASSED), c("C", C2, SUSPECT), c("D", D, UNTESTED)),
            run(7, "1.1", 82, c("A", A2, FAILED), c("B", B, PASSED), c("C", C2, PASSED), c("D", D, SKIPPED)),
            run(8, "1.1", 85, c("A", A2, PASSED), c("B", B, PASSED), c("C", C2, PASSED), c("D", D, FAILED)),
            run(9, "1.1", 88, c("A", A2, PASSED), c("B", B, FAILED), c("C", C2, PASSED), c("D", D, PASSED)),
            run(10, "1.1", 90, c("A", A2, PASSED), c("B", B, PASSED), c("C", C2, PASSED), c("D", D, PASSED))));

    @Test
    void overall_metrics_of_ten_runs_match_the_hand_computed_values() {
        // when
        MetricSummary overall = TEN_RUNS.metrics().overall();
        // then
        assertThat(overall.specVersion()).isEmpty();
        assertThat(overall.runs()).isEqualTo(10);
        assertThat(overall.introduced()).isEqualTo(6);
        assertThat(overall.verified()).isEqualTo(6);
        assertThat(overall.firstPass()).isEqualTo(3);
        assertThat(overall.firstPassRate()).isEqualTo(OptionalDouble.of(0.5));
        assertThat(overall.medianCycles()).isEqualTo(OptionalDouble.of(2.5));
        assertThat(overall.maxCycles()).isEqualTo(OptionalInt.of(4));
        assertThat(overall.last().score()).isEqualTo(OptionalInt.of(90));
        assertThat(overall.last().acceptance()).isEqualTo(1.0);
    }

    @Test
    void metrics_per_spec_version_match_the_hand_computed_values() {
        // when
        List<MetricSummary> versions = TEN_RUNS.metrics().versions();
        // then
        assertThat(versions).extracting(v -> v.specVersion().orElseThrow(), MetricSummary::runs, MetricSummary::introduced,
                        MetricSummary::verified, MetricSummary::firstPass, MetricSummary::medianCycles, MetricSummary::maxCycles)
                .containsExactly(
                        tuple("1.0", 5, 3, 3, 2, OptionalDouble.of(2), OptionalInt.of(4)),
                        tuple("1.1", 5, 3, 3, 1, OptionalDouble.of(3), OptionalInt.of(4)));
        assertThat(versions.get(0).firstPassRate().getAsDouble()).isEqualTo(2.0 / 3);
        assertThat(versions).extracting(v -> v.last().criteria(), v -> v.last().passed(), v -> v.last().score())
                .containsExactly(tuple(3, 3, OptionalInt.of(80)), tuple(4, 4, OptionalInt.of(90)));
    }

    @Test
    void the_trend_gives_acceptance_and_coverage_at_every_run() {
        // when
        List<TrendPoint> trend = TEN_RUNS.metrics().trend();
        // then
        assertThat(trend).extracting(TrendPoint::criteria, TrendPoint::passed, TrendPoint::tested).containsExactly(
                tuple(3, 0, 0), tuple(3, 2, 3), tuple(3, 2, 3), tuple(3, 2, 3), tuple(3, 3, 3),
                tuple(4, 1, 3), tuple(4, 2, 4), tuple(4, 3, 4), tuple(4, 3, 4), tuple(4, 4, 4));
        assertThat(trend.get(5).acceptance()).isEqualTo(0.25);
        assertThat(trend.get(5).coverage()).isEqualTo(0.75);
    }

    @Test
    void a_criterion_never_verified_is_left_out_of_the_first_pass_rate() {
        // given
        AcceptanceHistory h = AcceptanceHistory.of(List.of(run(1, "1", 50, c("A", A1, UNTESTED)), run(2, "1", 50, c("A", A1, SKIPPED))));
        // when
        MetricSummary m = h.metrics().overall();
        // then
        assertThat(m.introduced()).isEqualTo(1);
        assertThat(m.verified()).isZero();
        assertThat(m.firstPassRate()).isEmpty();
        assertThat(m.medianCycles()).isEmpty();
        assertThat(m.maxCycles()).isEmpty();
    }

    @Test
    void a_run_records_a_verification_and_a_history_holds_one_spec() {
        // given
        Spec spec = Spec.builder("csv", "CSV").version("2").requirement("REQ-1", r -> r.title("t").statement("s")
                .criterion("AC-1", x -> x.then("done"))).build();
        Verification v = Verification.of(spec, List.of(TestResult.builder("t", "T.t").verifies("AC-1")
                .verdict(TestVerdict.PASSED).build()));
        // when
        AcceptanceRun r = AcceptanceRun.of(v, Instant.EPOCH, OptionalInt.of(77));
        // then
        assertThat(r.criteria()).containsExactly(new RecordedCriterion(Id.of("AC-1"),
                Fingerprint.of(spec.requirements().get(0).criteria().get(0)), PASSED));
        assertThat(r.specVersion()).contains("2");
        assertThat(r.count(PASSED)).isEqualTo(1);
        List<AcceptanceRun> two = new ArrayList<>(List.of(r));
        two.add(new AcceptanceRun(Instant.EPOCH, Id.of("other"), Optional.empty(), OptionalInt.empty(), List.of()));
        assertThatThrownBy(() -> AcceptanceHistory.of(two)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("run 2 is of spec other, not csv: a history holds one spec's runs");
        assertThatThrownBy(() -> AcceptanceHistory.of(List.of()).metrics()).isInstanceOf(IllegalStateException.class);
    }
}
