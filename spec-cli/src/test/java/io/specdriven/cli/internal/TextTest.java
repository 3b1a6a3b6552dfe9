package io.specdriven.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void safe_text_is_returned_unchanged_in_every_script() {
        // given
        String text = "Größe 要件 مرحبا 🚀 e\u0301 👩\u200D💻 \"quoted\" \\ back";
        // then
        assertThat(io.specdriven.engine.TerminalText.safe(text)).isSameAs(text);
    }

    @Test
    void controls_bidi_overrides_and_lone_surrogates_are_escaped() {
        assertThat(io.specdriven.engine.TerminalText.safe("a\nb\tc\rd")).isEqualTo("a\\nb\\tc\\rd");
        assertThat(io.specdriven.engine.TerminalText.safe("\u001B[31mred\u0007\u007F\u0085")).isEqualTo("\\u001B[31mred\\u0007\\u007F\\u0085");
        assertThat(io.specdriven.engine.TerminalText.safe("abc\u202Efdp.exe\u2066")).isEqualTo("abc\\u202Efdp.exe\\u2066");
        assertThat(io.specdriven.engine.TerminalText.safe("x\uD800y\uDC00")).isEqualTo("x\\uD800y\\uDC00");
    }

    @Test
    void closest_suggests_only_likely_typos() {
        assertThat(Text.closest("chek", List.of("check", "help"))).isEqualTo("check");
        assertThat(Text.closest("hlep", List.of("check", "help"))).isEqualTo("help");
        assertThat(Text.closest("deploy", List.of("check", "help"))).isNull();
        assertThat(Text.closest("x", List.of("check", "help"))).isNull();
    }
}
