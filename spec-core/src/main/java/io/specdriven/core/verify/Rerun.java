package io.specdriven.core.verify;

import static io.specdriven.core.internal.Checks.copy;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A test that ran more than once in the results (a Surefire rerun, or the same results given twice): the
 * last run counts.
 *
 * @param testId the test's id
 * @param name its name
 * @param verdicts the verdict of each run, in order; the last one counts
 * @since 0.1
 */
public record Rerun(String testId, String name, List<TestVerdict> verdicts) {
    /**
     * Checks for nulls and copies the list.
     *
     * @param testId the test's id
     * @param name its name
     * @param verdicts the verdict of each run, at least two
     * @throws IllegalArgumentException for fewer than two verdicts
     */
    public Rerun {
        requireNonNull(testId, "testId");
        requireNonNull(name, "name");
        verdicts = copy(verdicts, "verdicts");
        if (verdicts.size() < 2) throw new IllegalArgumentException("a rerun has at least two runs, not " + verdicts.size());
    }

    /**
     * Returns the verdict that counts.
     *
     * @return the last run's verdict
     */
    public TestVerdict last() {
        return verdicts.get(verdicts.size() - 1);
    }
}
