package io.specdriven.core.validation;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.Spec;
import io.specdriven.core.internal.validation.BuiltInRules;
import io.specdriven.core.internal.validation.Waivers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks specs against a fixed set of rules and returns every finding at once in a
 * {@link ValidationReport}.
 *
 * <pre>{@code
 * ValidationReport report = SpecValidator.standard().validate(spec);
 *
 * SpecValidator custom = SpecValidator.builder()
 *     .defaultRules()
 *     .rule(new TeamNamingRule())
 *     .severity("ref.case-collision", Severity.ERROR)
 *     .build();
 * }</pre>
 *
 * <p>The default rules are the structural layer (Jakarta Bean Validation constraints, rule ids
 * {@code constraint.*}, and cross-field rules {@code structure.*}) and the referential layer
 * ({@code ref.*}). A rule that throws is reported as a {@code rule.failed} error naming the rule, and the
 * other rules still run. Findings accepted by a {@link io.specdriven.core.Waiver} are reported apart.
 *
 * <p>A validator is immutable and thread-safe; build it once and reuse it (it bootstraps Hibernate
 * Validator, which takes a few hundred milliseconds).
 *
 * @since 0.1
 */
public final class SpecValidator {
    /** The rule id of the finding that reports a rule that threw. */
    public static final String RULE_FAILED = "rule.failed";

    private static final Logger LOG = LoggerFactory.getLogger(SpecValidator.class);

    private final List<SpecRule> rules;
    private final Map<String, Severity> severities;

    private SpecValidator(Builder builder) {
        this.rules = List.copyOf(builder.rules.values());
        this.severities = Map.copyOf(builder.severities);
    }

    /**
     * Returns the shared validator with the default rules. It is created on first use.
     *
     * @return the standard validator
     * @since 0.1
     */
    public static SpecValidator standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final SpecValidator INSTANCE = builder().defaultRules().build();
    }

    /**
     * Starts a builder with no rules.
     *
     * @return a new builder
     * @since 0.1
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the rules this validator runs, in order.
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
        List<Violation> findings = new ArrayList<>();
        List<String> ran = new ArrayList<>(rules.size());
        for (SpecRule rule : rules) {
            ran.add(rule.id());
            List<Violation> own = new ArrayList<>();
            try {
                rule.check(spec, v -> own.add(requireNonNull(v, "violation")));
            } catch (RuntimeException | StackOverflowError e) {
                LOG.warn("rule {} failed on spec {}", rule.id(), spec.id(), e);
                findings.add(Violation.of(RULE_FAILED, Severity.ERROR, ElementPath.root(), "rule '" + rule.id()
                        + "' failed (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                        + e.getMessage()) + "); its findings are missing, the other rules ran")
                        .withHint("report this to the rule's author"));
                continue;
            }
            for (Violation v : own) {
                Severity override = severities.get(v.ruleId());
                findings.add(override == null ? v : v.withSeverity(override));
            }
        }
        Waivers.Outcome outcome = Waivers.of(spec).apply(findings);
        return new ValidationReport(outcome.standing(), outcome.waived(), ran);
    }

    /** Builds a {@link SpecValidator}; every setter returns this builder. */
    public static final class Builder {
        private final Map<String, SpecRule> rules = new LinkedHashMap<>();
        private final Map<String, Severity> severities = new HashMap<>();

        private Builder() {}

        /**
         * Adds the default rules: the structural and referential layers.
         *
         * @return this builder
         */
        public Builder defaultRules() {
            BuiltInRules.structuralAndReferential().forEach(this::rule);
            return this;
        }

        /**
         * Adds a rule; it runs after those added before it.
         *
         * @param rule the rule
         * @return this builder
         * @throws IllegalArgumentException if a rule with the same id is already registered
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
         * Reports the findings of a rule id at another severity.
         *
         * @param ruleId the finding's rule id, such as {@code ref.case-collision}
         * @param severity the severity to report them at
         * @return this builder
         */
        public Builder severity(String ruleId, Severity severity) {
            severities.put(requireNonNull(ruleId, "ruleId"), requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * Builds the validator.
         *
         * @return a new, immutable validator
         * @throws IllegalStateException if no rule was added
         */
        public SpecValidator build() {
            if (rules.isEmpty()) {
                throw new IllegalStateException("cannot build SpecValidator: missing rules (call defaultRules()"
                        + " or rule(..))");
            }
            return new SpecValidator(this);
        }
    }

    @Override
    public String toString() {
        return "SpecValidator" + rules.stream().map(SpecRule::id).toList();
    }
}
