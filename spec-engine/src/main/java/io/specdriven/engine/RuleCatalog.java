package io.specdriven.engine;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.validation.Profile;
import java.util.List;
import java.util.Set;

/**
 * The result of {@link SpecEngine#rules()}: every rule the built-in profiles run, with its description
 * and the profiles that run it, taken from the validator's public API.
 *
 * @param rules the rules, sorted by id
 * @since 0.1
 */
public record RuleCatalog(List<Entry> rules) implements Result {
    /**
     * Checks for nulls and copies the list.
     *
     * @param rules the rules
     */
    public RuleCatalog {
        rules = List.copyOf(requireNonNull(rules, "rules"));
    }

    /**
     * One rule.
     *
     * @param id the rule id, such as {@code ref.unresolved}
     * @param description one sentence: what it checks
     * @param profiles the built-in profiles that run it
     */
    public record Entry(String id, String description, Set<Profile> profiles) {
        /**
         * Checks for nulls and copies the set.
         *
         * @param id the id
         * @param description the description
         * @param profiles the profiles
         */
        public Entry {
            requireNonNull(id, "id");
            requireNonNull(description, "description");
            profiles = Set.copyOf(requireNonNull(profiles, "profiles"));
        }
    }

    /**
     * Returns {@link ExitCode#OK}: listing rules always succeeds.
     *
     * @return 0
     */
    @Override
    public int exitCode() {
        return ExitCode.OK;
    }
}
