package io.specdriven.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void quote_escapes_bidi_controls_and_other_format_characters() {
        assertThat(Text.quote("\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee"))
                .isEqualTo("'\\u202Aa\\u202Bb\\u202Cc\\u202Dd\\u202Ee'");
        assertThat(Text.quote("\u2066a\u2067b\u2068c\u2069")).isEqualTo("'\\u2066a\\u2067b\\u2068c\\u2069'");
        assertThat(Text.quote("\u200E\u200F\u061C")).isEqualTo("'\\u200E\\u200F\\u061C'");
        assertThat(Text.quote("\uFEFFx\u200B\u00AD")).isEqualTo("'\\uFEFFx\\u200B\\u00AD'");
        assertThat(Text.quote("c1\u0085\u009B")).isEqualTo("'c1\\u0085\\u009B'");
        assertThat(Text.quote("\u2028\u2029")).isEqualTo("'\\u2028\\u2029'");
    }

    @Test
    void quote_escapes_an_astral_format_character_as_its_surrogate_pair() {
        assertThat(Text.quote("tag\uDB40\uDC01")).isEqualTo("'tag\\uDB40\\uDC01'");
    }

    @Test
    void quote_keeps_letters_of_any_script_emoji_and_combining_marks() {
        assertThat(Text.quote("שלום 😀 e\u0301 𝐀")).isEqualTo("'שלום 😀 e\u0301 𝐀'");
    }

    @Test
    void quote_escapes_quotes_backslashes_line_breaks_and_unpaired_surrogates() {
        assertThat(Text.quote("a'b\\c\nd\te\rf\uD800g\u0000")).isEqualTo("'a\\'b\\\\c\\nd\\te\\rf\\uD800g\\u0000'");
    }

    @Test
    void quote_and_name_cut_after_sixty_code_points_never_inside_a_pair() {
        String text = "n" + "\uD835\uDC00".repeat(100);
        String cut = "n" + "\uD835\uDC00".repeat(59) + "…";
        assertThat(Text.quote(text)).isEqualTo("'" + cut + "'");
        assertThat(Text.name(text)).isEqualTo(cut);
        assertThat(Text.name("x".repeat(60))).isEqualTo("x".repeat(60));
        assertThat(Text.name("a\nb\u0000\u202Ec")).isEqualTo("a\\nb\\u0000\\u202Ec");
    }

    @Test
    void one_line_leaves_safe_text_including_escapes_as_it_is() {
        String safe = "invalid id 'a\\u0000b': use letters, digits, '.', '_' or '-'";
        assertThat(Text.oneLine(safe)).isEqualTo(safe);
        assertThat(Text.oneLine("a\nb\u202E")).isEqualTo("a\\nb\\u202E");
    }
}
