package io.specdriven.engine;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.SpecValidator;
import java.util.Optional;

/**
 * How to check: the profile, the lowest severity that fails the run, and optionally a validator built by
 * the caller (custom rules, per-rule severities), which then decides the rules instead of the profile.
 *
 * @param profile the rule profile; also named in reports
 * @param failOn the lowest severity that makes the exit code {@link ExitCode#FINDINGS}
 * @param validator the validator to use instead of {@code SpecValidator.of(profile)}, if any
 * @since 0.1
 */
public record CheckSettings(Profile profile, Severity failOn, Optional<SpecValidator> validator) {
    /**
     * Checks for nulls.
     *
     * @param profile the profile
     * @param failOn the fail-on severity
     * @param validator the validator, if any
     */
    public CheckSettings {
        requireNonNull(profile, "profile");
        requireNonNull(failOn, "failOn");
        requireNonNull(validator, "validator");
    }

    /**
     * Returns the defaults: the standard profile, failing on errors.
     *
     * @return the default settings
     */
    public static CheckSettings defaults() {
        return new CheckSettings(Profile.STANDARD, Severity.ERROR, Optional.empty());
    }

    /**
     * Returns settings of a profile that fail on a severity.
     *
     * @param profile the profile
     * @param failOn the fail-on severity
     * @return the settings
     */
    public static CheckSettings of(Profile profile, Severity failOn) {
        return new CheckSettings(profile, failOn, Optional.empty());
    }

    /**
     * Returns these settings with a validator of the caller's.
     *
     * @param validator the validator
     * @return the changed copy
     */
    public CheckSettings withValidator(SpecValidator validator) {
        return new CheckSettings(profile, failOn, Optional.of(requireNonNull(validator, "validator")));
    }

    /** The validator these settings check with; built on each call when none was given. */
    SpecValidator createValidator() {
        return validator.orElseGet(() -> SpecValidator.of(profile));
    }
}
