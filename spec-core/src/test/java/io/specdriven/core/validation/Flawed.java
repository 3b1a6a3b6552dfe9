package io.specdriven.core.validation;

import io.specdriven.core.AttributeType;
import io.specdriven.core.Cardinality;
import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.QualityCategory;
import io.specdriven.core.Spec;
import io.specdriven.core.Step;

/** A spec with a bit of everything wrong, for tests that need many findings of many rules. */
final class Flawed {
    private Flawed() {}

    static Spec spec() {
        return Spec.builder("flawed", "A spec with problems")
                .actor("USER", a -> a.name("User"))
                .actor("user", a -> a.name("Another user"))
                .term("Customer", "Someone who buys", "client")
                .requirement("REQ-1", r -> r.title("Export").statement("The export is fast and user-friendly, TBD.")
                        .edgeCase("AC-1", EdgeCaseKind.EMPTY_DATA, c -> c.when("the client exports")
                                .statement("nothing happens")))
                .requirement("REQ-2", r -> r.title("Speed").quality(QualityCategory.PERFORMANCE)
                        .statement("The system shall respond quickly via the REST endpoint.")
                        .criterion("AC-2", c -> c.statement("it is quick"))
                        .failure("AC-3", c -> c.then("the request fails")))
                .requirement("REQ-3", r -> r.title("Old").statement("The system shall print.").supersededBy("REQ-1"))
                .requirement("REQ-4", r -> r.title("Many").statement("The system shall list orders.")
                        .criterion("AC-4", c -> c.then("a"))
                        .criterion("AC-5", c -> c.then("b"))
                        .criterion("AC-6", c -> c.then("c"))
                        .criterion("AC-7", c -> c.then("d"))
                        .criterion("AC-8", c -> c.then("e"))
                        .criterion("AC-9", c -> c.then("f")))
                .useCase("UC-1", u -> u.title("Export").realizes("REQ-3").uses("Report", "Order")
                        .step("USER", "exports the invoices of the client")
                        .step(Step.of(3, "SYSTEM", "writes some rows"))
                        .alternative("A1", "Nothing to export", 1, f -> f.step("SYSTEM", "shows a message")))
                .useCase("UC-2", u -> u.title("Browse").step("USER", "browses"))
                .entity("Report", e -> e.attribute("status", AttributeType.ENUM)
                        .relationship("rows", "Report", Cardinality.ONE_OR_MORE))
                .entity("Order", e -> e.description("an order"))
                .entity("Invoice", e -> e.attribute("number", AttributeType.IDENTIFIER, a -> a.identifier()))
                .waive("lang.placeholder", "the team knows")
                .build();
    }
}
