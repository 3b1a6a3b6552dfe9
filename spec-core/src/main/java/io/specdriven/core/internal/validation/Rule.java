package io.specdriven.core.internal.validation;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.Spec;
import io.specdriven.core.validation.ElementPath;
import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.RuleId;
import io.specdriven.core.validation.Score;
import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.SpecRule;
import io.specdriven.core.validation.ViolationSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A built-in rule as a named value: its typed id, default severity, the least profile that runs it, the
 * score area its findings cost points in, a description, its settings (thresholds with defaults) and the
 * check. The check reads its settings and reports through {@link Findings}, so it never repeats its own id
 * or severity. A rule is immutable and holds no configuration: {@link #bind(Config, Severity)} pairs it
 * with a validator's settings and the severity its profile gives it.
 *
 * <p>Each rule is a {@code static final} field of its family's class ({@code CompletenessRules.NO_SUCCESS},
 * …), so it can be tested alone: {@code Rule.bind(Config.defaults(), rule.severity()).check(spec, sink)}.
 */
public final class Rule {
    private final RuleId id;
    private final Severity severity;
    private final Profile since;
    private final Optional<Score.Area> area;
    private final List<Score.Area> empties;
    private final Function<Settings, String> description;
    private final List<IntSetting> settings;
    private final Optional<String> fix;
    private final Check check;

    private Rule(RuleId id, Severity severity, Profile since, Optional<Score.Area> area, List<Score.Area> empties,
            Function<Settings, String> description, List<IntSetting> settings, Optional<String> fix, Check check) {
        this.id = requireNonNull(id, "id");
        this.severity = requireNonNull(severity, "severity");
        this.since = requireNonNull(since, "since");
        this.area = requireNonNull(area, "area");
        this.empties = List.copyOf(empties);
        this.description = requireNonNull(description, "description");
        this.settings = List.copyOf(settings);
        this.fix = requireNonNull(fix, "fix");
        this.check = requireNonNull(check, "check");
    }

    /**
     * Defines a rule of the structural and referential layer, which every profile runs.
     *
     * @param id the rule id
     * @param severity its default severity
     * @param area the area its findings cost points in, or null if that depends on where they stand
     * @param description one sentence: what it checks
     * @param check the check
     * @return the rule
     */
    static Rule basic(String id, Severity severity, Score.Area area, String description, Check check) {
        return new Rule(RuleId.of(id), severity, Profile.BASIC, Optional.ofNullable(area), List.of(), s -> description,
                List.of(), Optional.empty(), check);
    }

    /**
     * Defines a completeness or quality rule, which {@link Profile#STANDARD} and {@link Profile#STRICT} run.
     *
     * @param id the rule id
     * @param severity its default severity (the one STANDARD reports)
     * @param area the area its findings cost points in, or null if that depends on where they stand
     * @param description one sentence: what it checks
     * @param check the check
     * @return the rule
     */
    static Rule standard(String id, Severity severity, Score.Area area, String description, Check check) {
        return new Rule(RuleId.of(id), severity, Profile.STANDARD, Optional.ofNullable(area), List.of(),
                s -> description, List.of(), Optional.empty(), check);
    }

    /**
     * Returns a copy with a description built from the settings, for a rule whose threshold it names.
     *
     * @param description the description of the settings in force
     * @return the changed copy
     */
    Rule describedBy(Function<Settings, String> description) {
        return new Rule(id, severity, since, area, empties, description, settings, fix, check);
    }

    /**
     * Returns a copy with one more integer setting.
     *
     * @param name the setting's name, such as {@code max}
     * @param defaultValue its default
     * @param min the least value it takes
     * @param meaning what it sets, for docs and messages
     * @return the changed copy
     */
    Rule setting(String name, int defaultValue, int min, String meaning) {
        List<IntSetting> more = new ArrayList<>(settings);
        more.add(new IntSetting(name, defaultValue, min, meaning));
        return new Rule(id, severity, since, area, empties, description, more, fix, check);
    }

    /**
     * Returns a copy that, as a spec-level gap, costs all the points of the areas it leaves with nothing to rate.
     *
     * @param areas those areas
     * @return the changed copy
     */
    Rule empties(Score.Area... areas) {
        return new Rule(id, severity, since, area, List.of(areas), description, settings, fix, check);
    }

    /**
     * Returns a copy whose findings carry this fix when the check gives none of its own: every finding tells
     * the reader what to write (agents read {@code fix} from the JSON report).
     *
     * @param fix what to change in the spec, as one instruction
     * @return the changed copy
     */
    Rule fix(String fix) {
        return new Rule(id, severity, since, area, empties, description, settings, Optional.of(fix), check);
    }

    /** @return the fix findings carry when the check gives none of its own */
    public Optional<String> fix() {
        return fix;
    }

    /** @return the rule id */
    public RuleId id() {
        return id;
    }

    /** @return the default severity: the one STANDARD (and BASIC, for the rules it runs) reports */
    public Severity severity() {
        return severity;
    }

