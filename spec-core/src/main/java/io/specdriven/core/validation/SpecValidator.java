package io.specdriven.core.validation;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.Spec;
import io.specdriven.core.internal.Logging;
import io.specdriven.core.internal.validation.BuiltInRules;
import io.specdriven.core.internal.validation.Config;
import io.specdriven.core.internal.validation.Rule;
import io.specdriven.core.internal.validation.RuleIds;
import io.specdriven.core.internal.validation.RuleSettings;
import io.specdriven.core.internal.validation.RuleThreads;
import io.specdriven.core.internal.validation.Waivers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;

/**
 * Checks specs against a fixed set of rules and returns every finding at once in a
 * {@link ValidationReport}, with a {@link ValidationReport#score() score}.
 *
 * <pre>{@code
 * ValidationReport report = SpecValidator.standard().validate(spec);
 *
 * SpecValidator strict = SpecValidator.builder()
 *     .profile(Profile.STRICT)
 *     .minEdgeCases(5)
 *     .idPrefix(IdSpaceKind.REQUIREMENT, "REQ-")
 *     .severity("lang.criterion-no-number", Severity.WARNING)
 *     .disable("usecase.no-success-postcondition")
 *     .rule(new TeamNamingRule())
 *     .build();
 * }</pre>
 *
 * <p>A {@link Profile} chooses the built-in rules and their severities: {@link Profile#BASIC} runs the
 * structural layer (Jakarta Bean Validation constraints, rule ids {@code constraint.*}, and cross-field
 * rules {@code structure.*}) and the referential layer ({@code ref.*}); {@link Profile#STANDARD} adds the
 * completeness and quality rules; {@link Profile#STRICT} runs the same rules as STANDARD with every severity
 * an error. Each profile is a table of rule ids and severities; {@code docs/rules.md} lists it. Custom rules
 * run after the built-in ones and keep the severities they report.
 *
 * <h2>What a rule can do wrong, and what the validator does then</h2>
 * <ul>
 *   <li>A rule that throws is reported as a {@code rule.failed} error naming the rule and the exception; its
 *       findings are dropped (they may be partial) and the other rules still run.
 *   <li>A custom rule runs on a thread of the validator's own (daemon threads, shared by all validators) and
 *       has a time budget, {@value #DEFAULT_RULE_TIMEOUT_SECONDS} seconds by default
 *       ({@link Builder#ruleTimeout(java.time.Duration)}). A rule over budget is interrupted and reported as
 *       {@code rule.timeout}; its findings are dropped and the other rules still run. A rule that ignores
 *       the interruption goes on running on its thread until it returns, but {@code validate} does not wait for
 *       it, and the sink it was given refuses every later finding with an {@link IllegalStateException}.
 *       {@link Builder#noRuleTimeout()} runs custom rules on the caller's thread without a budget instead.
 *       Built-in rules are linear in the spec's size and always run on the caller's thread.
 *   <li>A finding whose rule id is not the rule's own id or an id below it (the rule {@code team} may report
 *       {@code team.naming}), or is not a well-formed {@link RuleId}, is refused by the sink with an
 *       {@link IllegalArgumentException}: the rule fails and is reported as {@code rule.failed}. A custom
 *       rule's id is read once, when it is registered, and must be a well-formed {@link RuleId}.
 *   <li>A rule reports at most {@value #DEFAULT_MAX_FINDINGS_PER_RULE} findings by default
 *       ({@link Builder#maxFindingsPerRule(int)}); the findings over the cap are counted, not kept, and one
 *       {@code rule.findings-capped} finding says how many of which rule were left out, so nothing is dropped
 *       silently and the report of a pathological spec stays bounded.
 * </ul>
 * The {@link ViolationSink} a rule is given is safe to call from any thread, including threads the rule
 * starts, until its {@code check} returns.
 *
 * <p>Findings accepted by a {@link io.specdriven.core.Waiver} are reported apart; a waiver that accepts
 * nothing is reported as {@code waiver.unmatched}. The validator's own findings ({@code rule.*}) cannot be
 * waived.
 *
 * <p>A validator is immutable and thread-safe; build it once and reuse it.
 *
 * @since 0.1
 */
