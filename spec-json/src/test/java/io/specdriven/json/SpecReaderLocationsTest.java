package io.specdriven.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.core.Spec;
import io.specdriven.core.source.LocatedSpec;
import io.specdriven.core.source.SourceLocation;
import io.specdriven.core.validation.ElementPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The JSON reader records where each element starts, so a finding names the file and line (issue 15: "file
 * and line where known"; SARIF and GitHub annotations need the line).
 */
class SpecReaderLocationsTest {
    private static final String DOCUMENT = """
            {
              "specFormat": 1,
              "id": "orders",
              "title": "Orders",
              "actors": [
                { "id": "CLERK", "name": "Clerk" }
              ],
              "requirements": [
                {
                  "id": "REQ-1", "title": "Place", "statement": "The clerk shall place an order.",
                  "criteria": [
                    { "id": "AC-1", "when": "the clerk places an order", "then": "it is listed" },
                    { "id": "AC-2", "when": "the order is empty", "then": "it is refused" }
                  ]
                },
                { "id": "REQ-1", "title": "Again", "statement": "The same id, later." }
              ],
              "useCases": [ { "id": "UC-1", "title": "Place an order", "realizes": ["REQ-1"] } ],
              "entities": [
                { "name": "OrderLine" }
              ]
            }
            """;

    @Test
    void every_element_and_criterion_is_located_at_its_opening_brace_in_the_named_file() {
        // when
        LocatedSpec read = new SpecReader().readLocated(
                new ByteArrayInputStream(DOCUMENT.getBytes(StandardCharsets.UTF_8)), "specs/orders.spec.json");
        Spec spec = read.spec();
        // then
        assertThat(read.locations().get(ElementPath.of(spec.actors().get(0))))
                .contains(SourceLocation.of("specs/orders.spec.json", 6, 5, "/actors/0"));
        assertThat(read.locations().get(ElementPath.of(spec.requirements().get(0))))
                .contains(SourceLocation.of("specs/orders.spec.json", 9, 5, "/requirements/0"));
        assertThat(read.locations().get(ElementPath.of(spec.requirements().get(0), spec.requirements().get(0).criteria().get(1))))
                .contains(SourceLocation.of("specs/orders.spec.json", 13, 9, "/requirements/0/criteria/1"));
        assertThat(read.locations().get(ElementPath.of(spec.useCases().get(0))))
                .contains(SourceLocation.of("specs/orders.spec.json", 18, 17, "/useCases/0"));
        assertThat(read.locations().get(ElementPath.of(spec.entities().get(0))))
                .contains(SourceLocation.of("specs/orders.spec.json", 20, 5, "/entities/0"));
        // a field below an element is found at its element; the document itself has no line
        assertThat(read.locations().locate(ElementPath.of(spec.requirements().get(0)).field("statement")).line()).isEqualTo(9);
        assertThat(read.locations().locate(ElementPath.root())).isEqualTo(SourceLocation.file("specs/orders.spec.json"));
    }

    @Test
    void a_repeated_id_keeps_the_place_of_its_first_element() {
        LocatedSpec read = new SpecReader().readLocated(
                new ByteArrayInputStream(DOCUMENT.getBytes(StandardCharsets.UTF_8)), "orders.spec.json");
        assertThat(read.locations().get(ElementPath.of(read.spec().requirements().get(1))).orElseThrow().line()).isEqualTo(9);
        assertThat(read.locations().size()).isEqualTo(6);
    }
}
