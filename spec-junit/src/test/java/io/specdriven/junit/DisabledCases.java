package io.specdriven.junit;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** A disabled class: its tests are skipped, not passed. */
@Disabled("waiting for the new exporter")
@Verifies("AC-LATER")
public class DisabledCases {
    @Test
    void one() {}

    @Test
    @Verifies("AC-OTHER")
    void two() {}
}