    /** @return the least profile that runs the rule: BASIC or STANDARD */
    public Profile since() {
        return since;
    }

    /** @return the area its findings cost points in, or empty where that depends on where they stand */
    public Optional<Score.Area> area() {
        return area;
    }

    /** @return the areas it empties as a spec-level gap; none for most rules */
    public List<Score.Area> emptiedAreas() {
        return empties;
    }

    /** @return its integer settings, with their defaults */
    public List<IntSetting> settings() {
        return settings;
    }

    /**
     * @param config the settings in force
     * @return one sentence: what it checks with those settings
     */
    public String description(Config config) {
        return description.apply(name -> config.setting(id, name));
    }

    /**
     * Pairs the rule with a validator's settings and a severity.
     *
     * @param config the settings
     * @param reportAs the severity its findings have
     * @return the rule as a validator runs it
     */
    public SpecRule bind(Config config, Severity reportAs) {
        return new Bound(this, requireNonNull(config, "config"), requireNonNull(reportAs, "reportAs"));
    }

    @Override
    public String toString() {
        return id.value();
    }

    /**
     * An integer setting of a rule: a threshold.
     *
     * @param name its name, such as {@code min}
     * @param defaultValue its default
     * @param min the least value it takes
     * @param meaning what it sets
     */
    public record IntSetting(String name, int defaultValue, int min, String meaning) {
        /**
         * Checks for nulls.
         *
         * @param name its name
         * @param defaultValue its default
         * @param min the least value it takes
         * @param meaning what it sets
         */
        public IntSetting {
            requireNonNull(name, "name");
            requireNonNull(meaning, "meaning");
        }
    }

    /** The integer settings in force, by name. */
    @FunctionalInterface
    public interface Settings {
        /**
         * @param name a setting's name
         * @return its value
         */
        int get(String name);
    }

    /** The body of a rule. */
    @FunctionalInterface
    public interface Check {
        /**
         * Checks a spec.
         *
         * @param spec the spec
         * @param out where findings go, with the settings in force
         */
        void run(Spec spec, Findings out);
    }

    /** Reports findings under one rule's id and severity, and gives the rule its settings. */
    public static final class Findings {
        private final Rule rule;
        private final Config config;
        private final Severity severity;
        private final ViolationSink sink;

        Findings(Rule rule, Config config, Severity severity, ViolationSink sink) {
            this.rule = rule;
            this.config = config;
            this.severity = severity;
            this.sink = sink;
        }

        /**
         * Reports a finding.
         *
         * @param path where
         * @param message what is wrong and what is expected
         */
        public void add(ElementPath path, String message) {
            if (rule.fix.isPresent()) sink.report(rule.id.value(), severity, path, message, rule.fix.get());
            else sink.report(rule.id.value(), severity, path, message);
        }

        /**
         * Reports a finding with a hint.
         *
         * @param path where
         * @param message what is wrong and what is expected
         * @param hint what to write in the spec to fix it
         */
        public void add(ElementPath path, String message, String hint) {
            sink.report(rule.id.value(), severity, path, message, hint);
        }

        /**
         * @param name one of the rule's settings
         * @return its value in force
         */
        public int setting(String name) {
            return config.setting(rule.id, name);
        }

        /** @return every setting of the validator: lexicons, edge-case kinds, id prefixes */
        public Config config() {
            return config;
        }

        /**
         * A sink for a rule that reports finding ids below its own ({@code constraint.NotBlank}): it gives
         * them the rule's severity.
         *
         * @return the sink
         */
        ViolationSink below() {
            return v -> {
                if (!rule.id.covers(v.ruleId())) {
                    throw new IllegalArgumentException("rule " + rule.id + " reported a finding of " + v.ruleId());
                }
                sink.report(v.severity() == severity ? v : v.withSeverity(severity));
            };
        }
    }

    /** A rule as a validator runs it: with the validator's settings and its profile's severity. */
    static final class Bound implements SpecRule {
        private final Rule rule;
        private final Config config;
        private final Severity severity;
        private final String description;

        Bound(Rule rule, Config config, Severity severity) {
            this.rule = rule;
            this.config = config;
            this.severity = severity;
            this.description = rule.description(config);
        }

        Rule rule() {
            return rule;
        }

        @Override
        public String id() {
            return rule.id.value();
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public void check(Spec spec, ViolationSink sink) {
            requireNonNull(spec, "spec");
            rule.check.run(spec, new Findings(rule, config, severity, requireNonNull(sink, "sink")));
        }

        @Override
        public String toString() {
            return rule.id.value();
        }
    }

    /**
     * Writes a count with its noun in the right number, for descriptions and messages built from settings.
     *
     * @param n the count
     * @param one the noun for 1, such as {@code FAILURE criterion}
     * @param many the noun for any other count, such as {@code FAILURE criteria}
     * @return such as {@code 1 FAILURE criterion} or {@code 2 FAILURE criteria}
     */
    public static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
