package io.specdriven.junit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A class whose set-up fails: its tests never start, and must not count as passed or untested. */
public class BrokenSetupCases {
    @BeforeAll
    static void connect() {
        throw new IllegalStateException("database is down");
    }

    @Test
    @Verifies("AC-DB")
    void reads() {}
}
