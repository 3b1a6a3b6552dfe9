package io.specdriven.core.internal.validation;

import io.specdriven.core.validation.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds a built-in rule's setting by the names a user writes, with a useful refusal. */
public final class RuleSettings {
    private RuleSettings() {}

    /**
     * Finds a setting.
     *
     * @param ruleId the rule id as written
     * @param name the setting's name as written
     * @return the setting
     * @throws IllegalArgumentException naming what exists: the rule's settings, or every rule that has any
     */
    public static Rule.IntSetting find(String ruleId, String name) {
        Optional<Rule> rule = RuleId.isValid(ruleId) ? BuiltInRules.all().stream()
                .filter(r -> r.id().value().equals(ruleId)).findFirst() : Optional.empty();
        if (rule.isPresent()) {
            for (Rule.IntSetting s : rule.get().settings()) {
                if (s.name().equals(name)) return s;
            }
            if (rule.get().settings().isEmpty()) {
                throw new IllegalArgumentException("rule " + ruleId + " has no settings; " + withSettings());
            }
            List<String> names = new ArrayList<>();
            for (Rule.IntSetting s : rule.get().settings()) names.add(s.name());
            throw new IllegalArgumentException("rule " + ruleId + " has no setting '" + name + "', only "
                    + String.join(", ", names));
        }
        throw new IllegalArgumentException("no built-in rule has the id '" + ruleId + "'; " + withSettings());
    }

    private static String withSettings() {
        List<String> out = new ArrayList<>();
        for (Rule r : BuiltInRules.all()) {
            for (Rule.IntSetting s : r.settings()) out.add(r.id() + " " + s.name());
        }
        return "the settings are: " + String.join(", ", out) + " (see docs/rules.md)";
    }
}
