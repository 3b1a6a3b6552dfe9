package io.specdriven.examples.internal;

import java.util.Locale;

/** A finding's severity as the tool shows it; ordered from most to least severe. */
public enum Level {
    /** Must be fixed. */
    ERROR,
    /** Should be fixed. */
    WARNING,
    /** For information. */
    INFO;

    /** Tells whether this level is at or above {@code threshold}. */
    boolean atLeast(Level threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** The lower-case name, as typed on the command line and shown in reports. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
