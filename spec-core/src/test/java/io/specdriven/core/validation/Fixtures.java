package io.specdriven.core.validation;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.AttributeType;
import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.Entity;
import io.specdriven.core.Id;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.UseCase;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A spec that passes every rule of the STRICT profile, and helpers to change one thing in it. */
final class Fixtures {
    private Fixtures() {}

    static final Id REQ = Id.of("REQ-1");
    static final Id UC = Id.of("UC-1");
    static final Id ORDER = Id.of("Order");

    /** Complete: success, six kinds of edge case, a failure mode, a use case, an entity, a glossary. */
    static Spec clean() {
        return Spec.builder("shop", "Shop checkout")
                .actor("BUYER", a -> a.name("Buyer"))
                .term("Order", "A purchase of 1 or more items by a buyer", "purchase", "basket")
                .requirement("REQ-1", r -> r.title("Pay by card")
                        .statement("When the buyer confirms the order, the system shall charge the card within 5 s.")
                        .criterion("AC-1", c -> c.given("an order of 2 items").when("the buyer confirms")
                                .then("the order is paid and its status is 'PAID'"))
                        .edgeCase("AC-2", EdgeCaseKind.EMPTY_DATA, c -> c.given("an order with 0 items")
                                .when("the buyer confirms").then("the buyer sees 'Nothing to pay'"))
                        .edgeCase("AC-3", EdgeCaseKind.LARGE_DATA, c -> c.given("an order of 1,000 items")
                                .when("the buyer confirms").then("the order is paid within 10 s"))
                        .edgeCase("AC-4", EdgeCaseKind.SPECIAL_CHARACTERS, c -> c.given("a delivery note with 'ü, 🙂'")
                                .when("the buyer confirms").then("the note is stored exactly as typed"))
                        .edgeCase("AC-5", EdgeCaseKind.CONCURRENCY, c -> c.given("2 tabs confirm the same order")
                                .then("the card is charged 1 time"))
                        .edgeCase("AC-6", EdgeCaseKind.PERMISSIONS, c -> c.given("a signed-out visitor")
                                .when("the visitor confirms").then("the visitor is asked to sign in"))
                        .edgeCase("AC-7", EdgeCaseKind.ERROR_STATE, c -> c.given("the payment provider is down")
                                .then("the buyer sees 'Payment unavailable' and the order stays open"))
                        .failure("AC-8", c -> c.given("the card is declined").when("the buyer confirms")
                                .then("the buyer sees 'Card declined' and can choose another card")))
                .useCase("UC-1", u -> u.title("Pay for an order").primaryActor("BUYER").realizes("REQ-1")
                        .uses("Order")
                        .step("BUYER", "confirms the order")
                        .step("SYSTEM", "charges the card and marks the order paid")
                        .alternative("A1", "The card is declined", 2, f -> f.step("SYSTEM", "shows 'Card declined'")
                                .rejoinsAt(1))
                        .successPostcondition("The order is paid"))
                .entity("Order", e -> e.attribute("number", AttributeType.IDENTIFIER, a -> a.identifier())
                        .attribute("status", AttributeType.ENUM, a -> a.values("OPEN", "PAID")))
                .build();
    }

    /** Changes the spec through its builder. */
    static UnaryOperator<Spec> spec(UnaryOperator<Spec.Builder> change) {
        return s -> change.apply(s.toBuilder()).build();
    }

    /** Replaces REQ-1. */
    static UnaryOperator<Spec> req(UnaryOperator<Requirement> change) {
        return s -> s.withRequirement(change.apply(s.requirement(REQ).orElseThrow()));
    }

    /** Replaces one criterion of REQ-1. */
    static UnaryOperator<Spec> criterion(String id, UnaryOperator<AcceptanceCriterion> change) {
        return req(r -> with(r, "criteria", replace(r.criteria(), c -> c.id().value().equals(id), change)));
    }

    /** Removes criteria of REQ-1. */
    static UnaryOperator<Spec> withoutCriteria(String... ids) {
        List<String> gone = List.of(ids);
        return req(r -> with(r, "criteria", r.criteria().stream().filter(c -> !gone.contains(c.id().value())).toList()));
    }

    /** Replaces UC-1. */
    static UnaryOperator<Spec> useCase(UnaryOperator<UseCase> change) {
        return s -> s.toBuilder().useCases(replace(s.useCases(), u -> u.id().equals(UC), change)).build();
    }

    /** Replaces the entity Order. */
    static UnaryOperator<Spec> order(UnaryOperator<Entity> change) {
        return s -> s.toBuilder().entities(replace(s.entities(), e -> e.name().equals(ORDER), change)).build();
    }

    private static <T> List<T> replace(List<T> list, java.util.function.Predicate<T> which, UnaryOperator<T> change) {
        List<T> out = new ArrayList<>();
        for (T t : list) out.add(which.test(t) ? change.apply(t) : t);
        return out;
    }

    /** Returns a copy of a record with one component replaced, through its canonical constructor. */
    @SuppressWarnings("unchecked")
    /**
     * Fits a value written in the model's earlier form to the component's type (issue 9): a text for an
     * optional title or statement, an optional text for a criterion's steps.
     */
    private static Object adapt(Class<?> type, Object value) {
        if (type == Optional.class && value instanceof String s) return Optional.of(s);
        if (type == List.class && value instanceof Optional<?> o) return o.map(List::of).orElse(List.of());
        return value;
    }

    static <R extends Record> R with(R record, String component, Object value) {
        try {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            boolean found = false;
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                found |= components[i].getName().equals(component);
                args[i] = components[i].getName().equals(component) ? adapt(types[i], value)
                        : components[i].getAccessor().invoke(record);
            }
            if (!found) throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + component);
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return (R) canonical.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
