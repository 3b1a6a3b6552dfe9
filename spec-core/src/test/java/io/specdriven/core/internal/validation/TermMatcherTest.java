package io.specdriven.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermMatcherTest {
    static TermMatcher<String> matcher(String... terms) {
        TermMatcher<String> m = new TermMatcher<>();
        for (String t : terms) m.add(Text.termTokens(t), t);
        return m;
    }

    static List<String> found(TermMatcher<String> m, String text) {
        Text tokens = Text.of(text);
        return m.find(tokens).stream().map(x -> x.value() + "=" + tokens.original(x.from(), x.to())).toList();
    }

    @Test
    void the_longest_term_wins_at_each_position_and_matches_do_not_overlap() {
        TermMatcher<String> m = matcher("as", "as soon as possible", "soon", "possible", "order", "order line");

        assertThat(found(m, "As soon as possible, the Order-Line and the order; as soon as we can."))
                .containsExactly("as soon as possible=As soon as possible", "order line=Order-Line",
                        "order=order", "as=as", "soon=soon", "as=as");
    }

    @Test
    void of_terms_with_the_same_tokens_the_first_added_wins() {
        TermMatcher<String> m = new TermMatcher<String>().add(List.of("report", "row"), "ReportRow")
                .add(List.of("report", "row"), "Report_Row");

        assertThat(m.find(Text.of("a report row"))).extracting(TermMatcher.Match::value, TermMatcher.Match::from,
                TermMatcher.Match::to).containsExactly(tuple("ReportRow", 1, 3));
    }

    @Test
    void number_tokens_match_any_number_and_literal_tokens_still_match() {
        TermMatcher<String> m = matcher("HTTP <number>", "HTTP 404 page", "<number> ms");

        assertThat(found(m, "HTTP 500, HTTP 404 page, http two, within 200 ms"))
                .containsExactly("HTTP <number>=HTTP 500", "HTTP 404 page=HTTP 404 page", "<number> ms=200 ms");
        assertThat(new TermMatcher<String>().isEmpty()).isTrue();
        assertThat(new TermMatcher<String>().add(List.of(), "x").find(Text.of("x"))).isEmpty();
    }

    @Test
    void an_exact_case_term_matches_only_in_its_case_and_a_number_in_it_matches_any_number() {
        TermMatcher<String> m = new TermMatcher<String>()
                .addExactCase(Text.exactTermTokens("REST"), "REST")
                .addExactCase(Text.exactTermTokens("Acme <number>"), "Acme n")
                .add(Text.termTokens("rest api"), "rest api");

        assertThat(found(m, "REST, rest, Rest, ＲＥＳＴ, REST api, Acme 7, ACME 7")).containsExactly("REST=REST",
                "REST=ＲＥＳＴ", "rest api=REST api", "Acme n=Acme 7");
    }

    @Test
    void after_a_term_that_matches_in_any_case_an_exact_case_term_with_its_tokens_is_ignored() {
        TermMatcher<String> exactFirst = new TermMatcher<String>().addExactCase(List.of("REST"), "exact")
                .add(List.of("rest"), "any");
        TermMatcher<String> anyFirst = new TermMatcher<String>().add(List.of("rest"), "any")
                .addExactCase(List.of("REST"), "exact");

        assertThat(found(exactFirst, "REST rest")).containsExactly("exact=REST", "any=rest");
        assertThat(found(anyFirst, "REST rest")).containsExactly("any=REST", "any=rest");
    }

    @Test
    void many_terms_sharing_a_first_word_are_matched_without_scanning_them_all() {
        // given: 20,000 terms starting with "order", and a text that says "order" 20,000 times
        TermMatcher<Integer> m = new TermMatcher<>();
        for (int i = 0; i < 20_000; i++) m.add(List.of("order", "line" + i), i);
        Text text = Text.of("the order line7 and the order ".repeat(10_000));

        // when / then: the right term among 20,000 that share a word. How long it takes is judged by
        // ValidationBenchmark's many-entities case, not here (a timed test flakes on a busy machine).
        assertThat(m.find(text)).hasSize(10_000).allMatch(x -> x.value() == 7);
    }
}
