package io.specdriven.core.internal.validation;

import io.specdriven.core.validation.SpecRule;
import java.util.ArrayList;
import java.util.List;

/** The built-in rules of the structural and referential layers, in the order they run. */
public final class BuiltInRules {
    private BuiltInRules() {}

    /**
     * Returns new instances of the structural and referential rules. The Bean Validation rule bootstraps
     * Hibernate Validator, so call this once per validator, not per spec.
     *
     * @return the rules
     */
    public static List<SpecRule> structuralAndReferential() {
        List<SpecRule> rules = new ArrayList<>();
        rules.add(new BeanValidationRule());
        rules.addAll(StructureRules.all());
        rules.addAll(ReferenceRules.all());
        return rules;
    }
}
