package io.specdriven.core.verify;

import static io.specdriven.core.internal.Checks.copy;
import static java.util.Objects.requireNonNull;

import io.specdriven.core.Id;
import java.util.List;

/**
 * Where a live requirement stands: its criteria, and the tests that name the requirement as a whole.
 *
 * <p>A test naming the requirement tests it as a whole; it does not stand in for any criterion, each of
 * which still needs a test of its own. {@link #status()} is the worst of the criteria's statuses and, if
 * tests name the requirement itself, of theirs; a requirement with neither is
 * {@link VerificationStatus#UNTESTED untested}.
 *
 * @param id the requirement's id
 * @param title its title
 * @param status its rolled-up status
 * @param requirement the tests that name the requirement itself
 * @param criteria its criteria, in order
 * @since 0.1
 */
public record RequirementVerification(
        Id id, String title, VerificationStatus status, ElementVerification requirement,
        List<ElementVerification> criteria) {
    /**
     * Checks for nulls and copies the list.
     *
     * @param id the requirement's id
     * @param title its title, empty when the requirement has none
     * @param status its rolled-up status
     * @param requirement the tests that name the requirement itself
     * @param criteria its criteria, in order
     */
    public RequirementVerification {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(status, "status");
        requireNonNull(requirement, "requirement");
        criteria = copy(criteria, "criteria");
    }

    /**
     * Counts the criteria that passed.
     *
     * @return how many of {@link #criteria()} are {@link VerificationStatus#PASSED passed}
     */
    public int passedCriteria() {
        return (int) criteria.stream().filter(c -> c.status() == VerificationStatus.PASSED).count();
    }
}