public final class SpecValidator {
    /** The rule id of the finding that reports a rule that threw. */
    public static final String RULE_FAILED = "rule.failed";
    /** The rule id of the finding that reports a custom rule over its time budget. */
    public static final String RULE_TIMEOUT = "rule.timeout";
    /** The rule id of the finding that counts the findings a rule reported over the cap. */
    public static final String RULE_FINDINGS_CAPPED = "rule.findings-capped";
    /** The time budget of a custom rule unless {@link Builder#ruleTimeout(java.time.Duration)} sets another. */
    public static final int DEFAULT_RULE_TIMEOUT_SECONDS = 30;
    /** The most findings a rule reports unless {@link Builder#maxFindingsPerRule(int)} sets another. */
    public static final int DEFAULT_MAX_FINDINGS_PER_RULE = 1_000;

    private static final Logger LOG = Logging.logger(SpecValidator.class);
    private static final Map<Profile, SpecValidator> SHARED = new EnumMap<>(Profile.class);

    private final Optional<Profile> profile;
    private final List<Registered> rules;
    private final List<SpecRule> ruleList;
    private final Map<String, Severity> severities;
    private final Set<String> disabled;
    /** Every rule id this validator could run: all built-in rules of every profile, and the custom ones. */
    private final Set<String> catalogue;
    private final int maxFindingsPerRule;
    /** The budget of a custom rule in nanoseconds, or 0 to run custom rules on the caller's thread. */
    private final long ruleTimeoutNanos;

    /** A rule with the id it had when it was registered, read once. */
    private record Registered(SpecRule rule, String id, RuleId typed, boolean builtIn) {}

    private SpecValidator(Optional<Profile> profile, List<Registered> rules, Map<String, Severity> severities,
            Set<String> disabled, Set<String> catalogue, int maxFindingsPerRule, long ruleTimeoutNanos) {
        this.profile = profile;
        this.catalogue = Set.copyOf(catalogue);
        this.rules = List.copyOf(rules);
        List<SpecRule> list = new ArrayList<>(rules.size());
        for (Registered r : rules) list.add(r.rule());
        this.ruleList = List.copyOf(list);
        this.severities = Map.copyOf(severities);
        this.disabled = Set.copyOf(disabled);
        this.maxFindingsPerRule = maxFindingsPerRule;
        this.ruleTimeoutNanos = ruleTimeoutNanos;
    }

    /**
     * Returns the shared validator of the {@link Profile#STANDARD STANDARD} profile, created on first use.
     *
     * @return the standard validator
     * @since 0.1
     */
    public static SpecValidator standard() {
        return of(Profile.STANDARD);
    }

    /**
     * Returns the shared validator of a profile with its default settings, created on first use; for a
     * command line's {@code --profile strict}, {@code SpecValidator.of(Profile.parse("strict"))}.
     *
     * @param profile the profile
     * @return the shared validator
     * @since 0.1
     */
    public static SpecValidator of(Profile profile) {
        requireNonNull(profile, "profile");
        synchronized (SHARED) {
            return SHARED.computeIfAbsent(profile, p -> builder().profile(p).build());
        }
    }

    /**
     * Starts a builder with no rules: choose a {@link Builder#profile(Profile) profile}, add
     * {@link Builder#rule(SpecRule) rules}, or both.
     *
     * @return a new builder
     * @since 0.1
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the profile whose built-in rules this validator runs.
     *
     * @return the profile, or empty if it runs custom rules only
     */
    public Optional<Profile> profile() {
        return profile;
    }

    /**
     * Returns the rules this validator runs, in order: the profile's built-in rules, then the custom ones.
     * Disabled rules are not among them.
     *
     * @return the rules
     */
    public List<SpecRule> rules() {
        return ruleList;
    }

