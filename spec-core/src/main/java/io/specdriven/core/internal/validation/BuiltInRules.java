package io.specdriven.core.internal.validation;

import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.RuleId;
import io.specdriven.core.validation.Score;
import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.SpecRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of built-in rules, in the order they run, and the profiles as data: for each profile a
 * table of the rules it runs and the severity it gives each. BASIC runs the rules whose {@link Rule#since()}
 * is BASIC at their default severity; STANDARD runs every rule at its default severity; STRICT runs the
 * same rules as STANDARD with every severity ERROR. The validator's own findings ({@code rule.failed},
 * {@code rule.timeout}, {@code rule.findings-capped}, {@code waiver.unmatched}) are entries of the same
 * tables, so no profile is a special case anywhere else.
 */
public final class BuiltInRules {
    private BuiltInRules() {}

    /** The Jakarta Bean Validation constraints on the model; finding ids {@code constraint.X}. */
    public static final Rule CONSTRAINTS = Rule.basic(BeanValidationRule.ID, Severity.ERROR, null,
            "Every text that must be there is not blank, every text and number is within its bounds.",
            (spec, out) -> BeanValidationRule.shared().check(spec, out.below()));

    /** The validator's finding for a rule that threw. */
    public static final Rule FAILED = own("rule.failed", Severity.ERROR, "A rule that throws is reported with the"
            + " exception; its findings are missing, the other rules still run.");
    /** The validator's finding for a custom rule that ran over its time budget. */
    public static final Rule TIMEOUT = own("rule.timeout", Severity.ERROR, "A custom rule that runs longer than the"
            + " validator's rule time budget is stopped and reported; its findings are dropped, the other rules still"
            + " run.");
    /** The validator's finding for a rule whose findings were cut at the validator's cap. */
    public static final Rule CAPPED = own("rule.findings-capped", Severity.WARNING, "A rule reports at most the"
            + " validator's maxFindingsPerRule findings; the count of the rest is reported here.");
    /** The validator's finding for a waiver that accepts nothing. */
    public static final Rule UNMATCHED = Rule.basic(Waivers.UNMATCHED, Severity.WARNING, null, "Every waiver accepts at"
            + " least one finding on its element or below when its rule runs, and names a rule.", (spec, out) -> {})
            .fix("remove the waiver, or correct its ruleId or the element it stands on so it matches a finding");

    private static final List<Rule> RUN = List.copyOf(collect());
    private static final List<Rule> OWN = List.of(FAILED, TIMEOUT, CAPPED, UNMATCHED);
    private static final Map<String, Rule> BY_ID;
    private static final Map<Profile, Map<String, Severity>> TABLES = new EnumMap<>(Profile.class);

    static {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule r : RUN) putOnce(byId, r);
        for (Rule r : OWN) putOnce(byId, r);
        BY_ID = Collections.unmodifiableMap(byId);
        for (Profile p : Profile.values()) {
            Map<String, Severity> table = new LinkedHashMap<>();
            for (Rule r : byId.values()) {
                if (r.since().compareTo(p) > 0) continue;
                table.put(r.id().value(), p == Profile.STRICT ? Severity.ERROR : r.severity());
            }
            TABLES.put(p, Collections.unmodifiableMap(table));
        }
    }

    private static Rule own(String id, Severity severity, String description) {
        return Rule.basic(id, severity, null, description, (spec, out) -> {});
    }

    private static void putOnce(Map<String, Rule> byId, Rule r) {
        if (byId.put(r.id().value(), r) != null) throw new IllegalStateException("two built-in rules " + r.id());
    }

    private static List<Rule> collect() {
        List<Rule> rules = new ArrayList<>();
        rules.add(CONSTRAINTS);
        rules.addAll(StructureRules.all());
        rules.addAll(ReferenceRules.all());
        rules.addAll(CompletenessRules.all());
        rules.addAll(ModelRules.all());
        rules.addAll(LanguageRules.all());
        return rules;
    }

    /**
     * Returns every built-in rule that runs, in the order it runs.
     *
     * @return the rules
     */
    public static List<Rule> all() {
        return RUN;
    }

    /**
     * Returns the validator's own findings as catalogue entries: they are not run, the validator reports them.
     *
     * @return {@code rule.failed}, {@code rule.timeout}, {@code rule.findings-capped}, {@code waiver.unmatched}
     */
    public static List<Rule> own() {
        return OWN;
    }

    /**
     * Returns a profile's table: every rule id it runs (and the validator's own finding ids) with the severity it
     * reports.
     *
     * @param profile the profile
     * @return rule id to severity, in run order
     */
    public static Map<String, Severity> table(Profile profile) {
        return TABLES.get(profile);
    }

    /**
     * Returns the severity a profile gives a finding id: its own entry, or that of the nearest rule above it
     * ({@code constraint} for {@code constraint.NotBlank}).
     *
     * @param profile the profile, or null for a validator without one (the defaults)
     * @param findingId the finding's rule id
     * @return the severity, or empty if the profile has no such rule
     */
    public static Optional<Severity> severity(Profile profile, String findingId) {
        Map<String, Severity> table = TABLES.get(profile == null ? Profile.STANDARD : profile);
        for (String id = findingId; ; id = id.substring(0, id.lastIndexOf('.'))) {
            Severity s = table.get(id);
            if (s != null) return Optional.of(s);
            if (id.indexOf('.') < 0) return Optional.empty();
        }
    }

    /**
     * Returns the built-in rule of a finding id: the rule with that id, or the nearest above it.
     *
     * @param findingId a finding's rule id
     * @return the rule, or empty for a custom rule's finding
     */
    public static Optional<Rule> rule(String findingId) {
        for (String id = findingId; ; id = id.substring(0, id.lastIndexOf('.'))) {
            Rule r = BY_ID.get(id);
            if (r != null) return Optional.of(r);
            if (id.indexOf('.') < 0) return Optional.empty();
        }
    }

    /**
     * Returns the declared area of a finding id's built-in rule.
     *
     * @param findingId a finding's rule id
     * @return the area, or empty if it depends on where the finding stands (or it is no built-in rule's)
     */
    public static Optional<Score.Area> area(String findingId) {
        return rule(findingId).flatMap(Rule::area);
    }

    /**
     * Returns the areas a spec-level gap leaves with nothing to rate.
     *
     * @param findingId a finding's rule id
     * @return those areas; none for most rules
     */
    public static List<Score.Area> emptiedAreas(String findingId) {
        Rule r = BY_ID.get(findingId);
        return r == null ? List.of() : r.emptiedAreas();
    }

    /**
     * Returns a rule's declared integer setting.
     *
     * @param rule the rule id
     * @param name the setting's name
     * @return the setting, or empty if the rule has none of that name (or is no built-in rule)
     */
    public static Optional<Rule.IntSetting> setting(RuleId rule, String name) {
        Rule r = BY_ID.get(rule.value());
        if (r == null) return Optional.empty();
        for (Rule.IntSetting s : r.settings()) {
            if (s.name().equals(name)) return Optional.of(s);
        }
        return Optional.empty();
    }

    /**
     * Returns the rules of a profile, bound to the settings, each reporting at the severity the profile's table
     * gives it.
     *
     * @param profile the profile
     * @param config thresholds, lexicons and the id convention
     * @return the rules, in the order they run
     */
    public static List<SpecRule> of(Profile profile, Config config) {
        Map<String, Severity> table = table(profile);
        List<SpecRule> rules = new ArrayList<>();
        for (Rule r : RUN) {
            Severity s = table.get(r.id().value());
            if (s != null) rules.add(r.bind(config, s));
        }
        return rules;
    }
}
