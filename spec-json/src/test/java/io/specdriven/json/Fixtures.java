package io.specdriven.json;

import io.specdriven.core.ActorKind;
import io.specdriven.core.AttributeType;
import io.specdriven.core.Cardinality;
import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.Id;
import io.specdriven.core.Priority;
import io.specdriven.core.QualityCategory;
import io.specdriven.core.Relationship;
import io.specdriven.core.RelationshipKind;
import io.specdriven.core.Requirement;
import io.specdriven.core.RequirementStatus;
import io.specdriven.core.Spec;
import io.specdriven.core.Step;
import java.math.BigDecimal;
import java.util.List;

/** Hand-built specs whose JSON is checked in as golden files. */
final class Fixtures {
    private Fixtures() {}

    /** The smallest document: only what a spec requires. */
    static Spec minimal() {
        return Spec.builder("minimal", "The smallest valid spec").build();
    }

    /** Every element and every field of the format at least once. */
    static Spec rich() {
        return Spec.builder("csv-export", "CSV export for the reporting dashboard")
                .version("1.2.0")
                .summary("Analysts export the report they are looking at as a CSV file, to open it in a spreadsheet.")
                .actor("ANALYST", a -> a.name("Analyst").description("Reads reports and exports them"))
                .actor("MAIL", a -> a.name("Mail gateway").kind(ActorKind.EXTERNAL_SYSTEM)
                        .waive("completeness.actor-unused", "kept for the scheduled-export follow-up"))
                .term("Report", "A table of rows produced by a saved query", "listing", "sheet")
                .term("Export", "A file made from a report")
                .requirement("REQ-EXPORT", r -> r
                        .title("Export the visible report as CSV")
                        .statement("When the analyst clicks Export, the system shall download the report as CSV.")
                        .priority(Priority.MUST)
                        .status(RequirementStatus.APPROVED)
                        .rationale("Analysts rework numbers in spreadsheets")
                        .source("Interview with the finance team, 2026-03")
                        .story("an analyst", "to export the report", "I can rework it in a spreadsheet")
                        .tag("export", "csv")
                        .criterion("AC-EXPORT-1", c -> c
                                .given("a report with 3 rows")
                                .when("the analyst clicks Export")
                                .then("a file \"report.csv\" with a header and 3 rows is downloaded"))
                        .edgeCase("AC-EMPTY", EdgeCaseKind.EMPTY_DATA, c -> c
                                .given("a report with no rows")
                                .when("the analyst clicks Export")
                                .then("a file with only the header row is downloaded"))
                        .edgeCase("AC-CHARS", EdgeCaseKind.SPECIAL_CHARACTERS, c -> c
                                .statement("Cells holding , \" \\ or a line break are quoted per RFC 4180; "
                                        + "Ünïcödé, emoji 📊 and right-to-left text (שלום) survive unchanged.")
                                .waive("style.statement-length", "the list of characters is the point"))
                        .failure("AC-TOO-BIG", c -> c
                                .given("a report with more than 1,000,000 rows")
                                .when("the analyst clicks Export")
                                .then("the message \"Too many rows to export; narrow the filter\" is shown")))
                .requirement("REQ-FAST", r -> r
                        .title("Exports are quick")
                        .statement("An export of 100,000 rows shall complete within 5 seconds.")
                        .quality(QualityCategory.PERFORMANCE)
                        .priority(Priority.SHOULD)
                        .dependsOn("REQ-EXPORT")
                        .criterion("AC-FAST-1", c -> c.statement("95th percentile under 5 s on the reference data set")))
                .requirement("REQ-OLD", r -> r
                        .title("Export as XLS")
                        .statement("The system shall export reports as XLS.")
                        .supersededBy("REQ-EXPORT")
                        .priority(Priority.WONT)
                        .waive("completeness.no-criteria", "superseded"))
                .useCase("UC-EXPORT", u -> u
                        .title("Export a report")
                        .goal("The analyst has the report as a CSV file")
                        .primaryActor("ANALYST")
                        .secondaryActor("MAIL")
                        .trigger("The analyst clicks Export")
                        .precondition("The analyst is signed in")
                        .precondition("A report is open")
                        .step("ANALYST", "clicks Export")
                        .step(Step.of(2, "SYSTEM", "writes the rows as CSV"))
                        .step("SYSTEM", "starts the download")
                        .alternative("A1", "The report is empty", 2, f -> f
                                .step("SYSTEM", "writes only the header row")
                                .rejoinsAt(3))
                        .exception("E1", "The report is too big", 2, f -> f
                                .step("SYSTEM", "shows \"Too many rows to export\"")
                                .ends())
                        .successPostcondition("The file is in the analyst's downloads")
                        .failurePostcondition("No file is written")
                        .businessRule("BR-1", "Dates are written as ISO 8601")
                        .realizes("REQ-EXPORT", "REQ-FAST")
                        .uses("Report")
                        .include("UC-SIGN-IN")
                        .extend("UC-VIEW")
                        .waive("completeness.use-case-size", "small on purpose"))
                .entity("Report", e -> e
                        .description("A saved query and its rows")
                        .attribute("id", AttributeType.IDENTIFIER, a -> a.identifier())
                        .attribute("name", AttributeType.STRING, a -> a.required().minLength(1).maxLength(120)
                                .pattern("[^/]+").description("Shown as the file name"))
                        .attribute("rows", AttributeType.INTEGER, a -> a.min(0).max(1_000_000))
                        .attribute("threshold", AttributeType.DECIMAL, a -> a.min(new BigDecimal("-0.50"))
                                .max(new BigDecimal("1E+3")))
                        .attribute("format", AttributeType.ENUM, a -> a.values("CSV", "TSV").unique())
                        .relationship("owner", "User", Cardinality.ONE)
                        .relationship(Relationship.of("columns", "Column", RelationshipKind.COMPOSITION,
                                Cardinality.ONE_OR_MORE).withDescription("In display order"))
                        .relationship(new Relationship("tags", io.specdriven.core.Id.of("Tag"),
                                RelationshipKind.AGGREGATION, java.util.Optional.empty(), java.util.Optional.empty(),
                                java.util.Optional.empty()))
                        .invariant("rows >= 0")
                        .waive("completeness.entity-unused", "used by the dashboard spec"))
                .entity(io.specdriven.core.Entity.of("Column"))
                .assumption("Reports fit in memory")
                .outOfScope("Scheduled exports")
                .openQuestion("Should exports be audited?")
                .waive("completeness.glossary", "terms are covered by the dashboard spec")
                .build();
    }

