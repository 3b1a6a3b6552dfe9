package io.specdriven.core.validation;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A preset of built-in rules and severities, chosen on {@link SpecValidator.Builder#profile(Profile)}.
 *
 * <ul>
 *   <li>{@link #BASIC}: is the spec well-formed? The structural ({@code constraint.*},
 *       {@code structure.*}) and referential ({@code ref.*}) rules only.
 *   <li>{@link #STANDARD}: is it good enough to work from? BASIC plus the completeness and quality rules
 *       ({@code spec.*}, {@code criteria.*}, {@code edge.*}, {@code coverage.*}, {@code consistency.*},
 *       {@code usecase.*}, {@code entity.*}, {@code lang.*}, {@code ids.*}) at everyday severities: only
 *       what makes a spec unusable (no requirements, placeholders) is an error.
 *   <li>{@link #STRICT}: the contract checklist. The same rules as STANDARD, every finding of a built-in
 *       rule an {@link Severity#ERROR error}, so a spec is valid only when nothing is missing or waived
 *       with a reason.
 * </ul>
 *
 * <p>The severity of every rule in every profile is listed in {@code docs/rules.md}. Severities and
 * thresholds can still be changed on the builder after a profile is chosen.
 *
 * @since 0.1
 */
public enum Profile {
    /** Structure and references only: is the spec well-formed? */
    BASIC,
    /** BASIC plus the completeness and quality rules at everyday severities; {@link SpecValidator#standard()}. */
    STANDARD,
    /** The contract checklist: the rules of STANDARD, every finding of a built-in rule an error. */
    STRICT;

    /**
     * Returns the profile with the given name, ignoring case, as a command line would pass it.
     *
     * @param name {@code basic}, {@code standard} or {@code strict}, in any case
     * @return the profile
     * @throws IllegalArgumentException naming the accepted values, for any other name
     */
    public static Profile parse(String name) {
        requireNonNull(name, "name");
        for (Profile p : values()) {
            if (p.name().equalsIgnoreCase(name.strip())) return p;
        }
        throw new IllegalArgumentException("unknown profile '" + name + "': use basic, standard or strict");
    }

    /** Returns the name in lower case, as a command line writes it: {@code strict}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
