package io.specdriven.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.InvalidPathException;
import org.junit.jupiter.api.Test;

/** How the tool explains a file name the JVM could not turn into a path (found in review of issue 5). */
class FileNamesTest {
    private static final InvalidPathException MALFORMED = new InvalidPathException("x",
            "Malformed input or input contains unmappable characters");

    @Test
    void a_non_ascii_name_in_an_ascii_locale_names_the_locale_and_the_fix() {
        // given: how the JVM decodes "Übersicht" when LANG and LC_ALL are unset
        String name = "my dir/\uFFFD\uFFFDbersicht.spec.json";
        // when
        String message = FileNames.invalid(name, MALFORMED, "ANSI_X3.4-1968");
        // then
        assertThat(message).isEqualTo("cannot open a non-ASCII file name in this locale "
                + "(file names are read as ANSI_X3.4-1968); run with LC_ALL=C.UTF-8");
    }

    @Test
    void in_a_utf_8_locale_or_for_an_ascii_name_the_reason_is_java_s() {
        assertThat(FileNames.invalid("Übersicht", MALFORMED, "UTF-8")).isEqualTo(
                "not a valid path: Malformed input or input contains unmappable characters");
        assertThat(FileNames.invalid("a\u0000b", new InvalidPathException("a\u0000b", "Nul character not allowed"),
                "ANSI_X3.4-1968")).isEqualTo("not a valid path: Nul character not allowed");
    }

    @Test
    void a_missing_non_ascii_name_in_a_latin_1_locale_hints_at_the_locale() {
        assertThat(FileNames.missingHint("pässwörd.spec.json", "ISO-8859-1"))
                .isEqualTo(" (file names are read as ISO-8859-1; if the name is right, run with LC_ALL=C.UTF-8)");
        assertThat(FileNames.missingHint("pässwörd.spec.json", "UTF-8")).isEmpty();
        assertThat(FileNames.missingHint("missing.json", "ISO-8859-1")).isEmpty();
    }
}
