package io.specdriven.core.validation;

import io.specdriven.core.AttributeType;
import io.specdriven.core.Cardinality;
import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.Spec;

/**
 * Prints how validation time grows with a spec's size, to show it is linear: every rule of the STRICT
 * profile (the most work: every completeness and language rule) on specs of 1,000 to 20,000 requirements,
 * then on specs of 1,000 to 16,000 entities whose names share their first word ({@code Order},
 * {@code OrderLine}, {@code Order Item} …), named in use case steps and glossary terms: the case that made
 * term matching quadratic when terms were indexed by their first word only (found in review).
 * Not a test: run it with {@code mvn -q -pl spec-core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.specdriven.core.validation.ValidationBenchmark}, optionally with
 * {@code -Dexec.args=standard} for another profile, or {@code -Dexec.args="strict entities"} for the
 * second table only.
 */
public final class ValidationBenchmark {
    private ValidationBenchmark() {}

    /**
     * Runs the benchmark.
     *
     * @param args optionally the profile: basic, standard or strict (the default); then optionally
     *     {@code requirements} or {@code entities} to print one table only
     */
    public static void main(String[] args) {
        Profile profile = args.length > 0 ? Profile.parse(args[0]) : Profile.STRICT;
        SpecValidator validator = SpecValidator.of(profile);
        for (int i = 0; i < 3; i++) validator.validate(spec(2_000)); // warm-up: bootstrap and JIT
        System.out.println("profile " + profile + ", " + validator.rules().size() + " rules");
        String only = args.length > 1 ? args[1] : "";
        if (!only.equals("entities")) requirements(validator);
        if (!only.equals("requirements")) entities(validator);
    }

    private static void requirements(SpecValidator validator) {
        System.out.printf("%12s %10s %12s %14s%n", "requirements", "findings", "median ms", "µs/requirement");
        for (int n : new int[] {1_000, 2_500, 5_000, 10_000, 20_000}) {
            Spec spec = spec(n);
            long[] times = new long[7];
            int findings = 0;
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                findings = validator.validate(spec).violations().size();
                times[i] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(times);
            double ms = times[times.length / 2] / 1e6;
            System.out.printf("%12d %10d %12.1f %14.1f%n", n, findings, ms, ms * 1000 / n);
        }
    }

    private static void entities(SpecValidator validator) {
        for (int i = 0; i < 3; i++) validator.validate(sharedFirstWord(1_000)); // warm-up
        System.out.printf("%n%12s %10s %12s %14s%n", "entities", "findings", "median ms", "µs/entity");
        for (int n : new int[] {1_000, 2_000, 4_000, 8_000, 16_000}) {
            Spec spec = sharedFirstWord(n);
            long[] times = new long[5];
            int findings = 0;
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                findings = validator.validate(spec).violations().size();
                times[i] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(times);
            double ms = times[times.length / 2] / 1e6;
            System.out.printf("%12d %10d %12.1f %14.1f%n", n, findings, ms, ms * 1000 / n);
        }
    }

    /**
     * A spec with n entities whose names all start with the word "Order" (Order, OrderLine0, Order_Item1, …),
     * n/2 use cases whose steps name two of them and the plain order, and n/10 glossary terms that start with
     * "order" and avoid synonyms that start with "order" too.
     */
    static Spec sharedFirstWord(int n) {
        Spec.Builder b = Spec.builder("orders", "Orders").actor("USER", a -> a.name("User"))
                .requirement("REQ-1", r -> r.title("Keep orders").statement("The system shall keep 1 order."));
        b.entity("Order", e -> e.attribute("id", AttributeType.IDENTIFIER, a -> a.identifier()));
        for (int i = 0; i < n - 1; i++) {
            String name = (i % 2 == 0 ? "OrderLine" : "Order_Item") + i;
            b.entity(name, e -> e.attribute("id", AttributeType.IDENTIFIER, a -> a.identifier()));
        }
        for (int i = 0; i < n / 10; i++) {
            b.term("Order note " + i, "A note on an order", "order memo " + i);
        }
        for (int i = 0; i < n / 2; i++) {
            int k = 2 * i;
            b.useCase("UC-" + i, u -> u.title("Handle order line " + k).primaryActor("USER").realizes("REQ-1")
                    .uses("Order", "OrderLine" + k)
                    .step("USER", "opens the order and its order line " + k + " and order item " + (k + 1))
                    .step("SYSTEM", "shows the order lines, the order memo " + k + " and the orders")
                    .successPostcondition("The order is shown"));
        }
        return b.build();
    }

    /** A spec with n requirements of three criteria each, n/5 use cases, n/10 entities, and a few dangling references. */
    static Spec spec(int n) {
        Spec.Builder b = Spec.builder("bench", "Benchmark").actor("USER", a -> a.name("User"))
                .term("Answer", "What the system returns", "reply", "response");
        for (int i = 0; i < n; i++) {
            int k = i;
            b.requirement("REQ-" + i, r -> r.title("Requirement " + k)
                    .statement("When the user asks, the system shall answer within 2 s (" + k + ").")
                    .dependsOn(k > 0 ? "REQ-" + (k - 1) : "REQ-" + (n + 1))
                    .criterion("AC-" + k + "-1", c -> c.given("a request").when("the user asks").then("an answer"))
                    .edgeCase("AC-" + k + "-2", EdgeCaseKind.EMPTY_DATA, c -> c.then("a message"))
                    .failure("AC-" + k + "-3", c -> c.then("an error the user can act on")));
        }
        for (int i = 0; i < n / 5; i++) {
            int k = i;
            b.useCase("UC-" + i, u -> u.title("Use case " + k).primaryActor("USER")
                    .realizes("REQ-" + (5 * k), "REQ-" + (5 * k + 1)).uses("E-" + (k / 2))
                    .step("USER", "asks").step("SYSTEM", "answers")
                    .alternative("A1", "nothing to answer", 2, f -> f.step("SYSTEM", "says so").ends()));
        }
        for (int i = 0; i < n / 10; i++) {
            int k = i;
            b.entity("E-" + i, e -> e.attribute("id", AttributeType.IDENTIFIER, a -> a.identifier())
                    .relationship("next", "E-" + (k + 1), Cardinality.ZERO_OR_ONE));
        }
        return b.build();
    }
}
