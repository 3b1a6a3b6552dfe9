package io.specdriven.engine;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.verify.VerificationStatus;
import java.util.List;
import java.util.Optional;

/**
 * What {@link SpecEngine#verify} verifies: one spec against test results, optionally the spec's previous
 * version (to tell tests that still name a renamed id), and the status from which verification fails.
 *
 * <pre>{@code
 * VerifyRequest request = VerifyRequest.of(Source.file("csv-export.spec.json"), List.of("target/spec-results"))
 *         .withFailOn(VerificationStatus.FAILED);
 * }</pre>
 *
 * @param spec the spec
 * @param results results files or directories (see {@link io.specdriven.json.results.TestResults}), in
 *     the order they are read; for a test that ran more than once, the later result counts
 * @param previous the previous version of the spec, if given
 * @param failOn the best status that still fails verification: {@code FAILED}, {@code SUSPECT},
 *     {@code SKIPPED} or {@code UNTESTED} (the default: every live criterion must pass)
 * @param record the acceptance history file ({@code acceptance.jsonl}) to append this run to, if any
 * @since 0.1
 */
public record VerifyRequest(Source spec, List<String> results, Optional<Source> previous, VerificationStatus failOn,
        Optional<String> record) {
    /**
     * Checks for nulls, copies the list and checks the threshold.
     *
     * @param spec the spec
     * @param results results files or directories, at least one
     * @param previous the previous version, if given
     * @param failOn the threshold
     * @param record the history file to append the run to, if any
     * @throws IllegalArgumentException for no results or a threshold of {@code PASSED}
     */
    public VerifyRequest {
        requireNonNull(spec, "spec");
        results = List.copyOf(requireNonNull(results, "results"));
        if (results.isEmpty()) throw new IllegalArgumentException("results: give at least one file or directory");
        requireNonNull(previous, "previous");
        requireNonNull(failOn, "failOn");
        if (failOn == VerificationStatus.PASSED) {
            throw new IllegalArgumentException("failOn must be failed, suspect, skipped or untested, not passed");
        }
        requireNonNull(record, "record");
    }

    /**
     * Returns a request with no previous version that fails on anything but passed.
     *
     * @param spec the spec
     * @param results results files or directories
     * @return the request
     */
    public static VerifyRequest of(Source spec, List<String> results) {
        return new VerifyRequest(spec, results, Optional.empty(), VerificationStatus.UNTESTED, Optional.empty());
    }

    /**
     * Returns this request with the previous version of the spec.
     *
     * @param previous the previous version
     * @return a new request
     */
    public VerifyRequest withPrevious(Source previous) {
        return new VerifyRequest(spec, results, Optional.of(requireNonNull(previous, "previous")), failOn, record);
    }

    /**
     * Returns this request with another threshold.
     *
     * @param failOn the best status that still fails
     * @return a new request
     */
    public VerifyRequest withFailOn(VerificationStatus failOn) {
        return new VerifyRequest(spec, results, previous, failOn, record);
    }

    /**
     * Returns this request with a history file to append the run to.
     *
     * @param file the history file; created when it does not exist
     * @return a new request
     */
    public VerifyRequest withRecord(String file) {
        return new VerifyRequest(spec, results, previous, failOn, Optional.of(requireNonNull(file, "file")));
    }
}
