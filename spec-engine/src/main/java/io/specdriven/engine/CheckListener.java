package io.specdriven.engine;

import java.time.Duration;

/**
 * Hears how a check run goes, for an adapter that shows progress or timings (the CLI's {@code --verbose},
 * a Maven log). Called on the thread that called {@link SpecEngine#check}; every method does nothing by
 * default.
 *
 * @since 0.1
 */
public interface CheckListener {
    /** A listener that hears nothing. */
    CheckListener NONE = new CheckListener() {};

    /**
     * A source was read.
     *
     * @param name its name
     * @param took how long reading took
     */
    default void read(String name, Duration took) {}

    /**
     * The validator is ready; called once per run, before the first source is checked.
     *
     * @param settings the settings it was made for
     * @param sinceStart how long after the run began
     */
    default void validatorReady(CheckSettings settings, Duration sinceStart) {}

    /**
     * A source was checked.
     *
     * @param name its name
     * @param took how long checking took
     */
    default void checked(String name, Duration took) {}
}
