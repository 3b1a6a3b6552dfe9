package io.specdriven.examples;

import static io.specdriven.core.AttributeType.BOOLEAN;
import static io.specdriven.core.AttributeType.DATE;
import static io.specdriven.core.AttributeType.DATETIME;
import static io.specdriven.core.AttributeType.ENUM;
import static io.specdriven.core.AttributeType.IDENTIFIER;
import static io.specdriven.core.AttributeType.INTEGER;
import static io.specdriven.core.AttributeType.MONEY;
import static io.specdriven.core.AttributeType.STRING;
import static io.specdriven.core.AttributeType.TEXT;

import io.specdriven.core.Cardinality;
import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.Priority;
import io.specdriven.core.QualityCategory;
import io.specdriven.core.Relationship;
import io.specdriven.core.RelationshipKind;
import io.specdriven.core.RequirementKind;
import io.specdriven.core.RequirementStatus;
import io.specdriven.core.Spec;

/**
 * A whole system in the style of the AI Unified Process: the online shop of a small tea merchant, with a
 * requirements catalog (functional, quality and constraint requirements), system use cases with
 * alternative and exception flows and business rules, and the entity model they share.
 */
final class WebshopSpec {
    private WebshopSpec() {}

    static Spec spec() {
        return Spec.builder("webshop", "Online shop of a tea merchant")
                .version("2.3.0")
                .summary("Customers search the tea catalogue, fill a cart, pay through an external payment "
                        + "provider and receive their parcel through a carrier; clerks pack and ship orders; "
                        + "the shop manager maintains the catalogue. Prices are in euros and include VAT.")
                .actor("SHOPPER", a -> a.name("Shopper")
                        .description("A person with a customer account who buys tea for delivery in the EU."))
                .actor("CLERK", a -> a.name("Warehouse clerk").description("Packs and ships orders."))
                .actor("MANAGER", a -> a.name("Shop manager")
                        .description("Maintains the catalogue, prices and stock."))
                .actor("PAYMENT_PROVIDER", a -> a.name("Payment provider").externalSystem()
                        .description("Takes card and wallet payments on its own page and reports the result."))
                .actor("CARRIER", a -> a.name("Carrier").externalSystem()
                        .description("Books parcels and returns a tracking number."))
                .term("Customer", "A person with a customer account.", "client", "buyer")
                .term("Order", "A confirmed request by a customer to buy the items of their cart at the prices "
                        + "shown at checkout.", "purchase")
                .term("Item", "1 product in a cart or an order, with its quantity.", "position")
                .term("Stock", "The number of units of a product on the warehouse shelves that no order has "
                        + "reserved.", "inventory")
                .assumption("The payment provider's page handles card data and strong customer authentication.")
                .assumption("The carrier delivers only within the EU.")
                .outOfScope("Gift cards, vouchers and loyalty points.")
                .outOfScope("Deliveries outside the EU.")

                // --- Functional requirements ---------------------------------------------------------------
                .requirement("FR-01", r -> r
                        .title("Search the catalogue")
                        .statement("When a customer enters a search term of 2 or more characters, the system "
                                + "shall list the listed products whose name or description contains it, 24 per "
                                + "page, sorted by name.")
                        .priority(Priority.MUST).status(RequirementStatus.IMPLEMENTED)
                        .story("a customer", "to find a tea by a word I remember", "I do not browse all pages")
                        .criterion("AC-01-1", c -> c
                                .given("a catalogue of 300 products, 30 of which contain 'oolong'")
                                .when("the customer searches for 'Oolong'")
                                .then("page 1 lists 24 products sorted by name and page 2 lists the other 6"))
                        .edgeCase("AC-01-NONE", EdgeCaseKind.EMPTY_DATA, c -> c
                                .given("no product contains 'matcha'")
                                .when("the customer searches for 'matcha'")
                                .then("the page shows 'No tea matches \"matcha\".' and 4 products of the "
                                        + "month"))
                        .edgeCase("AC-01-ACCENTS", EdgeCaseKind.SPECIAL_CHARACTERS, c -> c
                                .given("a product named 'Genmaicha – Kyōto'")
                                .when("the customer searches for 'kyoto'")
                                .then("the product is in the 1st page of results: case and accents are "
                                        + "ignored when matching")))
                .requirement("FR-02", r -> r
                        .title("Keep a cart")
                        .statement("The system shall keep the items a customer puts into the cart for 30 days "
                                + "after the last change, across devices the customer signs in on.")
                        .priority(Priority.MUST).status(RequirementStatus.IMPLEMENTED)
                        .criterion("AC-02-1", c -> c
                                .given("a customer put 2 items into the cart on a phone 29 days ago")
                                .when("the customer signs in on a laptop")
                                .then("the cart shows the same 2 items with their quantities"))
                        .edgeCase("AC-02-LIMIT", EdgeCaseKind.LARGE_DATA, c -> c
                                .given("a cart holding 50 different items")
                                .when("the customer adds a 51st item")
                                .then("the item is not added and the customer sees 'A cart holds at most 50 "
                                        + "different items.'")))
                .requirement("FR-03", r -> r
                        .title("Place an order")
                        .statement("When the customer confirms the checkout, the system shall create an order "
                                + "with the items of the cart at the prices shown, reserve their stock and "
                                + "show the order number.")
                        .priority(Priority.MUST).status(RequirementStatus.IMPLEMENTED)
                        .dependsOn("FR-02")
                        .criterion("AC-03-1", c -> c
                                .given("a cart with 2 units of Sencha at 12.50 EUR and 1 unit of Assam at 9.90 EUR, "
                                        + "and a delivery address in Austria")
                                .when("the customer confirms the checkout")
                                .then("an order of 34.90 EUR plus 4.90 EUR shipping is created with status "
                                        + "PLACED, the stock of Sencha drops by 2 and of Assam by 1, and the "
                                        + "order number is shown"))
                        .edgeCase("AC-03-LAST-UNIT", EdgeCaseKind.CONCURRENCY, c -> c
                                .given("1 unit of Darjeeling is in stock and 2 customers have it in their cart")
                                .when("both confirm the checkout within the same second")
                                .then("exactly 1 order is created; the other customer sees 'Darjeeling: only 0 "
                                        + "left. Change the quantity to continue.'"))
                        .failure("AC-03-STOCK", c -> c
                                .given("the cart asks for 5 units of a product with 3 in stock")
                                .then("the customer sees 'Assam: only 3 left. Change the quantity to continue.' "
                                        + "and no order is created")))
                .requirement("FR-04", r -> r
                        .title("Pay for an order")
                        .statement("When an order is placed, the system shall hand the customer over to the "
                                + "payment provider for the order total and shall mark the order PAID when the "
                                + "provider confirms the payment.")
                        .priority(Priority.MUST).status(RequirementStatus.IMPLEMENTED)
                        .dependsOn("FR-03")
                        .criterion("AC-04-1", c -> c
                                .given("a placed order of 39.80 EUR")
                                .when("the payment provider confirms a payment of 39.80 EUR")
                                .then("the order is PAID within 10 s and the customer sees the confirmation "
                                        + "page with the order number"))
                        .edgeCase("AC-04-DECLINED", EdgeCaseKind.ERROR_STATE, c -> c
                                .given("the payment provider declines the card")
                                .when("the customer returns to the shop")
                                .then("the order stays PLACED for 30 minutes and the customer sees 'Your "
                                        + "payment was declined. Choose another payment method.'"))
                        .failure("AC-04-UNPAID", c -> c
                                .given("an order is not paid 30 minutes after it was placed")
                                .then("the order is CANCELLED, its stock is released, and the customer receives "
                                        + "an e-mail saying the order was cancelled because it was not paid")))
                .requirement("FR-05", r -> r
                        .title("Ship an order")
                        .statement("When a clerk marks a paid order as packed, the system shall book a parcel "
                                + "with the carrier and send the tracking number to the customer within 5 "
                                + "minutes.")
                        .priority(Priority.MUST).status(RequirementStatus.IMPLEMENTED)
                        .dependsOn("FR-04")
                        .criterion("AC-05-1", c -> c
                                .given("a paid order with 3 items")
                                .when("the clerk marks it packed")
                                .then("the order is SHIPPED and within 5 minutes the customer receives an "
                                        + "e-mail with the carrier's tracking number"))
                        .failure("AC-05-CARRIER-DOWN", c -> c
                                .given("the carrier does not answer within 20 s")
                                .then("the clerk sees 'Carrier unavailable — the parcel will be booked "
                                        + "automatically.' and the system retries every 5 minutes for 24 "
                                        + "hours")))
                .requirement("FR-06", r -> r
                        .title("Cancel an order")
                        .statement("While an order is not shipped, the system shall let its customer cancel it, "
                                + "release its stock and refund the amount paid in full within 3 business "
                                + "days.")
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .criterion("AC-06-1", c -> c
                                .given("a paid order of 39.80 EUR that is not shipped")
                                .when("the customer cancels it")
                                .then("the order is CANCELLED, its stock is released within 1 s and a refund of "
                                        + "39.80 EUR is requested from the payment provider within 1 minute"))
                        .edgeCase("AC-06-SHIPPED", EdgeCaseKind.OTHER, c -> c
                                .given("an order that was shipped 1 hour ago")
                                .when("the customer opens it")
                                .then("no Cancel button is shown and the page explains the 14-day right of "
                                        + "withdrawal")))
                .requirement("FR-07", r -> r
                        .title("Issue an invoice")
                        .statement("When an order is paid, the system shall issue an invoice with the next "
                                + "number of the year's gap-free sequence and attach it as a PDF to the "
                                + "confirmation e-mail.")
                        .priority(Priority.MUST).status(RequirementStatus.IMPLEMENTED)
                        .dependsOn("FR-04")
                        .criterion("AC-07-1", c -> c
                                .given("the last invoice of 2026 has the number 2026-000041")
                                .when("an order is paid on 2026-11-21")
                                .then("its invoice has the number 2026-000042 and reaches the customer with "
                                        + "the confirmation e-mail")))
                .requirement("FR-08", r -> r
                        .title("Maintain the catalogue")
                        .statement("The system shall let the shop manager add products, change their name, "
                                + "description, price and stock, and withdraw them; a withdrawn product is not "
                                + "listed but stays on past orders.")
                        .priority(Priority.MUST).status(RequirementStatus.IMPLEMENTED)
                        .criterion("AC-08-1", c -> c
                                .given("a listed product with a price of 9.90 EUR")
                                .when("the shop manager changes the price to 10.90 EUR")
                                .then("the catalogue shows 10.90 EUR within 1 minute and orders placed before "
                                        + "keep 9.90 EUR"))
                        .edgeCase("AC-08-ROLE", EdgeCaseKind.PERMISSIONS, c -> c
                                .given("a clerk signed in to the back office")
                                .when("the clerk opens a product")
                                .then("its price and description are read-only and 0 changes can be saved")))
                .requirement("FR-09", r -> r
                        .title("Order history")
                        .statement("The system shall show a signed-in customer their orders of the last 10 "
                                + "years, newest first, with status, total and invoice.")
                        .priority(Priority.SHOULD).status(RequirementStatus.APPROVED)
                        .criterion("AC-09-1", c -> c
                                .given("a customer with 3 orders")
                                .when("the customer opens 'My orders'")
                                .then("the 3 orders are listed newest first, each with its status, total and "
                                        + "a link to its invoice")))

                // --- Quality requirements ------------------------------------------------------------------
                .requirement("QR-01", r -> r
                        .title("Search response time")
                        .statement("The system shall show search results within 1 s at the 95th percentile "
                                + "with 200 customers searching at once and 50,000 products in the catalogue.")
                        .quality(QualityCategory.PERFORMANCE)
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .criterion("AC-QR-01", c -> c
                                .given("50,000 products and a load of 200 simultaneous searches for 10 minutes")
                                .then("95% of the searches answer within 1 s and 99% within 2 s")))
                .requirement("QR-02", r -> r
                        .title("Checkout availability")
                        .statement("Checkout shall be available 99.9% of each calendar month, not counting "
                                + "maintenance announced 48 hours ahead and lasting at most 4 hours a month.")
                        .quality(QualityCategory.AVAILABILITY)
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .criterion("AC-QR-02", c -> c
                                .given("a synthetic checkout every minute for a calendar month")
                                .then("at most 43 of the checkouts fail outside announced maintenance")))
                .requirement("QR-03", r -> r
                        .title("No card data in the shop")
                        .statement("The system shall receive and store 0 card numbers: customers shall enter "
                                + "card data only on the payment provider's page, so the shop stays in PCI DSS "
                                + "4.0 self-assessment questionnaire A.")
                        .quality(QualityCategory.SECURITY)
                        .priority(Priority.MUST).status(RequirementStatus.VERIFIED)
                        .source("PCI DSS 4.0")
                        .criterion("AC-QR-03", c -> c
                                .given("a scan of all shop databases and logs for 13 to 19 digit numbers that "
                                        + "pass the Luhn check")
                                .then("the scan finds 0 card numbers")))
                .requirement("QR-04", r -> r
                        .title("Erasure of personal data")
                        .statement("When a customer's identity-verified erasure request is received, the system "
                                + "shall anonymise the customer's personal data within 30 days and keep "
                                + "invoices for 10 years as tax law requires.")
                        .quality(QualityCategory.PRIVACY)
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .source("GDPR article 17; German Fiscal Code §147")
                        .criterion("AC-QR-04", c -> c
                                .given("a customer with 2 orders files an erasure request on 2026-11-01")
                                .when("30 days have passed")
                                .then("the account's name, addresses and e-mail are replaced by placeholders "
                                        + "and the 2 invoices are unchanged")))
                .requirement("QR-05", r -> r
                        .title("Accessible shop")
                        .statement("The customer pages shall meet WCAG 2.2 level AA.")
                        .quality(QualityCategory.ACCESSIBILITY)
                        .priority(Priority.SHOULD).status(RequirementStatus.APPROVED)
                        .source("European Accessibility Act, from 2025-06-28")
                        .criterion("AC-QR-05", c -> c
                                .given("the search, cart, checkout and order history pages")
                                .when("they are audited against WCAG 2.2")
                                .then("the audit finds 0 failures of level A or AA")))

                // --- Constraints ---------------------------------------------------------------------------
                .requirement("CON-01", r -> r
                        .title("Euro prices including VAT")
                        .statement("All prices shall be shown and charged in euros, including the VAT of the "
                                + "delivery country, with 2 fraction digits.")
                        .kind(RequirementKind.CONSTRAINT)
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .criterion("AC-CON-01", c -> c
                                .given("a product priced at 10.00 EUR net and a delivery address in Austria "
                                        + "(20% VAT)")
                                .then("the cart shows 12.00 EUR incl. 20% VAT")))
                .requirement("CON-02", r -> r
                        .title("Invoice content")
                        .statement("Every invoice shall contain the particulars that article 226 of EU "
                                + "Directive 2006/112/EC requires.")
                        .kind(RequirementKind.CONSTRAINT)
                        .priority(Priority.MUST).status(RequirementStatus.VERIFIED)
                        .source("EU Directive 2006/112/EC, article 226")
                        .criterion("AC-CON-02", c -> c
                                .given("any invoice issued by the shop")
                                .then("it shows all 15 particulars of article 226 that apply to a sale of "
                                        + "goods")))

                // --- Use cases -----------------------------------------------------------------------------
                .useCase("UC-01", u -> u
                        .title("Search the catalogue")
                        .goal("The customer finds a tea to buy.")
                        .primaryActor("SHOPPER")
                        .trigger("The customer types in the search field.")
                        .realizes("FR-01", "QR-01", "QR-05")
                        .uses("Product")
                        .step("SHOPPER", "enters a search term of 2 or more characters")
                        .step("SYSTEM", "lists the first 24 listed products whose name or description contains "
                                + "the term, sorted by name")
                        .step("SHOPPER", "opens a product to see its price and stock")
                        .alternative("A1", "More than 24 products match", 2, a -> a
                                .step("SHOPPER", "moves to the next page of 24")
                                .rejoinsAt(3))
                        .exception("E1", "No product matches", 2, e -> e
                                .step("SYSTEM", "shows 'No tea matches' with 4 products of the month")
                                .ends())
                        .businessRule("BR-1", "A withdrawn product is never listed in search results.")
                        .businessRule("BR-2", "Matching ignores case and accents.")
                        .successPostcondition("The customer sees the product page of a listed product."))
                .useCase("UC-02", u -> u
                        .title("Place an order")
                        .goal("The customer has ordered the items of the cart.")
                        .primaryActor("SHOPPER")
                        .trigger("The customer clicks Checkout in the cart.")
                        .precondition("The customer is signed in and the cart holds at least 1 item.")
                        .realizes("FR-02", "FR-03", "CON-01")
                        .uses("Customer", "Cart", "Item", "Product", "Order")
                        .include("UC-03")
                        .step("SHOPPER", "clicks Checkout in the cart")
                        .step("SYSTEM", "shows each item with its product, quantity and price, the delivery "
                                + "address of the customer and the total including VAT and shipping")
                        .step("SHOPPER", "confirms the checkout")
                        .step("SYSTEM", "checks the stock of each product, creates the order with status "
                                + "PLACED and reserves the stock")
                        .step("SYSTEM", "continues with UC-03 to pay for the order")
                        .alternative("A1", "The customer changes the delivery address", 2, a -> a
                                .step("SHOPPER", "enters another address in the EU")
                                .step("SYSTEM", "recomputes VAT and shipping for the new country")
                                .rejoinsAt(3))
                        .exception("E1", "A product has less stock than the item's quantity", 4, e -> e
                                .step("SYSTEM", "shows the available stock next to the item and creates no order")
                                .rejoinsAt(2))
                        .exception("E2", "A product was withdrawn after it was put into the cart", 4, e -> e
                                .step("SYSTEM", "removes the item from the cart and tells the customer which "
                                        + "product was withdrawn")
                                .rejoinsAt(2))
                        .businessRule("BR-1", "Shipping costs 4.90 EUR and is free for orders of 50.00 EUR or "
                                + "more.")
                        .businessRule("BR-2", "The prices of an order are fixed when the customer confirms the "
                                + "checkout.")
                        .businessRule("BR-3", "Stock is reserved for 30 minutes while the order is not paid.")
                        .successPostcondition("An order with status PLACED exists and its stock is reserved.")
                        .failurePostcondition("No order exists and the cart is unchanged."))
                .useCase("UC-03", u -> u
                        .title("Pay for an order")
                        .goal("The order is paid and invoiced.")
                        .primaryActor("SHOPPER")
                        .secondaryActor("PAYMENT_PROVIDER")
                        .precondition("An order with status PLACED exists.")
                        .realizes("FR-04", "FR-07", "QR-02", "QR-03", "CON-02")
                        .uses("Order", "Payment", "Invoice", "Customer")
                        .step("SYSTEM", "hands the customer over to the payment provider's page with the order "
                                + "total")
                        .step("SHOPPER", "pays on the payment provider's page")
                        .step("PAYMENT_PROVIDER", "confirms the payment to the shop")
                        .step("SYSTEM", "records the payment, marks the order PAID and issues the invoice")
                        .step("SYSTEM", "shows the confirmation page and sends the confirmation e-mail with the "
                                + "invoice")
                        .alternative("A1", "The customer chooses a wallet instead of a card", 2, a -> a
                                .step("SHOPPER", "approves the payment in the wallet app")
                                .rejoinsAt(3))
                        .exception("E1", "The payment provider declines the payment", 3, e -> e
                                .step("SYSTEM", "records the declined payment and offers another payment method")
                                .rejoinsAt(1))
                        .exception("E2", "No confirmation arrives within 30 minutes", 3, e -> e
                                .step("SYSTEM", "cancels the order, releases its stock and e-mails the customer")
                                .ends())
                        .businessRule("BR-1", "Invoice numbers form a gap-free sequence per calendar year.")
                        .businessRule("BR-2", "The payment amount equals the order total to the cent.")
                        .successPostcondition("The order is PAID and its invoice is issued.")
                        .failurePostcondition("The order is PLACED or CANCELLED and no money was taken."))
                .useCase("UC-04", u -> u
                        .title("Ship an order")
                        .goal("The parcel is on its way and the customer can track it.")
                        .primaryActor("CLERK")
                        .secondaryActor("CARRIER")
                        .precondition("The order is PAID.")
                        .realizes("FR-05")
                        .uses("Order", "Shipment", "Customer", "Item")
                        .step("CLERK", "packs the items and marks the order packed")
                        .step("SYSTEM", "books a shipment with the carrier for the customer's delivery address")
                        .step("CARRIER", "returns the tracking number")
                        .step("SYSTEM", "marks the order SHIPPED and e-mails the tracking number to the "
                                + "customer")
                        .alternative("A1", "The order is split into 2 parcels", 1, a -> a
                                .step("CLERK", "marks which items go into each parcel")
                                .step("SYSTEM", "books 1 shipment per parcel")
                                .rejoinsAt(3))
                        .exception("E1", "The carrier does not answer within 20 s", 2, e -> e
                                .step("SYSTEM", "tells the clerk that the booking will be retried and retries "
                                        + "every 5 minutes for 24 hours")
                                .rejoinsAt(3))
                        .businessRule("BR-1", "Only PAID orders are shipped.")
                        .successPostcondition("The order is SHIPPED and the customer has the tracking number.")
                        .failurePostcondition("The order stays PAID and the clerk sees why the booking "
                                + "failed."))
                .useCase("UC-05", u -> u
                        .title("Cancel an order")
                        .goal("The customer gets the money back for an order they no longer want.")
                        .primaryActor("SHOPPER")
                        .secondaryActor("PAYMENT_PROVIDER")
                        .precondition("The order is PLACED or PAID.")
                        .realizes("FR-06")
                        .uses("Order", "Payment", "Product")
                        .step("SHOPPER", "opens the order and clicks Cancel")
                        .step("SYSTEM", "asks for confirmation, naming the amount to be refunded")
                        .step("SHOPPER", "confirms")
                        .step("SYSTEM", "marks the order CANCELLED and returns the reserved units to the stock "
                                + "of each product")
                        .step("SYSTEM", "requests a refund of the payment from the payment provider")
                        .alternative("A1", "The order is not paid yet", 4, a -> a
                                .step("SYSTEM", "skips the refund")
                                .ends())
                        .exception("E1", "The order was shipped in the meantime", 4, e -> e
                                .step("SYSTEM", "refuses the cancellation and explains the 14-day right of "
                                        + "withdrawal")
                                .ends())
                        .businessRule("BR-1", "A shipped order cannot be cancelled; it can be returned within "
                                + "14 days of delivery.")
                        .businessRule("BR-2", "The refund equals the amount paid, shipping included.")
                        .successPostcondition("The order is CANCELLED, its stock is released and the refund is "
                                + "requested.")
                        .failurePostcondition("The order keeps its status."))
                .useCase("UC-06", u -> u
                        .title("Maintain the catalogue")
                        .goal("The catalogue shows the teas on offer with correct prices and stock.")
                        .primaryActor("MANAGER")
                        .realizes("FR-08")
                        .uses("Product", "Order")
                        .step("MANAGER", "opens a product in the back office, or starts a new product")
                        .step("MANAGER", "enters its name, description, price and stock")
                        .step("SYSTEM", "validates the entries and lists the product within 1 minute")
                        .alternative("A1", "The shop manager withdraws the product", 2, a -> a
                                .step("SYSTEM", "removes the product from search results and keeps it on past "
                                        + "orders")
                                .ends())
                        .exception("E1", "The name is already used by another product", 3, e -> e
                                .step("SYSTEM", "shows which product uses the name and saves nothing")
                                .rejoinsAt(2))
                        .businessRule("BR-1", "Product names are unique among listed products.")
                        .businessRule("BR-2", "A price change applies only to orders confirmed after it.")
                        .successPostcondition("The product is listed with the entered price and stock."))
                .useCase("UC-07", u -> u
                        .title("Review order history")
                        .goal("The customer sees past orders and downloads an invoice.")
                        .primaryActor("SHOPPER")
                        .realizes("FR-09", "QR-04")
                        .uses("Customer", "Order", "Invoice")
                        .step("SHOPPER", "opens 'My orders'")
                        .step("SYSTEM", "lists the orders of the customer of the last 10 years, newest first")
                        .step("SHOPPER", "downloads the invoice of an order")
                        .alternative("A1", "The customer has no orders", 2, a -> a
                                .step("SYSTEM", "shows 'No orders yet' with a link to the catalogue")
                                .ends())
                        .exception("E1", "The invoice file cannot be read", 3, e -> e
                                .step("SYSTEM", "shows 'Invoice unavailable — try again in 5 minutes' and "
                                        + "alerts the shop manager")
                                .ends())
                        .businessRule("BR-1", "A customer sees only their own orders.")
                        .successPostcondition("The customer has the invoice file."))

                // --- Entity model --------------------------------------------------------------------------
                .entity("Customer", e -> e
                        .description("A person with a customer account.")
                        .attribute("id", IDENTIFIER, a -> a.identifier())
                        .attribute("email", STRING, a -> a.required().unique().maxLength(254)
                                .pattern("[^@\\s]+@[^@\\s]+"))
                        .attribute("name", STRING, a -> a.required().maxLength(200))
                        .attribute("deliveryAddress", TEXT, a -> a.required())
                        .attribute("country", STRING, a -> a.required().pattern("[A-Z]{2}")
                                .description("ISO 3166-1 alpha-2 code of an EU member state."))
                        .attribute("anonymised", BOOLEAN, a -> a.required())
                        .relationship("cart", "Cart", RelationshipKind.COMPOSITION, Cardinality.ZERO_OR_ONE)
                        .relationship("orders", "Order", Cardinality.ZERO_OR_MORE))
                .entity("Product", e -> e
                        .description("A tea on offer.")
                        .attribute("sku", STRING, a -> a.identifier().pattern("[A-Z]{3}-\\d{4}"))
                        .attribute("name", STRING, a -> a.required().maxLength(120))
                        .attribute("description", TEXT)
                        .attribute("price", MONEY, a -> a.required().min(0)
                                .description("Gross price in EUR including German VAT."))
                        .attribute("stock", INTEGER, a -> a.required().min(0))
                        .attribute("status", ENUM, a -> a.required().values("LISTED", "WITHDRAWN"))
                        .invariant("A product's name is unique among LISTED products."))
                .entity("Cart", e -> e
                        .description("The items a customer intends to buy.")
                        .attribute("id", IDENTIFIER, a -> a.identifier())
                        .attribute("lastChangedAt", DATETIME, a -> a.required())
                        .relationship(Relationship.of("items", "Item", RelationshipKind.COMPOSITION,
                                Cardinality.ZERO_OR_MORE).withDescription("At most 50 different products."))
                        .invariant("A cart holds at most 50 items, each of a different product."))
                .entity("Item", e -> e
                        .description("1 product in a cart or an order, with its quantity.")
                        .attribute("id", IDENTIFIER, a -> a.identifier())
                        .attribute("quantity", INTEGER, a -> a.required().min(1).max(99))
                        .attribute("unitPrice", MONEY, a -> a.required().min(0)
                                .description("Fixed when the checkout is confirmed."))
                        .relationship("product", "Product", Cardinality.ONE))
                .entity("Order", e -> e
                        .description("A confirmed request to buy items at the prices shown at checkout.")
                        .attribute("number", STRING, a -> a.identifier().pattern("\\d{4}-\\d{6}"))
                        .attribute("status", ENUM, a -> a.required()
                                .values("PLACED", "PAID", "SHIPPED", "CANCELLED"))
                        .attribute("placedAt", DATETIME, a -> a.required())
                        .attribute("total", MONEY, a -> a.required().min(0))
                        .attribute("shippingCost", MONEY, a -> a.required().min(0))
                        .relationship("customer", "Customer", Cardinality.ONE)
                        .relationship("items", "Item", RelationshipKind.COMPOSITION, Cardinality.ONE_OR_MORE)
                        .relationship("payments", "Payment", Cardinality.ZERO_OR_MORE)
                        .relationship("shipments", "Shipment", Cardinality.ZERO_OR_MORE)
                        .relationship("invoice", "Invoice", Cardinality.ZERO_OR_ONE)
                        .invariant("total equals the sum of quantity × unitPrice over its items plus "
                                + "shippingCost.")
                        .invariant("A SHIPPED order has at least 1 shipment."))
                .entity("Payment", e -> e
                        .description("An attempt to pay an order through the payment provider, or a refund.")
                        .attribute("id", IDENTIFIER, a -> a.identifier())
                        .attribute("providerReference", STRING, a -> a.required().unique().maxLength(64))
                        .attribute("amount", MONEY, a -> a.required())
                        .attribute("kind", ENUM, a -> a.required().values("CHARGE", "REFUND"))
                        .attribute("status", ENUM, a -> a.required().values("PENDING", "CONFIRMED", "DECLINED"))
                        .attribute("recordedAt", DATETIME, a -> a.required())
                        .relationship("order", "Order", Cardinality.ONE))
                .entity("Shipment", e -> e
                        .description("A parcel booked with the carrier.")
                        .attribute("trackingNumber", STRING, a -> a.identifier().maxLength(40))
                        .attribute("bookedAt", DATETIME, a -> a.required())
                        .attribute("status", ENUM, a -> a.required()
                                .values("BOOKING", "BOOKED", "IN_TRANSIT", "DELIVERED"))
                        .relationship("order", "Order", Cardinality.ONE)
                        .relationship("items", "Item", Cardinality.ONE_OR_MORE))
                .entity("Invoice", e -> e
                        .description("The invoice of a paid order.")
                        .attribute("number", STRING, a -> a.identifier().pattern("\\d{4}-\\d{6}"))
                        .attribute("issuedOn", DATE, a -> a.required())
                        .attribute("net", MONEY, a -> a.required())
                        .attribute("vat", MONEY, a -> a.required())
                        .attribute("gross", MONEY, a -> a.required())
                        .relationship("order", "Order", Cardinality.ONE)
                        .invariant("gross equals net plus vat.")
                        .invariant("Invoices are kept for 10 years, also after the customer is anonymised."))
                .build();
    }
}
