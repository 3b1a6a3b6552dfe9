package io.specdriven.core;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * A rule of the business that a use case must respect, such as "an order over 1,000 EUR needs approval".
 *
 * @param id the rule's id, unique within its use case
 * @param title a short name, if the rule has one (AIUP names its rules; issue 9)
 * @param text the rule
 * @since 0.1
 */
public record BusinessRule(Id id, Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 200) String> title,
        @NotBlank @Size(max = 4000) String text) {
    /**
     * Checks for nulls.
     *
     * @param id the rule's id, unique within its use case
     * @param title a short name, if the rule has one
     * @param text the rule
     */
    public BusinessRule {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(text, "text");
    }

    /**
     * Returns a business rule.
     *
     * @param id the rule's id
     * @param text the rule
     * @return the rule
     */
    public static BusinessRule of(String id, String text) {
        return new BusinessRule(Id.of(requireNonNull(id, "id")), Optional.empty(), text);
    }

    /**
     * Returns a business rule with a title.
     *
     * @param id the rule's id
     * @param title its short name
     * @param text the rule
     * @return the rule
     */
    public static BusinessRule of(String id, String title, String text) {
        return new BusinessRule(Id.of(requireNonNull(id, "id")), Optional.of(requireNonNull(title, "title")), text);
    }
}
