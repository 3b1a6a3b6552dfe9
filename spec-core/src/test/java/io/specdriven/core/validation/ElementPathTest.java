package io.specdriven.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ElementPathTest {

    @Test
    void names_elements_by_key() {
        ElementPath path = ElementPath.root().element("requirements", "REQ-7").element("criteria", "AC-2").field("then");

        assertThat(path).hasToString("requirements[REQ-7].criteria[AC-2].then");
        assertThat(path.parent()).hasToString("requirements[REQ-7].criteria[AC-2]");
        assertThat(path.startsWith(ElementPath.root().element("requirements", "REQ-7"))).isTrue();
        assertThat(path.startsWith(ElementPath.root().element("requirements", "REQ-8"))).isFalse();
        assertThat(ElementPath.root().isRoot()).isTrue();
        assertThat(ElementPath.root()).hasToString("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "title", "requirements[REQ-7].criteria[AC-2].then", "entities[Order].attributes[a\\]b]",
            "glossary[back\\\\slash]", "requirements[1.2].title"})
    void parses_what_it_prints(String text) {
        assertThat(ElementPath.parse(text)).hasToString(text);
    }

    @Test
    void keeps_brackets_inside_keys() {
        ElementPath path = ElementPath.root().element("entities", "Order").element("attributes", "a]b");

        assertThat(ElementPath.parse(path.toString())).isEqualTo(path);
        assertThat(path.segments().get(1).key()).contains("a]b");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "a.", "a..b", "a[b", "a]", "[x]", "a[x]b"})
    void refuses_malformed_text(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> ElementPath.parse(text))
                .withMessageStartingWith("invalid element path '" + text + "'");
    }

    @Test
    void sorts_in_natural_order_parents_first() {
        List<ElementPath> paths = new ArrayList<>();
        for (String s : List.of("requirements[REQ-10]", "requirements[REQ-2].title", "requirements[REQ-2]", "actors[A]",
                "")) {
            paths.add(ElementPath.parse(s));
        }
        Collections.sort(paths);

        assertThat(paths).extracting(ElementPath::toString).containsExactly(
                "", "actors[A]", "requirements[REQ-2]", "requirements[REQ-2].title", "requirements[REQ-10]");
    }
}