    /**
     * Checks a spec.
     *
     * @param spec the spec
     * @return every finding, sorted
     */
    public ValidationReport validate(Spec spec) {
        requireNonNull(spec, "spec");
        List<Violation> findings = new ArrayList<>();
        List<Violation> own = new ArrayList<>();
        List<String> ran = new ArrayList<>(rules.size());
        for (Registered r : rules) {
            ran.add(r.id());
            Collector collector = new Collector(r);
            Optional<String> failure = r.builtIn() || ruleTimeoutNanos == 0 ? runHere(r, spec, collector)
                    : runBudgeted(r, spec, collector);
            collector.close();
            if (failure.isPresent()) {
                ownFinding(own, failure.get().startsWith(RULE_TIMEOUT) ? RULE_TIMEOUT : RULE_FAILED,
                        failure.get().substring(failure.get().indexOf(' ') + 1), failure.get().startsWith(RULE_TIMEOUT)
                                ? "make the rule faster, or give the validator a larger rule time budget"
                                : "report this to the rule's author");
                continue;
            }
            findings.addAll(collector.kept);
            if (collector.dropped > 0) {
                ownFinding(own, RULE_FINDINGS_CAPPED, "rule '" + r.id() + "' reported " + (collector.kept.size()
                        + collector.dropped) + " findings: the first " + collector.kept.size() + " are listed, "
                        + collector.dropped + " more are not", "fix the most frequent cause first; to list every"
                        + " finding, raise the validator's maxFindingsPerRule");
            }
        }
        Waivers.Outcome outcome = Waivers.of(spec).apply(findings);
        List<Violation> standing = new ArrayList<>(outcome.standing().size() + own.size());
        standing.addAll(outcome.standing());
        standing.addAll(own);
        if (!isDisabled(Waivers.UNMATCHED)) {
            for (Waivers.Unmatched u : outcome.unmatched()) {
                unmatched(u, ran).ifPresent(message -> standing.add(new Violation(Waivers.UNMATCHED,
                        ownSeverity(Waivers.UNMATCHED), u.at(), message, BuiltInRules.UNMATCHED.fix())));
            }
        }
        return new ValidationReport(standing, outcome.waived(), ran);
    }

    /** Adds one of the validator's own findings, at the severity the profile and the settings give it. */
    private void ownFinding(List<Violation> own, String id, String message, String hint) {
        if (isDisabled(id)) {
            LOG.warn("{} (disabled): {}", id, message);
            return;
        }
        own.add(new Violation(id, ownSeverity(id), ElementPath.root(), message, Optional.of(hint)));
    }

    private Severity ownSeverity(String id) {
        Severity set = severities.isEmpty() ? null : severityOf(id);
        return set != null ? set : BuiltInRules.severity(profile.orElse(null), id).orElseThrow();
    }

