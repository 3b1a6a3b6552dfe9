package io.specdriven.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real test cases the listener tests run through a launcher; not run by Surefire (the name says Cases). */
@Verifies("REQ-EXPORT")
public class CsvExportCases {
    @Test
    @Verifies("AC-EXPORT-1")
    void exports_header_and_rows() {
        assertEquals("id,name", "id," + "name");
    }

    @Test
    @Verifies({"AC-EMPTY", "REQ-EXPORT"})
    void empty_report_shows_message() {
        assertEquals("Nothing to export", "");
    }

    @Test
    @Verifies("AC-TIMEOUT")
    @Disabled("not built yet")
    void times_out() {}

    @Test
    @Verifies("AC-DISK")
    void aborts_without_a_disk() {
        assumeTrue(false, "no disk here");
    }

    @Test
    @Verifies("AC-A")
    @Verifies("AC-B")
    void repeated_annotation() {}

    @Test
    void names_nothing_itself() {}

    @ParameterizedTest
    @ValueSource(strings = {"plain", "with,comma"})
    @Verifies("AC-ESCAPE")
    void escapes(String value) {
        assertEquals(false, value.contains(","), "a comma must be quoted");
    }

    @TestFactory
    @Verifies("AC-DYNAMIC")
    Stream<DynamicTest> dynamic() {
        return Stream.of(DynamicTest.dynamicTest("first", () -> {}));
    }

    @Test
    @Verifies("AC-LONG")
    void fails_with_a_long_message() {
        throw new AssertionError("x".repeat(10_000));
    }

    @Nested
    @Verifies("AC-NESTED")
    class WhenEmpty {
        @Test
        @Verifies("AC-EMPTY")
        void inner() {}
    }
}
