package io.specdriven.core.verify;

import static io.specdriven.core.internal.Checks.copy;
import static java.util.Objects.requireNonNull;

import io.specdriven.core.diff.Fingerprint;
import java.util.List;

/**
 * Where one spec element stands against the tests that name it.
 *
 * @param name the element as tests name it: {@code AC-1}, {@code REQ-1}, {@code UC-1} or {@code UC-1/A1}
 * @param kind what kind of element it is
 * @param status its status from these tests alone (for a requirement or use case, without its parts:
 *     see {@link RequirementVerification#status()})
 * @param fingerprint the element's fingerprint in the spec verified (see {@link VerificationTargets})
 * @param tests the tests that name it, each in its last run, in the order the results came
 * @since 0.1
 */
public record ElementVerification(
        String name, TargetKind kind, VerificationStatus status, Fingerprint fingerprint, List<TestResult> tests) {
    /**
     * Checks for nulls and copies the list.
     *
     * @param name the element as tests name it
     * @param kind what kind of element it is
     * @param status its status from these tests
     * @param fingerprint the element's fingerprint
     * @param tests the tests that name it
     */
    public ElementVerification {
        requireNonNull(name, "name");
        requireNonNull(kind, "kind");
        requireNonNull(status, "status");
        requireNonNull(fingerprint, "fingerprint");
        tests = copy(tests, "tests");
    }
}
