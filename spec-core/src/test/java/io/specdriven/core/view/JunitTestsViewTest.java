package io.specdriven.core.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.Spec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SpecViews#junitTests}: the test class skeletons {@code spec render --to junit} writes. */
class JunitTestsViewTest {

    @Test
    void a_requirement_becomes_a_class_with_one_failing_verifies_test_per_criterion_and_its_steps_as_comments() {
        // given
        Spec spec = Spec.builder("orders", "Orders").version("2.1").requirement("REQ-EXPORT", r -> r.title("Export")
                .statement("The system shall export the report.")
                .criterion("AC-EXPORT-1", c -> c.given("a report with 3 rows").when("the user exports it")
                        .then("the file has 4 lines"))
                .criterion("AC-EMPTY", c -> c.edgeCase(EdgeCaseKind.EMPTY_DATA).given("an empty report")
                        .when("the user exports it").then("the message 'Nothing to export' is shown"))).build();
        // when
        List<TestClassFile> files = SpecViews.junitTests(spec, "com.acme.orders");
        // then
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.className()).isEqualTo("ReqExportTest");
            assertThat(f.relativePath()).isEqualTo("com/acme/orders/ReqExportTest.java");
            assertThat(f.requirement().value()).isEqualTo("REQ-EXPORT");
            assertThat(f.content()).isEqualTo("""
                    package com.acme.orders;

                    import static org.junit.jupiter.api.Assertions.fail;

                    import io.specdriven.junit.Verifies;
                    import org.junit.jupiter.api.Test;

                    // REQ-EXPORT — Export
                    // The system shall export the report.
                    // Written by `spec render --to junit` from the spec orders version 2.1; the tool never overwrites this file.
                    class ReqExportTest {

                        @Test
                        @Verifies("AC-EXPORT-1")
                        void ac_export_1() {
                            // Success criterion
                            // Given a report with 3 rows
                            // When the user exports it
                            // Then the file has 4 lines
                            fail("not implemented: AC-EXPORT-1");
                        }

                        @Test
                        @Verifies("AC-EMPTY")
                        void ac_empty() {
                            // Edge case: empty data
                            // Given an empty report
                            // When the user exports it
                            // Then the message 'Nothing to export' is shown
                            fail("not implemented: AC-EMPTY");
                        }
                    }
                    """);
        });
    }

    @Test
    void a_requirement_without_criteria_gets_one_test_that_verifies_it_as_a_whole() {
        // given
        Spec spec = Spec.builder("s", "S").requirement("REQ-1", r -> r.title("t").statement("The system shall do it.")).build();
        // when
        String content = SpecViews.junitTests(spec, "p").get(0).content();
        // then
        assertThat(content).contains("    @Verifies(\"REQ-1\")\n    void req_1() {\n",
                "        fail(\"not implemented: REQ-1\");\n");
    }

    @Test
    void spec_text_stays_in_its_comment_even_with_a_unicode_escape_a_line_break_or_a_control_character() {
        // given texts that would end a line comment: a real line break, and a backslash-u escape that javac
        // translates before it reads comments
        Spec spec = Spec.builder("s", "S").requirement("REQ-1", r -> r.title("t").statement("first\nsecond")
                .criterion("AC-1", c -> c.given("a \\u000a fail(\"injected\"); //").when("x\u001b[2J").then("done */ ok"))).build();
        // when
        String content = SpecViews.junitTests(spec, "p").get(0).content();
        // then every line of text is a comment, the escape's backslash doubled, the control character shown as text
        assertThat(content).contains("// first\n// second\n",
                "        // Given a \\\\u000a fail(\"injected\"); //\n",
                "        // When x\\\\u001b[2J\n",
                "        // Then done */ ok\n");
        assertThat(content.lines().filter(l -> l.contains("fail(")))
                .containsExactly("        // Given a \\\\u000a fail(\"injected\"); //", "        fail(\"not implemented: AC-1\");");
    }

    @Test
    void class_and_method_names_are_java_identifiers_and_unique_ignoring_case() {
        // given ids that clash once reduced to identifier characters or once letter case is ignored, and ids
        // that start with a digit
        Spec spec = Spec.builder("s", "S")
                .requirement("REQ-1", r -> r.title("a").statement("s")
                        .criterion("AC-1", c -> c.then("x")).criterion("AC.1", c -> c.then("y")).criterion("1", c -> c.then("z")))
                .requirement("REQ.1", r -> r.title("b").statement("s"))
                .requirement("req-1", r -> r.title("c").statement("s"))
                .requirement("1.1", r -> r.title("d").statement("s"))
                .requirement("Größe", r -> r.title("e").statement("s")).build();
        // when
        List<TestClassFile> files = SpecViews.junitTests(spec, "p");
        // then
        assertThat(files).extracting(TestClassFile::className)
                .containsExactly("Req1Test", "Req12Test", "Req13Test", "Requirement11Test", "GrößeTest");
        assertThat(files.get(0).content()).contains("void ac_1() {", "void ac_1_2() {", "void verifies_1() {");
    }

    @Test
    void a_package_name_that_java_refuses_is_refused() {
        Spec spec = Spec.builder("s", "S").build();
        assertThatThrownBy(() -> SpecViews.junitTests(spec, "")).hasMessage("a package name must not be empty");
        assertThatThrownBy(() -> SpecViews.junitTests(spec, "com..acme")).hasMessage("'com..acme' has an empty part");
        assertThatThrownBy(() -> SpecViews.junitTests(spec, "com.new")).hasMessage("'com.new' has the Java keyword 'new' as a part");
        assertThatThrownBy(() -> SpecViews.junitTests(spec, "com.1acme"))
                .hasMessage("'com.1acme' is not a Java package name ('1acme' is not an identifier)");
        assertThat(SpecViews.junitTests(spec, "com.acme.größe")).isEmpty();
    }
}
