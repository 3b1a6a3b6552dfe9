package io.specdriven.core.verify;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.BusinessRule;
import io.specdriven.core.Flow;
import io.specdriven.core.Id;
import io.specdriven.core.Requirement;
import io.specdriven.core.RequirementStatus;
import io.specdriven.core.Spec;
import io.specdriven.core.UseCase;
import io.specdriven.core.internal.view.GherkinTags;
import io.specdriven.core.diff.Fingerprint;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ids of a spec that a test may name, with the fingerprint a test records for each: an index built
 * once per spec, for a test listener that records the fingerprints of many tests.
 *
 * <p>The names: a requirement's or criterion's id; a use case's id (its main success scenario); a flow or
 * a business rule as {@code USE-CASE-ID/ID}, such as {@code UC-EXPORT/A1}, because their ids are unique
 * only within their use case. The fingerprint of a criterion, requirement or use case is
 * {@link Fingerprint#of} that element (a requirement's covers its criteria); a flow or business rule has
 * none of its own, so a test naming one records its use case's fingerprint: a change anywhere in the use
 * case makes the test {@link VerificationStatus#SUSPECT suspect}.
 *
 * <p>A requirement that is {@link RequirementStatus#SUPERSEDED superseded} or
 * {@link RequirementStatus#REJECTED rejected} is retired: it and its criteria are named (so a test naming
 * them is told why they no longer count) but not {@linkplain #isLive(String) live}. Where an id occurs
 * twice (the validator reports that), the first occurrence counts, requirements and criteria before use
 * cases. A tag of a generated Gherkin feature that had to differ from its id (an id with white space or
 * {@code @}: see {@link io.specdriven.core.view.SpecViews#gherkin}) names that id in a verification.
 * Building the index takes time linear in the spec's size. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class VerificationTargets {
    /** One nameable element. */
    record Target(String name, TargetKind kind, Fingerprint fingerprint, boolean live, Requirement requirement,
            AcceptanceCriterion criterion, UseCase useCase) {}

    private final Map<String, Target> targets;
    /** A flow or business rule's own id → its qualified name, or null where two use cases share it. */
    private final Map<String, String> qualifiedByBareId;
    /** A Gherkin tag made from an id that cannot be a tag as it is → that id. */
    private final Map<String, String> idByTag;

    private VerificationTargets(Map<String, Target> targets, Map<String, String> qualifiedByBareId,
            Map<String, String> idByTag) {
        this.targets = targets;
        this.qualifiedByBareId = qualifiedByBareId;
        this.idByTag = idByTag;
    }

    /**
     * Indexes a spec.
     *
     * @param spec the spec
     * @return its targets
     */
    public static VerificationTargets of(Spec spec) {
        requireNonNull(spec, "spec");
        Map<String, Target> targets = new LinkedHashMap<>();
        for (Requirement r : spec.requirements()) {
            boolean live = isLive(r);
            targets.putIfAbsent(r.id().value(),
                    new Target(r.id().value(), TargetKind.REQUIREMENT, Fingerprint.of(r), live, r, null, null));
            for (AcceptanceCriterion c : r.criteria()) {
                targets.putIfAbsent(c.id().value(),
                        new Target(c.id().value(), TargetKind.CRITERION, Fingerprint.of(c), live, r, c, null));
            }
        }
        // criteria of stories and of the spec itself (issue 9): live, tied to the first requirement they verify
        java.util.List<AcceptanceCriterion> outside = new java.util.ArrayList<>();
        for (io.specdriven.core.Story s : spec.stories()) outside.addAll(s.criteria());
        outside.addAll(spec.criteria());
        for (AcceptanceCriterion c : outside) {
            Requirement verified = c.verifies().stream().map(spec::requirement).flatMap(Optional::stream).findFirst()
                    .orElse(null);
            targets.putIfAbsent(c.id().value(),
                    new Target(c.id().value(), TargetKind.CRITERION, Fingerprint.of(c), true, verified, c, null));
        }
        Map<String, String> bare = new HashMap<>();
        for (UseCase u : spec.useCases()) {
            Fingerprint f = Fingerprint.of(u);
            targets.putIfAbsent(u.id().value(), new Target(u.id().value(), TargetKind.USE_CASE, f, true, null, null, u));
            for (Flow flow : u.flows()) {
                addPart(targets, bare, u, flow.id(), TargetKind.FLOW, f);
            }
            for (BusinessRule rule : u.businessRules()) {
                addPart(targets, bare, u, rule.id(), TargetKind.BUSINESS_RULE, f);
            }
        }
        return new VerificationTargets(Collections.unmodifiableMap(targets), bare, GherkinTags.ids(spec));
    }

    private static void addPart(Map<String, Target> targets, Map<String, String> bare, UseCase u, Id part,
            TargetKind kind, Fingerprint f) {
        String name = qualified(u.id(), part);
        if (targets.putIfAbsent(name, new Target(name, kind, f, true, null, null, u)) == null) {
            // A bare id names a part only when one use case has it: otherwise it is ambiguous (null).
            if (!bare.containsKey(part.value())) bare.put(part.value(), name);
            else bare.put(part.value(), null);
        }
    }

    /**
     * Returns the name a test uses for a flow or business rule of a use case.
     *
     * @param useCase the use case's id
     * @param part the flow's or business rule's id
     * @return {@code USE-CASE-ID/PART-ID}
     */
    public static String qualified(Id useCase, Id part) {
        return requireNonNull(useCase, "useCase").value() + "/" + requireNonNull(part, "part").value();
    }

    static boolean isLive(Requirement r) {
        return r.status() != RequirementStatus.SUPERSEDED && r.status() != RequirementStatus.REJECTED;
    }

    /**
     * Returns the fingerprint a test naming {@code id} records.
     *
     * @param id the id as a test names it
     * @return the fingerprint, or empty if the spec has no such element
     */
    public Optional<Fingerprint> fingerprint(String id) {
        return Optional.ofNullable(targets.get(requireNonNull(id, "id"))).map(Target::fingerprint);
    }

    /**
     * Returns the kind of element an id names.
     *
     * @param id the id as a test names it
     * @return the kind, or empty if the spec has no such element
     */
    public Optional<TargetKind> kind(String id) {
        return Optional.ofNullable(targets.get(requireNonNull(id, "id"))).map(Target::kind);
    }

    /**
     * Tells whether an id names a live element: not a retired requirement or one of its criteria.
     *
     * @param id the id as a test names it
     * @return whether the spec has the element and it is live
     */
    public boolean isLive(String id) {
        Target t = targets.get(requireNonNull(id, "id"));
        return t != null && t.live();
    }

    Target target(String id) {
        return targets.get(id);
    }

    /**
     * The name a test means: the name itself when the spec has it, else the id a generated feature file's
     * tag was made from ({@code Validate_all_specs_in_one_run} for {@code Validate all specs in one run}),
     * else the name unchanged.
     */
    String resolve(String name) {
        if (targets.containsKey(name)) return name;
        return idByTag.getOrDefault(name, name);
    }

    Collection<String> names() {
        return targets.keySet();
    }

    /** The qualified name for a flow's or rule's bare id, when exactly one use case has it; else null. */
    String qualifiedFor(String bareId) {
        return qualifiedByBareId.get(bareId);
    }
}
