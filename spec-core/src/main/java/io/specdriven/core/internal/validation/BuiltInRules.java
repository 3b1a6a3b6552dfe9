package io.specdriven.core.internal.validation;

import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.SpecRule;
import java.util.ArrayList;
import java.util.List;

/** The built-in rules of each profile, in the order they run. */
public final class BuiltInRules {
    private BuiltInRules() {}

    /**
     * Returns the structural and referential rules: the {@link Profile#BASIC} set.
     *
     * @return the rules
     */
    public static List<SpecRule> structuralAndReferential() {
        List<SpecRule> rules = new ArrayList<>();
        rules.add(BeanValidationRule.shared());
        rules.addAll(StructureRules.all());
        rules.addAll(ReferenceRules.all());
        return rules;
    }

    /**
     * Returns the rules of a profile. {@link Profile#STANDARD} and {@link Profile#STRICT} run the same rules;
     * STRICT raises their findings to errors in the validator.
     *
     * @param profile the profile
     * @param config thresholds, lexicons and the id convention
     * @return the rules
     */
    public static List<SpecRule> of(Profile profile, Config config) {
        List<SpecRule> rules = structuralAndReferential();
        if (profile != Profile.BASIC) {
            rules.addAll(CompletenessRules.all(config));
            rules.addAll(ModelRules.all(config));
            rules.addAll(LanguageRules.all(config));
        }
        return rules;
    }
}
