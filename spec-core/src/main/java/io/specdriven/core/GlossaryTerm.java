package io.specdriven.core;

import static io.specdriven.core.internal.Checks.copy;
import static java.util.Objects.requireNonNull;

import io.specdriven.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A word of the domain's language, with its meaning and the synonyms that should not be used for it.
 *
 * @param term the term, unique in the spec's glossary
 * @param definition what it means here
 * @param avoid synonyms to avoid, because they blur the meaning
 * @since 0.1
 */
public record GlossaryTerm(
        @NotBlank @Size(max = 200) String term,
        @NotBlank @Size(max = 4000) String definition,
        List<@NotBlank @Size(max = 200) String> avoid) {

    /**
     * Checks for nulls and copies the list.
     *
     * @param term the term, unique in the spec's glossary
     * @param definition what it means here
     * @param avoid synonyms to avoid, because they blur the meaning
     */
    public GlossaryTerm {
        requireNonNull(term, "term");
        requireNonNull(definition, "definition");
        avoid = copy(avoid, "avoid");
    }

    /**
     * Returns a glossary entry.
     *
     * @param term the term
     * @param definition what it means
     * @param avoid synonyms to avoid
     * @return the entry
     */
    public static GlossaryTerm of(String term, String definition, String... avoid) {
        return new GlossaryTerm(term, definition, Checks.elements("avoid", avoid));
    }
}
