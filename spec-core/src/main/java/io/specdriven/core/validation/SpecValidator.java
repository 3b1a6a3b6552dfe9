package io.specdriven.core.validation;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.Spec;
import io.specdriven.core.internal.Logging;
import io.specdriven.core.internal.validation.BuiltInRules;
import io.specdriven.core.internal.validation.Config;
import io.specdriven.core.internal.validation.RuleIds;
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
 *     .idPrefix(ElementKind.REQUIREMENT, "REQ-")
 *     .severity("lang.criterion-no-number", Severity.WARNING)
 *     .disable("usecase.no-success-postcondition")
 *     .rule(new TeamNamingRule())
 *     .build();
 * }</pre>
 *
 * <p>A {@link Profile} chooses the built-in rules and their severities: {@link Profile#BASIC} runs the
 * structural layer (Jakarta Bean Validation constraints, rule ids {@code constraint.*}, and cross-field
 * rules {@code structure.*}) and the referential layer ({@code ref.*}); {@link Profile#STANDARD} adds the
 * completeness and quality rules; {@link Profile#STRICT} makes every finding of a built-in rule an error.
 * {@code docs/rules.md} lists every rule id with its severity in each profile. Custom rules run after the
 * built-in ones and keep the severities they report.
 *
 * <p>A rule that throws is reported as a {@code rule.failed} error naming the rule, and the other rules
 * still run. Findings accepted by a {@link io.specdriven.core.Waiver} are reported apart; a waiver that
 * accepts nothing is reported as {@code waiver.unmatched}.
 *
 * <p>A validator is immutable and thread-safe; build it once and reuse it.
 *
 * @since 0.1
 */
public final class SpecValidator {
    /** The rule id of the finding that reports a rule that threw. */
    public static final String RULE_FAILED = "rule.failed";

    private static final Logger LOG = Logging.logger(SpecValidator.class);
    private static final Map<Profile, SpecValidator> SHARED = new EnumMap<>(Profile.class);

    private final Optional<Profile> profile;
    private final List<SpecRule> rules;
    private final Set<String> builtIn;
    private final Map<String, Severity> severities;
    private final Set<String> disabled;
    /** Every rule id this validator could run: all built-in rules of every profile, and the custom ones. */
    private final Set<String> catalogue;

    private SpecValidator(Optional<Profile> profile, List<SpecRule> rules, Set<String> builtIn,
            Map<String, Severity> severities, Set<String> disabled, Set<String> catalogue) {
        this.profile = profile;
        this.catalogue = Set.copyOf(catalogue);
        this.rules = List.copyOf(rules);
        this.builtIn = Set.copyOf(builtIn);
        this.severities = Map.copyOf(severities);
        this.disabled = Set.copyOf(disabled);
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
        return rules;
    }

    /**
     * Checks a spec.
     *
     * @param spec the spec
     * @return every finding, sorted
     */
    public ValidationReport validate(Spec spec) {
        requireNonNull(spec, "spec");
        boolean strict = profile.equals(Optional.of(Profile.STRICT));
        List<Violation> findings = new ArrayList<>();
        List<String> ran = new ArrayList<>(rules.size());
        for (SpecRule rule : rules) {
            ran.add(rule.id());
            List<Violation> own = new ArrayList<>();
            try {
                rule.check(spec, v -> own.add(requireNonNull(v, "violation")));
            } catch (Throwable e) { // a rule may throw anything, even a checked exception from Kotlin or Lombok
                if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) throw (VirtualMachineError) e;
                if (e instanceof InterruptedException) Thread.currentThread().interrupt();
                LOG.warn("rule {} failed on spec {}", rule.id(), spec.id(), e);
                findings.add(Violation.of(RULE_FAILED, Severity.ERROR, ElementPath.root(), "rule '" + rule.id()
                        + "' failed (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                        + e.getMessage()) + "); its findings are missing, the other rules ran")
                        .withHint("report this to the rule's author"));
                continue;
            }
            boolean escalate = strict && builtIn.contains(rule.id());
            for (Violation v : own) {
                if (!isDisabled(v.ruleId())) findings.add(adjust(v, escalate));
            }
        }
        Waivers.Outcome outcome = Waivers.of(spec).apply(findings);
        List<Violation> standing = new ArrayList<>(outcome.standing().size());
        for (Violation v : outcome.standing()) {
            if (!v.ruleId().equals(RULE_FAILED)) {
                standing.add(v);
            } else if (!isDisabled(v.ruleId())) {
                // the validator's own finding: severity(..) and disable(..) apply to it too (found in review)
                standing.add(adjust(v, strict));
            }
        }
        if (!isDisabled(Waivers.UNMATCHED)) {
            for (Waivers.Unmatched u : outcome.unmatched()) {
                unmatched(u, ran).ifPresent(message -> standing.add(adjust(
                        Violation.of(Waivers.UNMATCHED, Severity.WARNING, u.at(), message), strict)));
            }
        }
        return new ValidationReport(standing, outcome.waived(), ran);
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

    private Violation adjust(Violation v, boolean escalate) {
        Severity override = severities.isEmpty() ? null : severityOf(v.ruleId());
        if (override == null && escalate) override = Severity.ERROR;
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
        private int maxSuccessCriteria = Config.MAX_SUCCESS_CRITERIA;
        private int minEdgeCases = Config.MIN_EDGE_CASES;
        private int minFailureModes = Config.MIN_FAILURE_MODES;
        private int minMainFlowSteps = Config.MIN_MAIN_FLOW_STEPS;
        private Set<EdgeCaseKind> edgeCaseKinds = Config.STANDARD_EDGE_KINDS;
        private final Map<LexiconKind, Lexicon> lexicons = new EnumMap<>(LexiconKind.class);
        private final Map<ElementKind, List<String>> idPrefixes = new EnumMap<>(ElementKind.class);

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
         * @throws IllegalArgumentException if a custom rule with the same id is already registered
         */
        public Builder rule(SpecRule rule) {
            requireNonNull(rule, "rule");
            String id = requireNonNull(rule.id(), "rule.id()");
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
         * Sets the most SUCCESS criteria a requirement may have before {@code criteria.too-many-success}
         * reports it; 5 by default.
         *
         * @param max the maximum, at least 1
         * @return this builder
         */
        public Builder maxSuccessCriteria(int max) {
            this.maxSuccessCriteria = atLeast(1, max, "maxSuccessCriteria");
            return this;
        }

        /**
         * Sets the fewest EDGE_CASE criteria a spec may have before {@code edge.too-few} reports it; 3 by default.
         *
         * @param min the minimum, 0 or more
         * @return this builder
         */
        public Builder minEdgeCases(int min) {
            this.minEdgeCases = atLeast(0, min, "minEdgeCases");
            return this;
        }

        /**
         * Sets the fewest FAILURE criteria a spec may have before {@code edge.no-failure-mode} reports it; 1 by
         * default.
         *
         * @param min the minimum, 0 or more
         * @return this builder
         */
        public Builder minFailureModes(int min) {
            this.minFailureModes = atLeast(0, min, "minFailureModes");
            return this;
        }

        /**
         * Sets the fewest steps a main flow may have before {@code usecase.short-main-flow} reports it; 2 by
         * default.
         *
         * @param min the minimum, 0 or more
         * @return this builder
         */
        public Builder minMainFlowSteps(int min) {
            this.minMainFlowSteps = atLeast(0, min, "minMainFlowSteps");
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
        public Builder idPrefix(ElementKind kind, String... prefixes) {
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
            Set<String> builtIn = new HashSet<>();
            Config config = new Config(maxSuccessCriteria, minEdgeCases, minFailureModes, minMainFlowSteps,
                    edgeCaseKinds, lexicons, idPrefixes);
            if (profile != null) {
                for (SpecRule r : BuiltInRules.of(profile, config)) {
                    all.add(r);
                    builtIn.add(r.id());
                }
            }
            for (SpecRule r : rules.values()) {
                if (builtIn.contains(r.id())) {
                    throw new IllegalArgumentException("a rule with id '" + r.id() + "' is already built in: give the"
                            + " custom rule another id");
                }
                all.add(r);
            }
            RuleIds known = RuleIds.of(all, builtIn);
            for (String id : new TreeSet<>(severities.keySet())) known.check(id, "set the severity of", profile);
            for (String id : disabled) known.check(id, "disable", profile);
            Set<String> catalogue = new HashSet<>();
            for (SpecRule r : all) catalogue.add(r.id());
            for (SpecRule r : BuiltInRules.of(Profile.STANDARD, config)) catalogue.add(r.id());
            List<SpecRule> enabled = new ArrayList<>();
            for (SpecRule r : all) {
                if (!matchesFamily(disabled, r.id())) enabled.add(r);
            }
            return new SpecValidator(Optional.ofNullable(profile), enabled, builtIn, severities, disabled, catalogue);
        }
    }

    @Override
    public String toString() {
        return "SpecValidator" + profile.map(p -> "(" + p + ")").orElse("") + rules.stream().map(SpecRule::id).toList();
    }
}
