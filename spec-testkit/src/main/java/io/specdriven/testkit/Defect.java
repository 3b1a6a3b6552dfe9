package io.specdriven.testkit;

import io.specdriven.core.validation.Severity;

/**
 * A defect {@link SyntheticSpecs} can inject into a generated spec, with the one finding the standard
 * profile must report for each injection. Each injection touches its own element, so defects do not mask
 * or multiply each other.
 */
public enum Defect {
    /** A use case realizes a requirement that does not exist. */
    UNRESOLVED_REALIZES("ref.unresolved", Severity.ERROR),
    /** A requirement depends on a requirement that does not exist. */
    UNRESOLVED_DEPENDENCY("ref.unresolved", Severity.ERROR),
    /** Two neighbouring requirements depend on each other: one finding per cycle. */
    DEPENDENCY_CYCLE("ref.cycle", Severity.ERROR),
    /** A requirement's title is blank. */
    BLANK_TITLE("constraint.NotBlank", Severity.ERROR),
    /** A requirement statement holds a placeholder ({@code TBD}). */
    PLACEHOLDER("lang.placeholder", Severity.ERROR),
    /** A requirement statement holds a vague term ({@code fast}). */
    VAGUE_TERM("lang.vague-term", Severity.WARNING),
    /** A requirement statement has no normative keyword and no EARS shape. */
    NO_NORMATIVE_KEYWORD("lang.no-normative-keyword", Severity.WARNING),
    /** A requirement statement names a technology ({@code JSON}). */
    IMPLEMENTATION_DETAIL("lang.implementation-detail", Severity.WARNING),
    /** A functional requirement has no SUCCESS criterion (its success criterion became an edge case). */
    NO_SUCCESS_CRITERION("criteria.no-success", Severity.WARNING),
    /** A FAILURE criterion does not say what the user experiences. */
    FAILURE_WITHOUT_EXPERIENCE("criteria.failure-no-experience", Severity.WARNING),
    /** A SUCCESS criterion states no number and quotes no value. */
    CRITERION_WITHOUT_NUMBER("lang.criterion-no-number", Severity.INFO),
    /** A functional requirement is realized by no use case. */
    UNREALIZED_REQUIREMENT("coverage.unrealized-requirement", Severity.WARNING),
    /** A use case has no success postcondition. */
    NO_SUCCESS_POSTCONDITION("usecase.no-success-postcondition", Severity.WARNING),
    /** A use case step names an entity the use case does not list in {@code uses}. */
    UNLISTED_ENTITY("consistency.unlisted-entity", Severity.WARNING),
    /** An entity has attributes but none identifies it. */
    NO_IDENTIFIER("entity.no-identifier", Severity.WARNING);

    private final String ruleId;
    private final Severity severity;

    Defect(String ruleId, Severity severity) {
        this.ruleId = ruleId;
        this.severity = severity;
    }

    /**
     * Returns the id of the rule that must report this defect.
     *
     * @return the rule id
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Returns the severity of that finding under the standard profile.
     *
     * @return the severity
     */
    public Severity severity() {
        return severity;
    }
}