    /**
     * A small shop, for the traceability and diff documents: two traced requirements, one requirement
     * with neither criteria nor use case, a use case that realizes nothing and an unused entity.
     */
    static Spec shop() {
        return Spec.builder("shop", "Web shop checkout")
                .version("1.0.0")
                .actor("CUSTOMER", a -> a.name("Customer"))
                .actor("CLERK", a -> a.name("Shop clerk"))
                .requirement("REQ-CART", r -> r
                        .title("Add products to the cart")
                        .statement("The customer shall be able to add a product to the cart.")
                        .priority(Priority.MUST)
                        .criterion("AC-ADD", c -> c.given("a product page").when("the customer clicks Add")
                                .then("the cart shows 1 item"))
                        .edgeCase("AC-STOCK", EdgeCaseKind.EMPTY_DATA, c -> c.given("a product out of stock")
                                .then("Add is disabled")))
                .requirement("REQ-PAY", r -> r
                        .title("Pay by card")
                        .statement("The customer shall pay the cart by card.")
                        .priority(Priority.MUST)
                        .dependsOn("REQ-CART")
                        .criterion("AC-CARD", c -> c.given("a cart with 2 items").when("the customer pays by card")
                                .then("an order is placed")))
                .requirement("REQ-AUDIT", r -> r
                        .title("Log every payment")
                        .statement("The system shall log every payment."))
                .useCase("UC-SHOP", u -> u.title("Fill the cart").primaryActor("CUSTOMER")
                        .step("CUSTOMER", "adds a product").realizes("REQ-CART").uses("Product", "Cart"))
                .useCase("UC-PAY", u -> u.title("Check out").primaryActor("CUSTOMER")
                        .step("CUSTOMER", "pays").realizes("REQ-PAY").uses("Cart", "Order"))
                .useCase("UC-STOCK", u -> u.title("Restock").primaryActor("CLERK")
                        .step("CLERK", "updates the stock").uses("Product"))
                .entity("Product", e -> e.attribute("name", AttributeType.STRING))
                .entity("Cart", e -> e.relationship("items", "Product", Cardinality.ZERO_OR_MORE))
                .entity("Order", e -> e.attribute("total", AttributeType.DECIMAL))
                .entity("Invoice", e -> e.attribute("number", AttributeType.STRING))
                .build();
    }

    /**
     * The next version of {@link #shop()}: a changed statement holding characters JSON must escape, a new
     * and a moved criterion, a renamed requirement, a removed entity and a new version number.
     */
    static Spec shopV2() {
        Spec v1 = shop();
        Requirement cart = v1.requirement(Id.of("REQ-CART")).orElseThrow();
        Requirement pay = v1.requirement(Id.of("REQ-PAY")).orElseThrow();
        Requirement audit = v1.requirement(Id.of("REQ-AUDIT")).orElseThrow();
        return v1.toBuilder()
                .version("1.1.0")
                .requirements(List.of(
                        cart.toBuilder().criteria(List.of(cart.criteria().get(1), cart.criteria().get(0))).build(),
                        pay.toBuilder()
                                .statement("The customer shall pay by card with \"3-D Secure\";\n"
                                        + "see C:\\docs\\pay.md\tand the € rules 💳.")
                                .failure("AC-DECLINED", c -> c.given("a declined card").then("the cart is kept"))
                                .build(),
                        new Requirement(Id.of("REQ-LOG"), audit.title(), audit.statement(), audit.kind(),
                                audit.qualityCategory(), audit.priority(), audit.status(), audit.supersededBy(),
                                audit.rationale(), audit.source(), audit.story(), audit.dependsOn(), audit.tags(),
                                audit.criteria(), audit.waivers())))
                .entities(v1.entities().subList(0, 3))
                .build();
    }
}
