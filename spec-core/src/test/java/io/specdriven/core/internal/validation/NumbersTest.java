package io.specdriven.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {
    /**
     * The regular expression the quote search used before issue 14: correct, but it rescanned the rest of
     * the text from every opening quote, so an unterminated run of openers took quadratic time. Kept here
     * as the oracle the linear scanner must agree with, on texts short enough for it.
     */
    private static final Pattern ORACLE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])'[^']+'(?![\\p{L}\\p{N}])|\"[^\"]+\"|“[^”]+”|‘[^’]+’|«[^»]+»|„[^“”]+[“”]|「[^」]+」");

    @ParameterizedTest
    @ValueSource(strings = {"“", "„", "‘", "«", "「", "'", "\"", "a'"})
    void a_long_run_of_unterminated_openers_is_searched_in_linear_time_issue_14(String opener) {
        // given: 100,000 openers and no closer (100,000 × “ took 21 s to check before the fix)
        String text = opener.repeat(200_000 / opener.length());

        // when / then: a guard, not a speed target (the benchmark prints figures); linear work is milliseconds
        boolean found = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Numbers.hasQuote(text));
        assertThat(found).isFalse();
    }

    @Test
    void openers_followed_by_one_closer_far_away_are_found_in_linear_time_issue_14() {
        String text = "“".repeat(100_000) + "x”" + "„".repeat(100_000);

        boolean found = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Numbers.hasQuote(text));

        assertThat(found).isTrue();
    }

    @Test
    void finds_each_kind_of_quoted_value() {
        assertThat(Numbers.hasQuote("shows 'Nothing to export'")).isTrue();
        assertThat(Numbers.hasQuote("shows \"Nothing\"")).isTrue();
        assertThat(Numbers.hasQuote("zeigt „Nichts“")).isTrue();
        assertThat(Numbers.hasQuote("zeigt „Nichts”")).isTrue();
        assertThat(Numbers.hasQuote("affiche « Rien »")).isTrue();
        assertThat(Numbers.hasQuote("shows “None”")).isTrue();
        assertThat(Numbers.hasQuote("shows ‘None’")).isTrue();
        assertThat(Numbers.hasQuote("「なし」を表示")).isTrue();
    }

    @Test
    void apostrophes_inside_words_and_empty_quotes_are_no_quoted_value() {
        assertThat(Numbers.hasQuote("the user's file isn't shown")).isFalse();
        assertThat(Numbers.hasQuote("shows '' and \"\" and “” and «»")).isFalse();
        assertThat(Numbers.hasQuote("'quoted'word")).isFalse();
        assertThat(Numbers.hasQuote("x'quoted' word")).isFalse();
    }

    @Test
    void a_letter_outside_the_basic_plane_makes_an_apostrophe_part_of_a_word() {
        // the old regular expression's look-behind saw only the low surrogate of 𝐀 and took this as a quote
        assertThat(Numbers.hasQuote("𝐀' '𝄞")).isFalse();
        assertThat(Numbers.hasQuote("x 'y'𝐀")).isFalse();
    }

    @Test
    void agrees_with_the_regular_expression_it_replaces_on_random_texts() {
        // given: short texts over an alphabet dense in openers, closers and the letters around apostrophes
        String[] alphabet = {"'", "\"", "“", "”", "‘", "’", "«", "»", "„", "「", "」", "a", "1", " ", "é", "𝄞", "Ⅻ", "\u0301"};
        Random random = new Random(14);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) text.append(alphabet[random.nextInt(alphabet.length)]);

            // when / then
            String t = text.toString();
            assertThat(Numbers.hasQuote(t)).as("text <%s>", t).isEqualTo(ORACLE.matcher(t).find());
        }
    }
}
