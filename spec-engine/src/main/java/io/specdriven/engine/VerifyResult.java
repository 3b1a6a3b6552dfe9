package io.specdriven.engine;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.verify.Verification;
import io.specdriven.core.verify.VerificationStatus;

/**
 * The result of {@link SpecEngine#verify}: the library's {@link Verification}, as computed (not a copy),
 * with what the adapters print around it.
 *
 * @param specName the spec's name as given
 * @param verification the verification
 * @param failOn the threshold it was judged at
 * @param specErrors how many errors {@code spec check} finds in the spec (standard profile): a spec with
 *     errors is verified all the same, and the output says so
 * @param resultsRead how many test results the results files held, reruns included
 * @since 0.1
 */
public record VerifyResult(String specName, Verification verification, VerificationStatus failOn, int specErrors,
        int resultsRead) implements Result {
    /**
     * Checks for nulls and counts.
     *
     * @param specName the spec's name
     * @param verification the verification
     * @param failOn the threshold
     * @param specErrors the spec's error count
     * @param resultsRead the results read
     * @throws IllegalArgumentException for a negative count
     */
    public VerifyResult {
        requireNonNull(specName, "specName");
        requireNonNull(verification, "verification");
        requireNonNull(failOn, "failOn");
        if (specErrors < 0 || resultsRead < 0) throw new IllegalArgumentException("counts must not be negative");
    }

    /**
     * Tells whether the tests accept the spec at the threshold.
     *
     * @return {@code verification().isAccepted(failOn())}
     */
    public boolean isAccepted() {
        return verification.isAccepted(failOn);
    }

    /**
     * Returns {@link ExitCode#OK} when the tests accept the spec, {@link ExitCode#FINDINGS} when not.
     *
     * @return 0 or 1
     */
    @Override
    public int exitCode() {
        return isAccepted() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
