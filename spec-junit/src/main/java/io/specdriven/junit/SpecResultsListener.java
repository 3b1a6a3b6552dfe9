package io.specdriven.junit;

import io.specdriven.junit.internal.Collector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes the results of each JUnit Platform run to one JSON file, for {@code spec verify}. The launcher
 * finds it through {@link java.util.ServiceLoader}: putting spec-junit on the test class path is all it
 * takes.
 *
 * <p>For each test (each invocation of a parameterized test, each dynamic test): its unique id, its name
 * ({@code CsvExportTest.exports_header_and_rows}), the ids of its {@link Verifies @Verifies} (the method's,
 * then its class's, superclasses' and enclosing classes'), its verdict (passed, failed, aborted, skipped;
 * the tests of a disabled class are skipped, those of a class whose set-up failed are failed), its duration,
 * its failure message (at most 2,000 characters), and its source file with the line of its first statement.
 * Tests without ids are written too: they count as tests that verify nothing.
 *
 * <p>The file is {@code target/spec-results/run-<UTC time>-<random>.json} (relative to the working
 * directory, which Maven sets to the module), written all at once when the run ends; a run without tests
 * writes none. Configuration parameters ({@code junit-platform.properties}, or Surefire's
 * {@code configurationParameters}):
 * <ul>
 *   <li>{@code specdriven.results.dir}: another directory;</li>
 *   <li>{@code specdriven.spec}: the spec file; each result then records the fingerprint of each element it
 *       names, so that {@code spec verify} marks a test that passed against an older version of a criterion
 *       as suspect;</li>
 *   <li>{@code specdriven.results.enabled=false}: turns the listener off.</li>
 * </ul>
 * A spec that cannot be read, or a file that cannot be written, is told on standard error in one line;
 * it never fails the test run.
 *
 * <p>Works with the JUnit Platform of JUnit 6 and of JUnit 5.10 or later. Thread-safe: tests may run in
 * parallel.
 *
 * @since 0.1
 */
public final class SpecResultsListener implements TestExecutionListener {
    private volatile Collector collector;

    /** Creates the listener; the launcher calls this through the service loader. */
    public SpecResultsListener() {}

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        collector = Collector.start(testPlan, System.err);
    }

    @Override
    public void executionStarted(TestIdentifier testIdentifier) {
        Collector c = collector;
        if (c != null) c.started(testIdentifier);
    }

    @Override
    public void executionSkipped(TestIdentifier testIdentifier, String reason) {
        Collector c = collector;
        if (c != null) c.skipped(testIdentifier, reason);
    }

    @Override
    public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult testExecutionResult) {
        Collector c = collector;
        if (c != null) c.finished(testIdentifier, testExecutionResult);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        Collector c = collector;
        collector = null;
        if (c != null) c.finish();
    }
}
