package io.specdriven.core.verify;

import static io.specdriven.core.internal.Checks.copy;
import static io.specdriven.core.internal.Checks.notNull;
import static java.util.Objects.requireNonNull;

import io.specdriven.core.diff.Fingerprint;
import io.specdriven.core.internal.Checks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One execution of one test: which spec elements it names, and how it ended.
 *
 * <p>Each invocation of a parameterized test and each dynamic test is an execution of its own, with its
 * own {@link #id()}. Two results with the same id are two runs of the same test (a rerun): the later one
 * counts, see {@link Verification}.
 *
 * <pre>{@code
 * TestResult r = TestResult.builder("[engine:junit-jupiter]/[class:CsvExportTest]/[method:exports()]",
 *         "CsvExportTest.exports")
 *     .verifies("AC-EXPORT-1")
 *     .verdict(TestVerdict.PASSED)
 *     .duration(Duration.ofMillis(12))
 *     .build();
 * }</pre>
 *
 * @param id the test's unique id, stable from run to run (for JUnit, its unique id)
 * @param name the name people read, such as {@code CsvExportTest.exports_header_and_rows}
 * @param verifies the ids it names, as written: criterion, requirement and use case ids, and flows or
 *     business rules as {@code UC-1/A1}; duplicates are kept as written and count once
 * @param verdict how it ended
 * @param duration how long it took
 * @param message the failure message, for a failed or aborted test (or why it was skipped)
 * @param source where the test is written, when known
 * @param fingerprints for each named id, the fingerprint of the spec element the test ran against, when
 *     known (see {@link VerificationTargets#fingerprint(String)})
 * @since 0.1
 */
public record TestResult(
        String id,
        String name,
        List<String> verifies,
        TestVerdict verdict,
        Duration duration,
        Optional<String> message,
        Optional<TestLocation> source,
        Map<String, Fingerprint> fingerprints) {

    /**
     * Checks for nulls and copies the collections.
     *
     * @param id the test's unique id
     * @param name the name people read
     * @param verifies the ids it names
     * @param verdict how it ended
     * @param duration how long it took
     * @param message the failure message, if any
     * @param source where the test is written, when known
     * @param fingerprints the fingerprint of each named element the test ran against, when known
     * @throws IllegalArgumentException if the duration is negative
     */
    public TestResult {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        verifies = copy(verifies, "verifies");
        requireNonNull(verdict, "verdict");
        requireNonNull(duration, "duration");
        if (duration.isNegative()) throw new IllegalArgumentException("duration must not be negative: " + duration);
        requireNonNull(message, "message");
        requireNonNull(source, "source");
        requireNonNull(fingerprints, "fingerprints");
        Map<String, Fingerprint> detached = new LinkedHashMap<>();
        fingerprints.forEach((k, v) -> detached.put(requireNonNull(k, "fingerprints key"),
                requireNonNull(v, "fingerprints[" + k + "]")));
        fingerprints = Collections.unmodifiableMap(detached);
    }

    /**
     * Starts a builder; the verdict defaults to nothing and must be set.
     *
     * @param id the test's unique id
     * @param name the name people read
     * @return a new builder
     */
    public static Builder builder(String id, String name) {
        return new Builder(notNull(id, "id"), notNull(name, "name"));
    }

    /**
     * Returns a builder holding this result's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, name);
        b.verifies.addAll(verifies);
        b.verdict = verdict;
        b.duration = duration;
        b.message = message.orElse(null);
        b.source = source.orElse(null);
        b.fingerprints.putAll(fingerprints);
        return b;
    }

    /** Builds a {@link TestResult}; every setter returns this builder. */
    public static final class Builder {
        private final String id;
        private final String name;
        private final List<String> verifies = new ArrayList<>();
        private TestVerdict verdict;
        private Duration duration = Duration.ZERO;
        private String message;
        private TestLocation source;
        private final Map<String, Fingerprint> fingerprints = new LinkedHashMap<>();

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        /**
         * Adds ids the test names.
         *
         * @param ids criterion, requirement, use case, flow or business rule ids
         * @return this builder
         */
        public Builder verifies(String... ids) {
            verifies.addAll(Checks.elements("ids", ids));
            return this;
        }

        /**
         * Adds ids the test names.
         *
         * @param ids criterion, requirement, use case, flow or business rule ids
         * @return this builder
         */
        public Builder verifies(List<String> ids) {
            verifies.addAll(copy(ids, "ids"));
            return this;
        }

        /**
         * Sets how the test ended.
         *
         * @param verdict the verdict
         * @return this builder
         */
        public Builder verdict(TestVerdict verdict) {
            this.verdict = notNull(verdict, "verdict");
            return this;
        }

        /**
         * Sets how long it took; zero unless set.
         *
         * @param duration the duration
         * @return this builder
         */
        public Builder duration(Duration duration) {
            this.duration = notNull(duration, "duration");
            return this;
        }

        /**
         * Sets the failure message.
         *
         * @param message the message
         * @return this builder
         */
        public Builder message(String message) {
            this.message = notNull(message, "message");
            return this;
        }

        /**
         * Sets where the test is written.
         *
         * @param source the source
         * @return this builder
         */
        public Builder source(TestLocation source) {
            this.source = notNull(source, "source");
            return this;
        }

        /**
         * Records the fingerprint of a named element the test ran against.
         *
         * @param id the id as named
         * @param fingerprint the element's fingerprint then
         * @return this builder
         */
        public Builder fingerprint(String id, Fingerprint fingerprint) {
            fingerprints.put(notNull(id, "id"), notNull(fingerprint, "fingerprint"));
            return this;
        }

        /**
         * Builds the result.
         *
         * @return a new, immutable result
         * @throws IllegalStateException if the verdict is missing
         */
        public TestResult build() {
            List<String> missing = new ArrayList<>();
            if (verdict == null) missing.add("verdict");
            Checks.complete("TestResult " + id, missing);
            return new TestResult(id, name, verifies, verdict, duration, Optional.ofNullable(message),
                    Optional.ofNullable(source), fingerprints);
        }
    }
}
