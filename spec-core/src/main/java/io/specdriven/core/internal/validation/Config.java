package io.specdriven.core.internal.validation;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.validation.ElementKind;
import io.specdriven.core.validation.Lexicon;
import io.specdriven.core.validation.LexiconKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings of the completeness and language rules: thresholds, the edge-case kinds a spec should
 * consider, the lexicons (compiled once per validator) and the id prefix convention. Immutable.
 */
public final class Config {
    /** Default of {@link #maxSuccessCriteria()}. */
    public static final int MAX_SUCCESS_CRITERIA = 5;
    /** Default of {@link #minEdgeCases()}. */
    public static final int MIN_EDGE_CASES = 3;
    /** Default of {@link #minFailureModes()}. */
    public static final int MIN_FAILURE_MODES = 1;
    /** Default of {@link #minMainFlowSteps()}. */
    public static final int MIN_MAIN_FLOW_STEPS = 2;
    /** The edge-case kinds a spec is expected to consider, by default: all but OTHER. */
    public static final Set<EdgeCaseKind> STANDARD_EDGE_KINDS = Collections.unmodifiableSet(EnumSet.of(
            EdgeCaseKind.EMPTY_DATA, EdgeCaseKind.LARGE_DATA, EdgeCaseKind.SPECIAL_CHARACTERS,
            EdgeCaseKind.CONCURRENCY, EdgeCaseKind.PERMISSIONS, EdgeCaseKind.ERROR_STATE));

    private final int maxSuccessCriteria;
    private final int minEdgeCases;
    private final int minFailureModes;
    private final int minMainFlowSteps;
    private final Set<EdgeCaseKind> edgeCaseKinds;
    private final Map<LexiconKind, Lexicon> lexicons = new EnumMap<>(LexiconKind.class);
    private final Map<LexiconKind, TermMatcher<String>> matchers = new EnumMap<>(LexiconKind.class);
    private final Map<ElementKind, List<String>> idPrefixes;

    /**
     * Creates the settings; lexicons not given are the built-in ones.
     *
     * @param maxSuccessCriteria the most SUCCESS criteria a requirement may have
     * @param minEdgeCases the fewest EDGE_CASE criteria a spec may have
     * @param minFailureModes the fewest FAILURE criteria a spec may have
     * @param minMainFlowSteps the fewest steps a main flow may have
     * @param edgeCaseKinds the edge-case kinds a spec should consider
     * @param lexicons replaced lexicons
     * @param idPrefixes the allowed id prefixes by kind of element; a kind not present has no convention
     */
    public Config(int maxSuccessCriteria, int minEdgeCases, int minFailureModes, int minMainFlowSteps,
            Set<EdgeCaseKind> edgeCaseKinds, Map<LexiconKind, Lexicon> lexicons, Map<ElementKind, List<String>> idPrefixes) {
        this.maxSuccessCriteria = maxSuccessCriteria;
        this.minEdgeCases = minEdgeCases;
        this.minFailureModes = minFailureModes;
        this.minMainFlowSteps = minMainFlowSteps;
        this.edgeCaseKinds = edgeCaseKinds.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(edgeCaseKinds));
        for (LexiconKind kind : LexiconKind.values()) {
            Lexicon lexicon = lexicons.containsKey(kind) ? lexicons.get(kind) : Lexicon.builtIn(kind);
            this.lexicons.put(kind, lexicon);
            TermMatcher<String> matcher = new TermMatcher<>();
            for (String term : lexicon.terms()) LexiconTerm.parse(term).addTo(matcher, term);
            matchers.put(kind, matcher);
        }
        Map<ElementKind, List<String>> prefixes = new EnumMap<>(ElementKind.class);
        idPrefixes.forEach((k, v) -> prefixes.put(k, List.copyOf(v)));
        this.idPrefixes = Collections.unmodifiableMap(prefixes);
    }

    /** @return the default settings */
    public static Config defaults() {
        return new Config(MAX_SUCCESS_CRITERIA, MIN_EDGE_CASES, MIN_FAILURE_MODES, MIN_MAIN_FLOW_STEPS,
                STANDARD_EDGE_KINDS, Map.of(), Map.of());
    }

    /** @return the most SUCCESS criteria a requirement may have */
    public int maxSuccessCriteria() {
        return maxSuccessCriteria;
    }

    /** @return the fewest EDGE_CASE criteria a spec may have */
    public int minEdgeCases() {
        return minEdgeCases;
    }

    /** @return the fewest FAILURE criteria a spec may have */
    public int minFailureModes() {
        return minFailureModes;
    }

    /** @return the fewest steps a main flow may have */
    public int minMainFlowSteps() {
        return minMainFlowSteps;
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
    public Map<ElementKind, List<String>> idPrefixes() {
        return idPrefixes;
    }
}
