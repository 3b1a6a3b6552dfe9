/**
 * specdriven for JUnit: {@link io.specdriven.junit.Verifies @Verifies} links a test to the spec elements it
 * proves, and {@link io.specdriven.junit.SpecResultsListener} writes each run's results for
 * {@code spec verify}.
 */
module io.specdriven.junit {
    requires io.specdriven.json;
    requires transitive org.junit.platform.launcher;

    exports io.specdriven.junit;
    // The listener is found by the JUnit Platform's launcher: adding the dependency is all a user does.
    provides org.junit.platform.launcher.TestExecutionListener with io.specdriven.junit.SpecResultsListener;
}
