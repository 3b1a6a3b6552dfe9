package io.specdriven.benchmarks;

import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.SpecRule;
import io.specdriven.core.validation.SpecValidator;
import java.util.Set;
import java.util.TreeSet;

/** A layer of the standard profile's validation, to time alone: the standard profile with every other family off. */
public enum Layer {
    /** Bean Validation constraints and cross-field rules: {@code constraint.*}, {@code structure.*}. */
    STRUCTURAL,
    /** Unique ids, references that resolve, no cycles: {@code ref.*}. */
    REFERENTIAL,
    /** Completeness and consistency: every family that is not structural, referential or language. */
    COMPLETENESS,
    /** The language rules: {@code lang.*}. */
    LANGUAGE,
    /** The whole standard profile. */
    ALL;

    /**
     * Makes a validator that runs this layer of the standard profile only.
     *
     * @return the validator
     */
    public SpecValidator validator() {
        SpecValidator.Builder builder = SpecValidator.builder().profile(Profile.STANDARD);
        for (String family : families()) if (!holds(family)) builder.disable(family);
        return builder.build();
    }

    private boolean holds(String family) {
        switch (this) {
            case STRUCTURAL:
                return family.equals("constraint") || family.equals("structure");
            case REFERENTIAL:
                return family.equals("ref");
            case LANGUAGE:
                return family.equals("lang");
            case COMPLETENESS:
                return !STRUCTURAL.holds(family) && !REFERENTIAL.holds(family) && !LANGUAGE.holds(family);
            default:
                return true;
        }
    }

    private static Set<String> families() {
        Set<String> families = new TreeSet<>();
        for (SpecRule rule : SpecValidator.of(Profile.STANDARD).rules()) {
            String id = rule.id();
            int dot = id.indexOf('.');
            families.add(dot < 0 ? id : id.substring(0, dot));
        }
        return families;
    }
}