    /** Runs a rule on this thread; returns why it failed, if it did: {@code "rule.failed <message>"}. */
    private static Optional<String> runHere(Registered r, Spec spec, Collector collector) {
        try {
            r.rule().check(spec, collector);
            return Optional.empty();
        } catch (Throwable e) { // a rule may throw anything, even a checked exception from Kotlin or Lombok
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) throw (VirtualMachineError) e;
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            return Optional.of(failed(r, spec, e));
        }
    }

    /** Runs a custom rule on a rule thread within the budget; returns why it failed or timed out, if it did. */
    private Optional<String> runBudgeted(Registered r, Spec spec, Collector collector) {
        Future<Optional<String>> run;
        try {
            run = RuleThreads.POOL.submit(() -> runHere(r, spec, collector));
        } catch (RejectedExecutionException e) { // no thread could be started: run it here rather than not at all
            return runHere(r, spec, collector);
        }
        try {
            return run.get(ruleTimeoutNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            return Optional.of(RULE_TIMEOUT + " rule '" + r.id() + "' ran longer than its time budget of "
                    + budget() + " and was stopped; its findings are missing, the other rules ran");
        } catch (InterruptedException e) { // the caller was interrupted: stop the rule, keep the caller's flag
            run.cancel(true);
            Thread.currentThread().interrupt();
            return Optional.of(RULE_FAILED + " rule '" + r.id() + "' did not finish: validation was interrupted;"
                    + " its findings are missing");
        } catch (ExecutionException e) { // runHere catches everything but VirtualMachineErrors
            return Optional.of(failed(r, spec, e.getCause()));
        }
    }

    private String budget() {
        java.time.Duration d = java.time.Duration.ofNanos(ruleTimeoutNanos);
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String failed(Registered r, Spec spec, Throwable e) {
        LOG.warn("rule {} failed on spec {}", r.id(), spec.id(), e);
        return RULE_FAILED + " rule '" + r.id() + "' failed (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); its findings are missing, the other rules"
                + " ran";
    }

    /**
     * The sink of one rule's run: checks each finding's id, applies {@code disable(..)} and {@code severity(..)},
     * keeps the first {@code maxFindingsPerRule} and counts the rest. Safe to call from any thread until closed.
     */
    private final class Collector implements ViolationSink {
        private final Registered rule;
        private final List<Violation> kept = new ArrayList<>();
        private int dropped;
        private boolean closed;

        Collector(Registered rule) {
            this.rule = rule;
        }

        @Override
        public void report(Violation violation) {
            requireNonNull(violation, "violation");
            String id = violation.ruleId();
            if (!rule.builtIn() && !(id.equals(rule.id()) || rule.typed().covers(id) && RuleId.isValid(id))) {
                throw new IllegalArgumentException("a finding of rule '" + rule.id() + "' has the rule id '" + id
                        + "': a rule reports its own id or a well-formed id below it, such as '" + rule.id() + ".x'");
            }
            if (isDisabled(id)) return;
            Violation v = adjust(violation);
            synchronized (this) {
                if (closed) {
                    throw new IllegalStateException("rule '" + rule.id() + "' reported a finding after its check"
                            + " ended or was stopped: a sink is valid only during the check it was passed to");
                }
                if (kept.size() < maxFindingsPerRule) kept.add(v);
                else dropped++;
            }
        }

        synchronized void close() {
            closed = true;
        }
    }

    /**
     * What to say of a waiver that accepted nothing: that it matches nothing, if its rule ran; nothing, if its
     * rule is known but did not run here (another profile's, or disabled); that no rule has its id, otherwise.
     */
    private Optional<String> unmatched(Waivers.Unmatched u, List<String> ran) {
        String id = u.waiver().ruleId();
        if (related(id, ran)) {
            return Optional.of("the waiver of '" + id + "' matches no finding here: remove it, or fix its rule id");
        }
        if (related(id, catalogue)) return Optional.empty();
        return Optional.of("the waiver of '" + id + "' names no rule: fix its rule id (see docs/rules.md)");
    }

    /** Whether a waiver's id names one of the rules, a family of them, or a finding id below one. */
    private static boolean related(String waiverId, Collection<String> ruleIds) {
        for (String rule : ruleIds) {
            if (rule.equals(waiverId) || rule.startsWith(waiverId + ".") || waiverId.startsWith(rule + ".")) return true;
        }
        return false;
    }

    /** Applies {@code severity(..)}: the profile's severity is the one a built-in rule already reports. */
    private Violation adjust(Violation v) {
        Severity override = severities.isEmpty() ? null : severityOf(v.ruleId());
        return override == null || override == v.severity() ? v : v.withSeverity(override);
    }

    /** The severity set for a finding id, or for the closest family above it ({@code lang} for {@code lang.x}). */
    private Severity severityOf(String ruleId) {
        for (String id = ruleId; ; id = id.substring(0, id.lastIndexOf('.'))) {
            Severity s = severities.get(id);
            if (s != null || id.indexOf('.') < 0) return s;
        }
    }

    private boolean isDisabled(String ruleId) {
        return !disabled.isEmpty() && matchesFamily(disabled, ruleId);
    }

    /** Whether {@code ruleId} is one of {@code ids} or lies below one of them ({@code lang} covers {@code lang.x}). */
    private static boolean matchesFamily(Set<String> ids, String ruleId) {
        if (ids.contains(ruleId)) return true;
        for (int dot = ruleId.indexOf('.'); dot > 0; dot = ruleId.indexOf('.', dot + 1)) {
            if (ids.contains(ruleId.substring(0, dot))) return true;
        }
        return false;
    }

    /** Builds a {@link SpecValidator}; every setter returns this builder. */
    public static final class Builder {
        private Profile profile;
        private final Map<String, SpecRule> rules = new LinkedHashMap<>();
        private final Map<String, Severity> severities = new HashMap<>();
        private final Set<String> disabled = new LinkedHashSet<>();
        private final Map<String, Integer> settings = new HashMap<>();
        private int maxFindingsPerRule = DEFAULT_MAX_FINDINGS_PER_RULE;
        private long ruleTimeoutNanos = TimeUnit.SECONDS.toNanos(DEFAULT_RULE_TIMEOUT_SECONDS);
        private Set<EdgeCaseKind> edgeCaseKinds = Config.STANDARD_EDGE_KINDS;
        private final Map<LexiconKind, Lexicon> lexicons = new EnumMap<>(LexiconKind.class);
        private final Map<IdSpaceKind, List<String>> idPrefixes = new EnumMap<>(IdSpaceKind.class);

        private Builder() {}

        /**
         * Chooses the built-in rules and their severities. Calling it again replaces the choice.
         *
         * @param profile the profile
         * @return this builder
         */
        public Builder profile(Profile profile) {
            this.profile = requireNonNull(profile, "profile");
            return this;
        }

        /**
         * Chooses the {@link Profile#STANDARD STANDARD} profile; the same as {@code profile(Profile.STANDARD)}.
         *
         * @return this builder
         */
        public Builder defaultRules() {
            return profile(Profile.STANDARD);
        }

        /**
         * Adds a custom rule; custom rules run after the built-in ones, in the order they were added.
         *
         * @param rule the rule
         * @return this builder
         * @throws IllegalArgumentException if a custom rule with the same id is already registered, or the rule's
         *     {@link SpecRule#id()} throws, returns null or returns an id that is not a well-formed {@link RuleId};
         *     the id is read here, once, and never again
         */
        public Builder rule(SpecRule rule) {
            requireNonNull(rule, "rule");
            String id;
            try {
                id = rule.id();
            } catch (RuntimeException e) { // the id is read once, here, so that validate() never calls it
                throw new IllegalArgumentException("cannot register the rule " + rule.getClass().getName()
                        + ": its id() threw " + e, e);
            }
            if (id == null) {
                throw new IllegalArgumentException("cannot register the rule " + rule.getClass().getName()
                        + ": its id() returned null");
            }
            RuleId.of(id); // refuses a malformed id, naming the grammar
            if (rules.putIfAbsent(id, rule) != null) {
                throw new IllegalArgumentException("a rule with id '" + id + "' is already registered");
            }
            return this;
        }

        /**
         * Reports the findings of a rule id at another severity, whatever the profile says. A family sets every
         * finding below it that has no setting of its own: {@code severity("lang", Severity.INFO)}.
         *
         * @param ruleId a rule id, a finding id such as {@code constraint.Size} or {@code rule.failed}, or a
         *     family such as {@code lang}
         * @param severity the severity to report them at
         * @return this builder
         * @see #build() which refuses an id no rule of the validator reports
         */
        public Builder severity(String ruleId, Severity severity) {
            severities.put(requireNonNull(ruleId, "ruleId"), requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * Turns a rule off: it does not run, and no finding of its id is reported. A family id turns off every
         * rule below it: {@code lang} turns off {@code lang.vague-term} and its siblings.
         *
         * @param ruleId a rule id, a finding id such as {@code constraint.Size} or {@code rule.failed}, or a family
         *     such as {@code lang}
         * @return this builder
         * @see #build() which refuses an id no rule of the validator reports
         */
        public Builder disable(String ruleId) {
            disabled.add(requireNonNull(ruleId, "ruleId"));
            return this;
        }

        /**
         * Sets an integer setting of a built-in rule: a threshold such as {@code setting("edge.too-few", "min", 5)}.
         * {@code docs/rules.md} lists every rule's settings with their defaults.
         *
         * @param ruleId the rule, such as {@code edge.too-few}
         * @param name the setting, such as {@code min}
         * @param value its value
         * @return this builder
         * @throws IllegalArgumentException if no built-in rule of that id has that setting (the message lists the
         *     settings there are), or the value is below the setting's least value
         */
        public Builder setting(String ruleId, String name, int value) {
            requireNonNull(ruleId, "ruleId");
            requireNonNull(name, "name");
            Rule.IntSetting setting = RuleSettings.find(ruleId, name);
            if (value < setting.min()) {
                throw new IllegalArgumentException("setting '" + name + "' of " + ruleId + " is " + value + ": use "
                        + setting.min() + " or more");
            }
            settings.put(Config.key(RuleId.of(ruleId), name), value);
            return this;
        }

        /**
         * Sets the most SUCCESS criteria a requirement may have before {@code criteria.too-many-success}
         * reports it; 5 by default. A shortcut for {@code setting("criteria.too-many-success", "max", max)}.
         *
         * @param max the maximum, at least 1
         * @return this builder
         */
        public Builder maxSuccessCriteria(int max) {
            return setting("criteria.too-many-success", "max", atLeast(1, max, "maxSuccessCriteria"));
        }

        /**
         * Sets the fewest EDGE_CASE criteria a spec may have before {@code edge.too-few} reports it; 3 by default.
         * A shortcut for {@code setting("edge.too-few", "min", min)}.
         *
         * @param min the minimum, 0 or more
         * @return this builder
         */
        public Builder minEdgeCases(int min) {
            return setting("edge.too-few", "min", atLeast(0, min, "minEdgeCases"));
        }

        /**
         * Sets the fewest FAILURE criteria a spec may have before {@code edge.no-failure-mode} reports it; 1 by
         * default. A shortcut for {@code setting("edge.no-failure-mode", "min", min)}.
         *
         * @param min the minimum, 0 or more
         * @return this builder
         */
        public Builder minFailureModes(int min) {
            return setting("edge.no-failure-mode", "min", atLeast(0, min, "minFailureModes"));
        }

        /**
         * Sets the fewest steps a main flow may have before {@code usecase.short-main-flow} reports it; 2 by
         * default. A shortcut for {@code setting("usecase.short-main-flow", "min", min)}.
         *
         * @param min the minimum, 0 or more
         * @return this builder
         */
        public Builder minMainFlowSteps(int min) {
            return setting("usecase.short-main-flow", "min", atLeast(0, min, "minMainFlowSteps"));
        }

        /**
         * Sets the most findings one rule reports; {@value SpecValidator#DEFAULT_MAX_FINDINGS_PER_RULE} by
         * default. The findings over it are counted in one {@code rule.findings-capped} finding, not listed.
         *
         * @param max the maximum, at least 1
         * @return this builder
         */
        public Builder maxFindingsPerRule(int max) {
            this.maxFindingsPerRule = atLeast(1, max, "maxFindingsPerRule");
            return this;
        }

        /**
         * Sets the time budget of each custom rule; {@value SpecValidator#DEFAULT_RULE_TIMEOUT_SECONDS} seconds by
         * default. A custom rule over budget is interrupted and reported as {@code rule.timeout}; see the class
         * documentation for a rule that ignores the interruption.
         *
         * @param budget the budget, more than zero
         * @return this builder
         */
        public Builder ruleTimeout(java.time.Duration budget) {
            requireNonNull(budget, "budget");
            if (budget.isNegative() || budget.isZero()) {
                throw new IllegalArgumentException("ruleTimeout is " + budget + ": use a positive duration");
            }
            long nanos;
            try {
                nanos = budget.toNanos();
            } catch (ArithmeticException e) { // longer than 292 years: as good as no budget
                nanos = Long.MAX_VALUE;
            }
            this.ruleTimeoutNanos = nanos;
            return this;
        }

        /**
         * Runs custom rules on the caller's thread, without a time budget: for rules that need the caller's
         * thread (thread-local context) and are trusted to end.
         *
         * @return this builder
         */
        public Builder noRuleTimeout() {
            this.ruleTimeoutNanos = 0;
            return this;
        }

        /**
         * Sets the edge-case kinds a spec is expected to consider ({@code edge.missing-kinds}); by default every
         * kind but {@link EdgeCaseKind#OTHER OTHER}. None turns the rule's check off.
         *
         * @param kinds the kinds
         * @return this builder
         */
        public Builder edgeCaseKinds(EdgeCaseKind... kinds) {
            requireNonNull(kinds, "kinds");
            Set<EdgeCaseKind> set = EnumSet.noneOf(EdgeCaseKind.class);
            for (int i = 0; i < kinds.length; i++) set.add(requireNonNull(kinds[i], "kinds[" + i + "]"));
            this.edgeCaseKinds = set;
            return this;
        }

        /**
         * Replaces a word list of the language rules. To extend the built-in list instead, pass
         * {@code Lexicon.builtIn(kind).plus(..)}.
         *
         * @param kind which list
         * @param lexicon the list to use
         * @return this builder
         */
        public Builder lexicon(LexiconKind kind, Lexicon lexicon) {
            lexicons.put(requireNonNull(kind, "kind"), requireNonNull(lexicon, "lexicon"));
            return this;
        }

        /**
         * Sets the id prefix convention for a kind of element, checked by {@code ids.prefix}: every id of that
         * kind starts with one of the prefixes (case-sensitive) and has more after it. No prefix removes the
         * convention for the kind; without any convention, {@code ids.prefix} reports nothing.
         *
         * @param kind the kind of element
         * @param prefixes the allowed prefixes, such as {@code REQ-} and {@code NFR-}
         * @return this builder
         */
        public Builder idPrefix(IdSpaceKind kind, String... prefixes) {
            requireNonNull(kind, "kind");
            requireNonNull(prefixes, "prefixes");
            List<String> list = new ArrayList<>();
            for (int i = 0; i < prefixes.length; i++) {
                String p = requireNonNull(prefixes[i], "prefixes[" + i + "]");
                if (p.isEmpty()) throw new IllegalArgumentException("an id prefix cannot be empty");
                list.add(p);
            }
            if (list.isEmpty()) idPrefixes.remove(kind);
            else idPrefixes.put(kind, List.copyOf(list));
            return this;
        }

        private static int atLeast(int min, int value, String name) {
            if (value < min) throw new IllegalArgumentException(name + " is " + value + ": use " + min + " or more");
            return value;
        }

        /**
         * Builds the validator.
         *
         * @return a new, immutable validator
         * @throws IllegalStateException if neither a profile nor a rule was given
         * @throws IllegalArgumentException if a custom rule has the id of a built-in one, or an id given to
         *     {@link #severity(String, Severity)} or {@link #disable(String)} is none of: the id of a rule the
         *     validator runs or a family above one, {@code rule.failed}, {@code waiver.unmatched},
         *     {@code constraint.X} for a constraint X on the model, or an id below a custom rule's id; the
         *     message names the id and, where one is close, the id that was probably meant
         */
        public SpecValidator build() {
            if (profile == null && rules.isEmpty()) {
                throw new IllegalStateException("cannot build SpecValidator: missing rules (call profile(..),"
                        + " defaultRules() or rule(..))");
            }
            List<SpecRule> all = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            Set<String> builtIn = new HashSet<>();
            Config config = new Config(settings, edgeCaseKinds, lexicons, idPrefixes);
            if (profile != null) {
                for (SpecRule r : BuiltInRules.of(profile, config)) {
                    all.add(r);
                    ids.add(r.id());
                    builtIn.add(r.id());
                }
            }
            for (Map.Entry<String, SpecRule> e : rules.entrySet()) {
                if (BuiltInRules.rule(e.getKey()).filter(r -> r.id().value().equals(e.getKey())).isPresent()) {
                    throw new IllegalArgumentException("a rule with id '" + e.getKey() + "' is already built in: give"
                            + " the custom rule another id");
                }
                all.add(e.getValue());
                ids.add(e.getKey());
            }
            RuleIds known = RuleIds.of(ids, builtIn);
            for (String id : new TreeSet<>(severities.keySet())) known.check(id, "set the severity of", profile);
            for (String id : disabled) known.check(id, "disable", profile);
            Set<String> catalogue = new HashSet<>(ids);
            catalogue.addAll(BuiltInRules.table(Profile.STANDARD).keySet());
            List<Registered> enabled = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                String id = ids.get(i);
                if (!matchesFamily(disabled, id)) {
                    enabled.add(new Registered(all.get(i), id, RuleId.of(id), builtIn.contains(id)));
                }
            }
            return new SpecValidator(Optional.ofNullable(profile), enabled, severities, disabled, catalogue,
                    maxFindingsPerRule, ruleTimeoutNanos);
        }
    }

    @Override
    public String toString() {
        return "SpecValidator" + profile.map(p -> "(" + p + ")").orElse("") + rules.stream().map(Registered::id).toList();
    }
}
