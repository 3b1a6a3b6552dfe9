package io.specdriven.core.verify;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.BusinessRule;
import io.specdriven.core.Flow;
import io.specdriven.core.Id;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.Suggestions;
import io.specdriven.core.UseCase;
import io.specdriven.core.diff.Change;
import io.specdriven.core.diff.ChangeKind;
import io.specdriven.core.diff.Fingerprint;
import io.specdriven.core.diff.SpecDiff;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which acceptance criteria of a spec the tests prove: one {@link VerificationStatus} per live criterion,
 * rolled up per requirement and use case, with the ids tests name that count for nothing.
 *
 * <pre>{@code
 * Verification v = Verification.of(spec, results);
 * v.count(VerificationStatus.PASSED);  // criteria proven
 * v.isAccepted();                      // every live criterion passed
 * }</pre>
 *
 * <p><b>What a test counts for.</b> A test counts for each live element it names (see
 * {@link VerificationTargets} for the names): a criterion; a requirement as a whole; a use case's main
 * success scenario; one flow or business rule. Naming a requirement or use case does not stand in for its
 * criteria or flows. An id named twice by one test counts once.
 *
 * <p><b>Status of an element.</b> From its tests, each in its last run: none is
 * {@link VerificationStatus#UNTESTED untested}; any failed is {@link VerificationStatus#FAILED failed};
 * else any skipped or aborted is {@link VerificationStatus#SKIPPED skipped} (every test must pass);
 * else, when any test recorded a fingerprint for the id that differs from the element's fingerprint now,
 * {@link VerificationStatus#SUSPECT suspect} (a test without a recorded fingerprint is taken as current);
 * else {@link VerificationStatus#PASSED passed}. A requirement's status is the worst of its criteria's and
 * its own; a use case's, the worst of its main flow's, its flows' and its business rules'.
 *
 * <p><b>Reruns.</b> Results with the same {@link TestResult#id()} are runs of one test: the last in the
 * list counts, at the place of its first run, and {@link #reruns()} lists them.
 *
 * <p><b>What counts for nothing.</b> An id the spec lacks is {@link UnresolvedId.Reason#UNKNOWN unknown},
 * with a close id of the spec as a suggestion (a bare flow or rule id such as {@code A1} suggests
 * {@code UC-1/A1} when one use case has it; suggestions are computed for the first
 * {@value #MAX_SUGGESTED} distinct unknown ids); given the previous version of the spec, an id it renamed
 * is {@link UnresolvedId.Reason#RENAMED renamed}, with the new id; an id of a superseded or rejected
 * requirement or its criteria is {@link UnresolvedId.Reason#RETIRED retired}. A test that names at least
 * one id and no live element is an {@linkplain #orphans() orphan}; tests that name no id are only
 * counted ({@link #unlinkedTests()}).
 *
 * <p>Time is linear in the size of the spec and of the results (plus the bounded suggestions). Immutable
 * and thread-safe.
 *
 * @since 0.1
 */
public final class Verification {
    /** How many distinct unknown ids get a did-you-mean suggestion; the search costs time per spec id. */
    public static final int MAX_SUGGESTED = 100;

    private final Id specId;
    private final Optional<String> specVersion;
    private final List<RequirementVerification> requirements;
    private final List<UseCaseVerification> useCases;
    private final List<ElementVerification> criteria;
    private final List<UnresolvedId> unresolved;
    private final List<TestResult> orphans;
    private final List<Rerun> reruns;
    private final List<TestResult> tests;
    private final int unlinkedTests;
    private final Map<String, VerificationStatus> statusByName;
    private final Map<VerificationStatus, Integer> counts;

    private Verification(Builder b) {
        this.specId = b.spec.id();
        this.specVersion = b.spec.version();
        this.requirements = List.copyOf(b.requirements);
        this.useCases = List.copyOf(b.useCases);
        this.criteria = List.copyOf(b.criteria);
        this.unresolved = List.copyOf(b.unresolved);
        this.orphans = List.copyOf(b.orphans);
        this.reruns = List.copyOf(b.reruns);
        this.tests = List.copyOf(b.tests);
        this.unlinkedTests = b.unlinked;
        this.statusByName = Collections.unmodifiableMap(b.statusByName);
        Map<VerificationStatus, Integer> c = new EnumMap<>(VerificationStatus.class);
        for (VerificationStatus s : VerificationStatus.values()) c.put(s, 0);
        for (ElementVerification e : criteria) c.merge(e.status(), 1, Integer::sum);
        this.counts = Collections.unmodifiableMap(c);
    }

    /**
     * Verifies a spec against test results.
     *
     * @param spec the spec
     * @param results the test results, in the order they ran (for reruns, the later counts)
     * @return the verification
     * @since 0.1
     */
    public static Verification of(Spec spec, List<TestResult> results) {
        return new Builder(requireNonNull(spec, "spec"), List.copyOf(requireNonNull(results, "results")), null).build();
    }

    /**
     * Verifies a spec against test results, and tells which ids the tests still name that the previous
     * version of the spec had and this one renamed.
     *
     * @param spec the spec
     * @param results the test results, in the order they ran
     * @param previous the previous version of the spec
     * @return the verification
     * @since 0.1
     */
    public static Verification of(Spec spec, List<TestResult> results, Spec previous) {
        return new Builder(requireNonNull(spec, "spec"), List.copyOf(requireNonNull(results, "results")),
                requireNonNull(previous, "previous")).build();
    }

    /**
     * Returns the id of the spec verified.
     *
     * @return the spec's id
     */
    public Id specId() {
        return specId;
    }

    /**
     * Returns the version of the spec verified.
     *
     * @return its version, if it has one
     */
    public Optional<String> specVersion() {
        return specVersion;
    }

    /**
     * Returns the live requirements, in the spec's order.
     *
     * @return one entry per requirement that is neither superseded nor rejected
     */
    public List<RequirementVerification> requirements() {
        return requirements;
    }

    /**
     * Returns the use cases, in the spec's order.
     *
     * @return one entry per use case
     */
    public List<UseCaseVerification> useCases() {
        return useCases;
    }

    /**
     * Returns every live criterion, in the spec's order.
     *
     * @return the criteria of the live requirements
     */
    public List<ElementVerification> criteria() {
        return criteria;
    }

    /**
     * Returns the ids tests name that count for nothing, in the order of the tests.
     *
     * @return one entry per test and id
     */
    public List<UnresolvedId> unresolved() {
        return unresolved;
    }

    /**
     * Returns the tests that name ids, none of them a live element of the spec.
     *
     * @return the orphan tests, each in its last run
     */
    public List<TestResult> orphans() {
        return orphans;
    }

    /**
     * Returns the tests that ran more than once.
     *
     * @return one entry per such test, in the order of the results
     */
    public List<Rerun> reruns() {
        return reruns;
    }

    /**
     * Returns every test that names at least one id, each in its last run.
     *
     * @return the tests, in the order of the results
     */
    public List<TestResult> tests() {
        return tests;
    }

    /**
     * Counts the tests that name no id at all (they say nothing about the spec).
     *
     * @return how many distinct tests named no id
     */
    public int unlinkedTests() {
        return unlinkedTests;
    }

    /**
     * Counts the live criteria with a status.
     *
     * @param status the status
     * @return how many of {@link #criteria()} have it
     */
    public int count(VerificationStatus status) {
        return counts.get(requireNonNull(status, "status"));
    }

    /**
     * Returns the status of one element, by the name tests use for it.
     *
     * @param name a criterion, requirement or use case id, or {@code UC-1/A1}
     * @return its status (for a requirement or use case, the rolled-up one), or empty if it is not a live
     *     element of the spec
     */
    public Optional<VerificationStatus> status(String name) {
        return Optional.ofNullable(statusByName.get(requireNonNull(name, "name")));
    }

    /**
     * Tells whether the tests accept the spec: every live criterion passed, and no test of a requirement,
     * use case, flow or business rule failed, was skipped or is suspect.
     *
     * @return {@code isAccepted(VerificationStatus.UNTESTED)}
     */
    public boolean isAccepted() {
        return isAccepted(VerificationStatus.UNTESTED);
    }

    /**
     * Tells whether the tests accept the spec at a threshold: no live criterion has the status
     * {@code failOn} or a worse one, and no requirement, use case, flow or business rule that tests name
     * directly does. {@code FAILED} lets a team start with "nothing fails"; {@code UNTESTED} demands that
     * every criterion passed. Elements no test names directly (a requirement, use case, flow or rule) never
     * fail the verification by being untested; their criteria do.
     *
     * @param failOn the best status that still fails: {@code FAILED}, {@code SUSPECT}, {@code SKIPPED} or
     *     {@code UNTESTED}
     * @return whether nothing is at or below the threshold
     * @throws IllegalArgumentException for {@code PASSED}, which would fail everything
     */
    public boolean isAccepted(VerificationStatus failOn) {
        requireNonNull(failOn, "failOn");
        if (failOn == VerificationStatus.PASSED) {
            throw new IllegalArgumentException("failOn must be failed, suspect, skipped or untested, not passed");
        }
        for (ElementVerification c : criteria) {
            if (c.status().ordinal() <= failOn.ordinal()) return false;
        }
        List<ElementVerification> direct = new ArrayList<>();
        requirements.forEach(r -> direct.add(r.requirement()));
        for (UseCaseVerification u : useCases) {
            direct.add(u.mainFlow());
            direct.addAll(u.flows());
            direct.addAll(u.businessRules());
        }
        for (ElementVerification e : direct) {
            if (!e.tests().isEmpty() && e.status().ordinal() <= failOn.ordinal()) return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return "Verification[" + specId + ": " + count(VerificationStatus.PASSED) + "/" + criteria.size()
                + " criteria passed]";
    }

    /** One computation; the builder's state is dropped once the verification is built. */
    private static final class Builder {
        private final Spec spec;
        private final List<TestResult> results;
        private final Spec previous;
        private final VerificationTargets targets;
        private final Map<String, List<TestResult>> testsByName = new HashMap<>();
        private final List<RequirementVerification> requirements = new ArrayList<>();
        private final List<UseCaseVerification> useCases = new ArrayList<>();
        private final List<ElementVerification> criteria = new ArrayList<>();
        private final List<UnresolvedId> unresolved = new ArrayList<>();
        private final List<TestResult> orphans = new ArrayList<>();
        private final List<Rerun> reruns = new ArrayList<>();
        private final List<TestResult> tests = new ArrayList<>();
        private final Map<String, VerificationStatus> statusByName = new HashMap<>();
        private final Map<String, Optional<String>> suggestions = new HashMap<>();
        private int unlinked;

        Builder(Spec spec, List<TestResult> results, Spec previous) {
            this.spec = spec;
            this.results = results;
            this.previous = previous;
            this.targets = VerificationTargets.of(spec);
        }

        Verification build() {
            Map<String, String> renamed = renames();
            for (TestResult t : lastRuns()) link(t, renamed);
            Set<String> listed = new HashSet<>();
            io.specdriven.core.internal.Verifying verifying = io.specdriven.core.internal.Verifying.of(spec);
            for (Requirement r : spec.requirements()) {
                if (!VerificationTargets.isLive(r) || targets.target(r.id().value()).requirement() != r) continue;
                ElementVerification self = element(r.id().value());
                List<ElementVerification> cs = new ArrayList<>();
                VerificationStatus status = self.tests().isEmpty() ? null : self.status();
                // its own criteria and every other that verifies it, nested or not (issue 9)
                for (AcceptanceCriterion c : verifying.of(r.id())) {
                    VerificationTargets.Target t = targets.target(c.id().value());
                    if (t.criterion() != c) continue; // a duplicate id: the first occurrence counts
                    ElementVerification e = element(c.id().value());
                    cs.add(e);
                    if (listed.add(c.id().value())) criteria.add(e);
                    status = status == null ? e.status() : status.worst(e.status());
                }
                if (status == null) status = VerificationStatus.UNTESTED;
                statusByName.put(r.id().value(), status);
                requirements.add(new RequirementVerification(r.id(), r.title().orElse(""), status, self, cs));
            }
            // criteria of stories and of the spec that verify no live requirement are live criteria too
            for (AcceptanceCriterion c : spec.allCriteria()) {
                VerificationTargets.Target t = targets.target(c.id().value());
                if (t.criterion() != c || !t.live() || listed.contains(c.id().value())) continue;
                if (t.requirement() != null && t.requirement().criteria().contains(c)) continue; // a nested one
                listed.add(c.id().value());
                criteria.add(element(c.id().value()));
            }
            for (UseCase u : spec.useCases()) {
                if (targets.target(u.id().value()).useCase() != u) continue;
                ElementVerification main = element(u.id().value());
                VerificationStatus status = main.status();
                List<ElementVerification> flows = new ArrayList<>();
                for (Flow f : u.flows()) {
                    ElementVerification e = part(u, f.id(), TargetKind.FLOW);
                    if (e == null) continue;
                    flows.add(e);
                    status = status.worst(e.status());
                }
                List<ElementVerification> rules = new ArrayList<>();
                for (BusinessRule br : u.businessRules()) {
                    ElementVerification e = part(u, br.id(), TargetKind.BUSINESS_RULE);
                    if (e == null) continue;
                    rules.add(e);
                    status = status.worst(e.status());
                }
                statusByName.put(u.id().value(), status);
                useCases.add(new UseCaseVerification(u.id(), u.title(), status, main, flows, rules));
            }
            return new Verification(this);
        }

        /** Old id → new id, for every element the previous version renamed. */
        private Map<String, String> renames() {
            if (previous == null) return Map.of();
            Map<String, String> renamed = new HashMap<>();
            for (Change c : SpecDiff.between(previous, spec).changes(ChangeKind.RENAMED)) {
                c.previousId().ifPresent(old -> renamed.put(old.value(), c.element().id().value()));
            }
            return renamed;
        }

        /** The last run of each test, at the place of its first; records the reruns. */
        private List<TestResult> lastRuns() {
            Map<String, TestResult> last = new LinkedHashMap<>();
            Map<String, List<TestVerdict>> verdicts = new HashMap<>();
            for (TestResult r : results) {
                last.put(r.id(), r);
                verdicts.computeIfAbsent(r.id(), k -> new ArrayList<>(1)).add(r.verdict());
            }
            for (TestResult r : last.values()) {
                List<TestVerdict> v = verdicts.get(r.id());
                if (v.size() > 1) reruns.add(new Rerun(r.id(), r.name(), v));
            }
            return new ArrayList<>(last.values());
        }

        private void link(TestResult t, Map<String, String> renamed) {
            Set<String> ids = new LinkedHashSet<>(t.verifies());
            if (ids.isEmpty()) {
                unlinked++;
                return;
            }
            tests.add(t);
            boolean linked = false;
            for (String id : ids) {
                VerificationTargets.Target target = targets.target(targets.resolve(id));
                if (target != null && target.live()) {
                    testsByName.computeIfAbsent(targets.resolve(id), k -> new ArrayList<>()).add(t);
                    linked = true;
                } else if (target != null) {
                    Optional<String> by = target.requirement().supersededBy().map(Id::value);
                    unresolved.add(new UnresolvedId(id, UnresolvedId.Reason.RETIRED, t, by));
                } else if (renamed.containsKey(id)) {
                    unresolved.add(new UnresolvedId(id, UnresolvedId.Reason.RENAMED, t, Optional.of(renamed.get(id))));
                } else {
                    unresolved.add(new UnresolvedId(id, UnresolvedId.Reason.UNKNOWN, t, suggest(id)));
                }
            }
            if (!linked) orphans.add(t);
        }

        /** Did you mean: a flow or rule's qualified name, else a close live id; bounded in distinct ids. */
        private Optional<String> suggest(String id) {
            Optional<String> known = suggestions.get(id);
            if (known != null) return known;
            String qualified = targets.qualifiedFor(id);
            Optional<String> s;
            if (qualified != null) s = Optional.of(qualified);
            else if (suggestions.size() >= MAX_SUGGESTED) return Optional.empty();
            else s = Suggestions.closest(id, liveNames());
            suggestions.put(id, s);
            return s;
        }

        private List<String> liveNames;

        private List<String> liveNames() {
            if (liveNames == null) {
                liveNames = new ArrayList<>();
                for (String n : targets.names()) if (targets.isLive(n)) liveNames.add(n);
            }
            return liveNames;
        }

        private ElementVerification part(UseCase u, Id part, TargetKind kind) {
            String name = VerificationTargets.qualified(u.id(), part);
            VerificationTargets.Target t = targets.target(name);
            if (t.useCase() != u || t.kind() != kind) return null; // a duplicate: the first counts
            return element(name);
        }

        private ElementVerification element(String name) {
            VerificationTargets.Target target = targets.target(name);
            List<TestResult> named = testsByName.getOrDefault(name, List.of());
            VerificationStatus status = status(name, target.fingerprint(), named);
            statusByName.putIfAbsent(name, status);
            return new ElementVerification(name, target.kind(), status, target.fingerprint(), named);
        }

        private static VerificationStatus status(String name, Fingerprint now, List<TestResult> named) {
            if (named.isEmpty()) return VerificationStatus.UNTESTED;
            boolean skipped = false;
            boolean suspect = false;
            for (TestResult t : named) {
                switch (t.verdict()) {
                    case FAILED -> {
                        return VerificationStatus.FAILED;
                    }
                    case SKIPPED, ABORTED -> skipped = true;
                    case PASSED -> {
                        Fingerprint then = t.fingerprints().get(name);
                        if (then != null && !then.equals(now)) suspect = true;
                    }
                }
            }
            if (skipped) return VerificationStatus.SKIPPED;
            return suspect ? VerificationStatus.SUSPECT : VerificationStatus.PASSED;
        }
    }
}
