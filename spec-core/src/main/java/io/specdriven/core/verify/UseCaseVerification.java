package io.specdriven.core.verify;

import static io.specdriven.core.internal.Checks.copy;
import static java.util.Objects.requireNonNull;

import io.specdriven.core.Id;
import java.util.List;

/**
 * Where a use case stands: its main success scenario (tests naming the use case), each alternative and
 * exception flow ({@code UC-1/A1}) and each business rule ({@code UC-1/BR-1}).
 *
 * <p>A test naming the use case verifies its main success scenario only; each flow and rule needs a test
 * naming it. {@link #status()} is the worst of them all. A use case is verified through its own tests;
 * the criteria of the requirements it realizes count under those requirements.
 *
 * @param id the use case's id
 * @param title its title
 * @param status its rolled-up status
 * @param mainFlow the tests naming the use case
 * @param flows its flows, in order
 * @param businessRules its business rules, in order
 * @since 0.1
 */
public record UseCaseVerification(
        Id id, String title, VerificationStatus status, ElementVerification mainFlow,
        List<ElementVerification> flows, List<ElementVerification> businessRules) {
    /**
     * Checks for nulls and copies the lists.
     *
     * @param id the use case's id
     * @param title its title
     * @param status its rolled-up status
     * @param mainFlow the tests naming the use case
     * @param flows its flows, in order
     * @param businessRules its business rules, in order
     */
    public UseCaseVerification {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(status, "status");
        requireNonNull(mainFlow, "mainFlow");
        flows = copy(flows, "flows");
        businessRules = copy(businessRules, "businessRules");
    }
}
