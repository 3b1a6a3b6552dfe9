package io.specdriven.core.internal.validation;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.validation.IdSpaceKind;
import io.specdriven.core.validation.Lexicon;
import io.specdriven.core.validation.LexiconKind;
import io.specdriven.core.validation.RuleId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings of a validator's built-in rules: each rule's integer settings (thresholds, declared by the
 * rule with their defaults, see {@link Rule#settings()}), the edge-case kinds a spec should consider, the
 * lexicons (compiled once per validator) and the id prefix convention. Immutable.
 */
public final class Config {
    /** The edge-case kinds a spec is expected to consider, by default: all but OTHER. */
    public static final Set<EdgeCaseKind> STANDARD_EDGE_KINDS = Collections.unmodifiableSet(EnumSet.of(
            EdgeCaseKind.EMPTY_DATA, EdgeCaseKind.LARGE_DATA, EdgeCaseKind.SPECIAL_CHARACTERS,
            EdgeCaseKind.CONCURRENCY, EdgeCaseKind.PERMISSIONS, EdgeCaseKind.ERROR_STATE));

    private static volatile Config defaults;

    private final Map<String, Integer> settings;
    private final Set<EdgeCaseKind> edgeCaseKinds;
    private final Map<LexiconKind, Lexicon> lexicons = new EnumMap<>(LexiconKind.class);
    private final Map<LexiconKind, TermMatcher<String>> matchers = new EnumMap<>(LexiconKind.class);
    private final Map<IdSpaceKind, List<String>> idPrefixes;

    /**
     * Creates the settings; settings and lexicons not given have their defaults.
     *
     * @param settings integer settings by {@link #key(RuleId, String) key}; each must be declared by its rule
     * @param edgeCaseKinds the edge-case kinds a spec should consider
     * @param lexicons replaced lexicons
     * @param idPrefixes the allowed id prefixes by kind of element; a kind not present has no convention
     */
    public Config(Map<String, Integer> settings, Set<EdgeCaseKind> edgeCaseKinds, Map<LexiconKind, Lexicon> lexicons,
            Map<IdSpaceKind, List<String>> idPrefixes) {
        this.settings = Map.copyOf(settings);
        this.edgeCaseKinds = edgeCaseKinds.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(edgeCaseKinds));
        for (LexiconKind kind : LexiconKind.values()) {
            Lexicon lexicon = lexicons.containsKey(kind) ? lexicons.get(kind) : Lexicon.builtIn(kind);
            this.lexicons.put(kind, lexicon);
            TermMatcher<String> matcher = new TermMatcher<>();
            for (String term : lexicon.terms()) LexiconTerm.parse(term).addTo(matcher, term);
            matchers.put(kind, matcher);
        }
        Map<IdSpaceKind, List<String>> prefixes = new EnumMap<>(IdSpaceKind.class);
        idPrefixes.forEach((k, v) -> prefixes.put(k, List.copyOf(v)));
        this.idPrefixes = Collections.unmodifiableMap(prefixes);
    }

    /** @return the default settings, compiled once */
    public static Config defaults() {
        Config d = defaults;
        if (d == null) {
            d = new Config(Map.of(), STANDARD_EDGE_KINDS, Map.of(), Map.of());
            defaults = d;
        }
        return d;
    }

    /**
     * The key of a rule's setting: {@code edge.too-few:min}.
     *
     * @param rule the rule
     * @param name the setting's name
     * @return the key
     */
    public static String key(RuleId rule, String name) {
        return rule.value() + ":" + name;
    }

    /**
     * Returns the value of a rule's integer setting: the one set, or the rule's default.
     *
     * @param rule the rule
     * @param name the setting's name
     * @return its value
     * @throws IllegalArgumentException if the rule declares no such setting
     */
    public int setting(RuleId rule, String name) {
        Integer set = settings.get(key(rule, name));
        if (set != null) return set;
        return BuiltInRules.setting(rule, name).orElseThrow(() -> new IllegalArgumentException(
                "rule " + rule + " has no setting '" + name + "'")).defaultValue();
    }

    /** @return the edge-case kinds a spec should consider */
    public Set<EdgeCaseKind> edgeCaseKinds() {
        return edgeCaseKinds;
    }

    /**
     * @param kind which lexicon
     * @return the lexicon in force
     */
    public Lexicon lexicon(LexiconKind kind) {
        return lexicons.get(requireNonNull(kind, "kind"));
    }

    /**
     * @param kind which lexicon
     * @return its compiled matcher; a match's value is the term as written in the lexicon
     */
    public TermMatcher<String> matcher(LexiconKind kind) {
        return matchers.get(requireNonNull(kind, "kind"));
    }

    /** @return the allowed id prefixes by kind of element */
    public Map<IdSpaceKind, List<String>> idPrefixes() {
        return idPrefixes;
    }
}
