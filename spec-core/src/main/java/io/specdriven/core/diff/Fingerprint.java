package io.specdriven.core.diff;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Actor;
import io.specdriven.core.Entity;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.UseCase;
import io.specdriven.core.internal.diff.Canonical;
import io.specdriven.core.internal.diff.Digest;
import java.util.regex.Pattern;

/**
 * A content fingerprint of one element: SHA-256 over a canonical encoding of its id and content, as 64
 * lower-case hex digits. Store it beside a link (a test's reference to a criterion, a review sign-off on
 * a requirement) and compare it later to learn whether the element changed since.
 *
 * <pre>{@code
 * Fingerprint reviewed = Fingerprint.parse(storedText);
 * boolean stale = !Fingerprint.of(spec.requirement(id).orElseThrow()).equals(reviewed);
 * }</pre>
 *
 * <p>The fingerprint is the same on every run and JVM, and does not depend on how the JSON was laid
 * out: key order, white space, explicit defaults ({@code false}, empty lists, absent optionals) and
 * number spelling ({@code 1.50} or {@code 1.5}) do not count. Order within the element does count
 * (criteria, steps, attributes), as do all texts exactly. Bookkeeping that does not change what an
 * element means is left out: a requirement's status and every element's waivers. A requirement's
 * fingerprint covers its acceptance criteria; a use case's its flows and business rules; an entity's
 * its attributes, relationships and invariants. The encoding is versioned; this is version 1.
 *
 * @param value the 64 lower-case hex digits
 * @since 0.1
 */
public record Fingerprint(String value) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /**
     * Checks the form.
     *
     * @param value the 64 lower-case hex digits
     * @throws IllegalArgumentException if {@code value} is not 64 lower-case hex digits
     */
    public Fingerprint {
        requireNonNull(value, "value");
        if (!HEX.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid fingerprint '" + value + "': expected 64 lower-case hex digits");
        }
    }

    /**
     * Parses a fingerprint's text, as {@link #toString()} writes it.
     *
     * @param text 64 lower-case hex digits
     * @return the fingerprint
     * @throws IllegalArgumentException for any other text
     */
    public static Fingerprint parse(String text) {
        return new Fingerprint(requireNonNull(text, "text"));
    }

    /**
     * Fingerprints a requirement, with its acceptance criteria.
     *
     * @param requirement the requirement
     * @return its fingerprint
     */
    public static Fingerprint of(Requirement requirement) {
        requireNonNull(requirement, "requirement");
        Digest d = new Digest().add("requirement").add(requirement.id().value())
                .add(Canonical.requirement(requirement, true));
        for (AcceptanceCriterion c : requirement.criteria()) addCriterion(d, c);
        return new Fingerprint(d.hex());
    }

    /**
     * Fingerprints an acceptance criterion.
     *
     * @param criterion the criterion
     * @return its fingerprint
     */
    public static Fingerprint of(AcceptanceCriterion criterion) {
        requireNonNull(criterion, "criterion");
        return new Fingerprint(addCriterion(new Digest(), criterion).hex());
    }

    private static Digest addCriterion(Digest d, AcceptanceCriterion c) {
        return d.add("criterion").add(c.id().value()).add(Canonical.criterion(c, true));
    }

    /**
     * Fingerprints a use case.
     *
     * @param useCase the use case
     * @return its fingerprint
     */
    public static Fingerprint of(UseCase useCase) {
        requireNonNull(useCase, "useCase");
        return new Fingerprint(new Digest().add("use case").add(useCase.id().value())
                .add(Canonical.useCase(useCase, true)).hex());
    }

    /**
     * Fingerprints an entity.
     *
     * @param entity the entity
     * @return its fingerprint
     */
    public static Fingerprint of(Entity entity) {
        requireNonNull(entity, "entity");
        return new Fingerprint(new Digest().add("entity").add(entity.name().value())
                .add(Canonical.entity(entity, true)).hex());
    }

    /**
     * Fingerprints an actor.
     *
     * @param actor the actor
     * @return its fingerprint
     */
    public static Fingerprint of(Actor actor) {
        requireNonNull(actor, "actor");
        return new Fingerprint(new Digest().add("actor").add(actor.id().value())
                .add(Canonical.actor(actor, true)).hex());
    }

    /**
     * Fingerprints a whole spec: its own fields and every element, in order.
     *
     * @param spec the spec
     * @return its fingerprint
     */
    public static Fingerprint of(Spec spec) {
        requireNonNull(spec, "spec");
        Digest d = new Digest().add("spec").add(Canonical.spec(spec, true));
        spec.actors().forEach(a -> d.add(of(a).value()));
        d.add("requirements");
        spec.requirements().forEach(r -> d.add(of(r).value()));
        d.add("use cases");
        spec.useCases().forEach(u -> d.add(of(u).value()));
        d.add("entities");
        spec.entities().forEach(e -> d.add(of(e).value()));
        return new Fingerprint(d.hex());
    }

    /** Returns the 64 hex digits. */
    @Override
    public String toString() {
        return value;
    }
}
