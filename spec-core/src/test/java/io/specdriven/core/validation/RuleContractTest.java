package io.specdriven.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import io.specdriven.core.Spec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What a custom rule can do wrong and what the validator does then (issue 14, defects 11 and 12, and the
 * sink's thread safety): the rule's id is read once, its findings carry its own id, it has a time budget, and
 * the sink takes findings from any thread while the check runs and none after.
 */
class RuleContractTest {
    private static final Spec SPEC = Spec.builder("s", "S").build();

    @Test
    void an_id_that_turns_null_or_throws_after_registration_is_never_read_again_issue_14() {
        // given: ids that are well formed once, then null, then an exception
        AtomicInteger nullCalls = new AtomicInteger();
        AtomicInteger throwingCalls = new AtomicInteger();
        SpecRule turnsNull = rule(() -> nullCalls.getAndIncrement() == 0 ? "team.null" : null,
                (s, sink) -> sink.report("team.null", Severity.INFO, ElementPath.root(), "one"));
        SpecRule turnsThrowing = rule(() -> {
            if (throwingCalls.getAndIncrement() > 0) throw new IllegalStateException("id gone");
            return "team.throwing";
        }, (s, sink) -> sink.report("team.throwing.sub", Severity.INFO, ElementPath.root(), "two"));
        SpecValidator validator = SpecValidator.builder().rule(turnsNull).rule(turnsThrowing).build();
        // when
        ValidationReport report = validator.validate(SPEC);
        // then
        assertThat(report.violations()).extracting(Violation::ruleId, Violation::message)
                .containsExactly(tuple("team.null", "one"), tuple("team.throwing.sub", "two"));
        assertThat(report.rules()).containsExactly("team.null", "team.throwing");
        assertThat(nullCalls).hasValue(1);
        assertThat(throwingCalls).hasValue(1);
    }

    @Test
    void a_rule_whose_id_is_null_throws_or_is_malformed_at_registration_is_refused_with_the_reason_issue_14() {
        assertThatIllegalArgumentException().isThrownBy(() -> SpecValidator.builder().rule(rule(() -> null, (s, k) -> {})))
                .withMessageEndingWith(": its id() returned null");
        assertThatIllegalArgumentException().isThrownBy(() -> SpecValidator.builder().rule(rule(() -> {
            throw new IllegalStateException("no id yet");
        }, (s, k) -> {}))).withMessageEndingWith(": its id() threw java.lang.IllegalStateException: no id yet");
        assertThatIllegalArgumentException().isThrownBy(() -> SpecValidator.builder().rule(rule(() -> "Team Rule",
                (s, k) -> {}))).withMessageContaining("Team Rule");
    }

    @Test
    void a_finding_under_another_rule_s_id_or_a_malformed_one_fails_the_rule_and_keeps_none_of_its_findings_issue_14() {
        // given
        SpecRule foreign = rule(() -> "team", (s, sink) -> {
            sink.report("team.ok", Severity.INFO, ElementPath.root(), "kept only if the rule succeeds");
            sink.report("ref.unresolved", Severity.ERROR, ElementPath.root(), "posing as a built-in rule");
        });
        SpecRule malformed = rule(() -> "other", (s, sink) -> sink.report("other..x", Severity.INFO,
                ElementPath.root(), "malformed"));
        // when
        ValidationReport report = SpecValidator.builder().rule(foreign).rule(malformed).build().validate(SPEC);
        // then
        assertThat(report.violations()).extracting(Violation::ruleId).containsExactly("rule.failed", "rule.failed");
        assertThat(report.violations()).extracting(Violation::message).anySatisfy(m -> assertThat(m)
                .startsWith("rule 'team' failed (IllegalArgumentException: a finding of rule 'team' has the rule id"
                        + " 'ref.unresolved'"));
    }

    @Test
    void a_busy_rule_that_ignores_interruption_is_reported_as_rule_timeout_and_the_others_still_run_issue_14() {
        // given: a rule that spins until the test lets it go, whatever interrupts it
        AtomicBoolean release = new AtomicBoolean();
        AtomicReference<Throwable> lateReport = new AtomicReference<>();
        CountDownLatch ended = new CountDownLatch(1);
        SpecRule busy = rule(() -> "team.busy", (s, sink) -> {
            try {
                while (!release.get()) Thread.onSpinWait();
                sink.report("team.busy", Severity.INFO, ElementPath.root(), "too late");
            } catch (IllegalStateException e) {
                lateReport.set(e);
            } finally {
                ended.countDown();
            }
        });
        SpecRule after = rule(() -> "team.after", (s, sink) -> sink.report("team.after", Severity.INFO,
                ElementPath.root(), "ran"));
        SpecValidator validator = SpecValidator.builder().rule(busy).rule(after).ruleTimeout(Duration.ofMillis(200))
                .build();
        try {
            // when
            ValidationReport report = validator.validate(SPEC);
            // then
            assertThat(report.violations()).extracting(Violation::ruleId, Violation::message).containsExactlyInAnyOrder(
                    tuple("team.after", "ran"), tuple("rule.timeout", "rule 'team.busy' ran longer than its time budget"
                            + " of 200 ms and was stopped; its findings are missing, the other rules ran"));
        } finally {
            release.set(true);
        }
        // and: the rule's thread, left running, is refused when it reports after validate returned
        assertThat(awaitQuietly(ended)).isTrue();
        assertThat(lateReport.get()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reported a finding after its check ended or was stopped");
    }

    @Test
    void the_sink_takes_findings_from_the_rule_s_own_threads_without_losing_or_miscounting_one() {
        // given: 16 threads of the rule's own report 500 findings each, all at once
        int threads = 16;
        int each = 500;
        SpecRule parallel = rule(() -> "team.parallel", (s, sink) -> {
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> started = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Thread worker = new Thread(() -> {
                    awaitQuietly(start);
                    for (int i = 0; i < each; i++) {
                        sink.report("team.parallel", Severity.INFO, ElementPath.root().field("t" + thread).field("f" + i),
                                "finding " + i + " of thread " + thread);
                    }
                });
                worker.start();
                started.add(worker);
            }
            start.countDown();
            for (Thread worker : started) joinQuietly(worker);
        });
        // when: once with room for every finding, once with a cap
        ValidationReport all = SpecValidator.builder().rule(parallel).maxFindingsPerRule(threads * each).build()
                .validate(SPEC);
        ValidationReport capped = SpecValidator.builder().rule(parallel).maxFindingsPerRule(1_000).build().validate(SPEC);
        // then
        assertThat(all.violations()).hasSize(threads * each).doesNotHaveDuplicates();
        assertThat(capped.violations()).hasSize(1_001);
        assertThat(capped.violations()).filteredOn(v -> v.ruleId().equals("rule.findings-capped"))
                .singleElement().extracting(Violation::message)
                .isEqualTo("rule 'team.parallel' reported 8000 findings: the first 1000 are listed, 7000 more are not");
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) { // keep the flag for the caller; the assertion on the result fails then
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) { // the validator stopped the rule: keep the flag and end the check
            Thread.currentThread().interrupt();
        }
    }

    private static SpecRule rule(Supplier<String> id, BiConsumer<Spec, ViolationSink> check) {
        return new SpecRule() {
            @Override
            public String id() {
                return id.get();
            }

            @Override
            public String description() {
                return "a test rule";
            }

            @Override
            public void check(Spec spec, ViolationSink sink) {
                check.accept(spec, sink);
            }
        };
    }
}
