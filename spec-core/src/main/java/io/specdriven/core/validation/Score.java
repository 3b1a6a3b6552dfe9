package io.specdriven.core.validation;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.internal.Checks;
import io.specdriven.core.internal.validation.BuiltInRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How good a spec is, from 0 to 100, with a breakdown by area and the findings that cost points: the
 * same findings always give the same score.
 *
 * <p>The formula:
 * <ol>
 *   <li>Each of the five {@link Area areas} is worth {@value #AREA_POINTS} points.
 *   <li>Each finding that stands (waived findings cost nothing) costs {@value #ERROR_COST} points as an
 *       error, {@value #WARNING_COST} as a warning and {@value #INFO_COST} as an info, in its area
 *       ({@link Area#of(Violation)}).
 *   <li>The findings of one rule cost at most {@value #RULE_CAP} points in an area, so one recurring
 *       problem cannot hide all the others.
 *   <li>A spec-level gap costs every area it leaves with nothing to rate, whatever its severity:
 *       {@code spec.no-requirements} all of REQUIREMENTS and CRITERIA (no requirement, so no criterion),
 *       {@code spec.no-use-cases} all of USE_CASES, {@code spec.no-entities} all of ENTITY_MODEL, as those
 *       rules declare; a spec with only a title does not score well for having nothing wrong in it.
 *   <li>An area cannot fall below 0: where its deductions add up to more than it has, it loses what it has.
 *   <li>The score is the sum of the areas' points.
 * </ol>
 * The severities are those of the report, so the same spec scores lower under a stricter profile. A
 * spec with no standing finding scores 100.
 *
 * @param total the score, 0 to 100
 * @param areas the points of each area, in the order of {@link Area}
 * @param deductions what cost points, by area and then rule id
 * @since 0.1
 */
public record Score(int total, List<AreaScore> areas, List<Deduction> deductions) {
    /** The points each area is worth. */
    public static final int AREA_POINTS = 20;
    /** The points an error costs. */
    public static final int ERROR_COST = 4;
    /** The points a warning costs. */
    public static final int WARNING_COST = 2;
    /** The points an info costs. */
    public static final int INFO_COST = 1;
    /** The most points the findings of one rule cost in one area. */
    public static final int RULE_CAP = 10;

    /**
     * Checks for nulls and copies the lists.
     *
     * @param total the score, 0 to 100
     * @param areas the points of each area
     * @param deductions what cost points
     */
    public Score {
        areas = Checks.copy(areas, "areas");
        deductions = Checks.copy(deductions, "deductions");
    }

    /** The parts of a spec that the score rates separately. */
    public enum Area {
        /** Requirements, and findings about the spec as a whole. */
        REQUIREMENTS,
        /** Acceptance criteria: success, edge cases and failure modes. */
        CRITERIA,
        /** Use cases and actors. */
        USE_CASES,
        /** Entities, their attributes and relationships. */
        ENTITY_MODEL,
        /** Language: placeholders, vague terms, glossary, numbers, normative keywords. */
        LANGUAGE;

        /**
         * Returns the area a finding counts against: the area its rule declares (each built-in rule declares
         * one, see {@code docs/rules.md}), or, for a rule that declares none (references, ids, waivers,
         * constraints, custom rules), where the finding stands: below a criterion CRITERIA, below a requirement
         * REQUIREMENTS, below a use case or an actor USE_CASES, below an entity ENTITY_MODEL, in the glossary
         * LANGUAGE, anywhere else REQUIREMENTS.
         *
         * @param finding the finding
         * @return its area
         */
        public static Area of(Violation finding) {
            Violation v = requireNonNull(finding, "finding");
            Optional<Area> declared = BuiltInRules.area(v.ruleId());
            if (declared.isPresent()) return declared.get();
            List<ElementPath.Segment> segments = v.path().segments();
            for (ElementPath.Segment s : segments) {
                if (s.name().equals("criteria")) return CRITERIA;
            }
            switch (segments.isEmpty() ? "" : segments.get(0).name()) {
                case "useCases":
                case "actors":
                    return USE_CASES;
                case "entities":
                    return ENTITY_MODEL;
                case "glossary":
                    return LANGUAGE;
                default:
                    return REQUIREMENTS;
            }
        }

        /** Returns the area as a reader writes it: {@code entity model}. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * The points of one area.
     *
     * @param area the area
     * @param points the points it kept, 0 to {@code max}
     * @param max the points it is worth
     */
    public record AreaScore(Area area, int points, int max) {
        /**
         * Checks for nulls.
         *
         * @param area the area
         * @param points the points it kept
         * @param max the points it is worth
         */
        public AreaScore {
            requireNonNull(area, "area");
        }
    }

    /**
     * What the findings of one rule cost in one area.
     *
     * @param area the area
     * @param ruleId the findings' rule id
     * @param findings the findings, in report order
     * @param points the points they cost: the sum of their costs, at most {@value #RULE_CAP}; for a spec-level
     *     gap, all the points of an area it empties
     */
    public record Deduction(Area area, String ruleId, List<Violation> findings, int points) {
        /**
         * Checks for nulls and copies the list.
         *
         * @param area the area
         * @param ruleId the findings' rule id
         * @param findings the findings
         * @param points the points they cost
         */
        public Deduction {
            requireNonNull(area, "area");
            requireNonNull(ruleId, "ruleId");
            findings = Checks.copy(findings, "findings");
        }

        /**
         * Returns what the findings cost before the cap.
         *
         * @return the sum of {@link Score#cost(Severity)} over the findings
         */
        public int uncapped() {
            int sum = 0;
            for (Violation v : findings) sum += cost(v.severity());
            return sum;
        }

        /**
         * Tells whether this is a spec-level gap that costs all of an area it leaves with nothing to rate.
         *
         * @return whether the findings' rule empties this deduction's area
         */
        public boolean emptiesArea() {
            return BuiltInRules.emptiedAreas(ruleId).contains(area);
        }

        /**
         * Returns one line, such as {@code -4 criteria: criteria.no-success, 2 warnings × 2}, {@code -10
         * language: lang.vague-term, 7 warnings × 2 = 14, capped at 10} or {@code -20 criteria:
         * spec.no-requirements, 1 warning, nothing to rate}.
         */
        @Override
        public String toString() {
            Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
            for (Violation v : findings) counts.merge(v.severity(), 1, Integer::sum);
            List<String> parts = new ArrayList<>();
            boolean empties = emptiesArea();
            counts.forEach((s, n) -> parts.add(n + " " + s.name().toLowerCase(Locale.ROOT) + (n == 1 ? "" : "s")
                    + (empties ? "" : " × " + cost(s))));
            int uncapped = uncapped();
            String how = empties ? ", nothing to rate" : uncapped > points ? " = " + uncapped + ", capped at " + RULE_CAP : "";
            return "-" + points + " " + area + ": " + ruleId + ", " + String.join(" + ", parts) + how;
        }
    }

    /**
     * Returns what one finding of a severity costs.
     *
     * @param severity the severity
     * @return {@value #ERROR_COST}, {@value #WARNING_COST} or {@value #INFO_COST}
     */
    public static int cost(Severity severity) {
        switch (requireNonNull(severity, "severity")) {
            case ERROR:
                return ERROR_COST;
            case WARNING:
                return WARNING_COST;
            default:
                return INFO_COST;
        }
    }

    /**
     * Scores findings by the formula above.
     *
     * @param findings the findings that stand, in report order
     * @return the score
     */
    public static Score of(List<Violation> findings) {
        requireNonNull(findings, "findings");
        Map<Area, Map<String, List<Violation>>> grouped = new EnumMap<>(Area.class);
        for (Violation v : findings) {
            for (Area area : areas(v)) {
                grouped.computeIfAbsent(area, a -> new TreeMap<>()).computeIfAbsent(v.ruleId(), r -> new ArrayList<>()).add(v);
            }
        }
        List<AreaScore> areas = new ArrayList<>();
        List<Deduction> deductions = new ArrayList<>();
        int total = 0;
        for (Area area : Area.values()) {
            int lost = 0;
            for (Map.Entry<String, List<Violation>> e : grouped.getOrDefault(area, Map.of()).entrySet()) {
                int cost = 0;
                for (Violation v : e.getValue()) cost += cost(v.severity());
                boolean empties = BuiltInRules.emptiedAreas(e.getKey()).contains(area);
                Deduction d = new Deduction(area, e.getKey(), e.getValue(), empties ? AREA_POINTS : Math.min(RULE_CAP, cost));
                deductions.add(d);
                lost += d.points();
            }
            int points = Math.max(0, AREA_POINTS - lost);
            areas.add(new AreaScore(area, points, AREA_POINTS));
            total += points;
        }
        return new Score(total, areas, deductions);
    }

    /** The areas a finding costs points in: its own, and every area a spec-level gap leaves empty. */
    private static List<Area> areas(Violation v) {
        List<Area> emptied = BuiltInRules.emptiedAreas(v.ruleId());
        return emptied.isEmpty() ? List.of(Area.of(v)) : emptied;
    }

    /**
     * Returns the points of one area.
     *
     * @param area the area
     * @return its points
     */
    public AreaScore area(Area area) {
        requireNonNull(area, "area");
        return areas.stream().filter(a -> a.area() == area).findFirst().orElseThrow();
    }

    /**
     * Explains the score: the total, each area's points, and one line per deduction, in area order. Where an
     * area's deductions add up to more than it has, a line after them gives back what it could not lose, so
     * the numbers listed add up to {@code 100 - total}:
     *
     * <pre>
     * score 56/100: requirements 20/20, criteria 16/20, use cases 0/20, entity model 20/20, language 0/20
     *   -4 criteria: criteria.no-success, 2 warnings × 2
     *   -20 use cases: spec.no-use-cases, 1 warning, nothing to rate
     *   -4 language: lang.placeholder, 1 error × 4
     *   -10 language: lang.vague-term, 7 warnings × 2 = 14, capped at 10
     *   -10 language: lang.no-normative-keyword, 5 warnings × 2
     *   +4 language: floored at 0/20, it loses 20 of the 24 its findings cost
     * </pre>
     *
     * @return the explanation, several lines
     */
    public String explanation() {
        StringBuilder out = new StringBuilder(toString());
        for (String line : lines()) out.append("\n  ").append(line);
        return out.toString();
    }

    /** Each deduction, and after an area's deductions, the points it could not lose when it fell to 0. */
    private List<String> lines() {
        List<String> out = new ArrayList<>();
        for (AreaScore a : areas) {
            int cost = 0;
            for (Deduction d : deductions) {
                if (d.area() != a.area()) continue;
                out.add(d.toString());
                cost += d.points();
            }
            int lost = a.max() - a.points();
            if (cost > lost) {
                out.add("+" + (cost - lost) + " " + a.area() + ": floored at " + a.points() + "/" + a.max() + ", it"
                        + " loses " + lost + " of the " + cost + " its findings cost");
            }
        }
        return List.copyOf(out);
    }

    /** Returns the one-line form: {@code score 94/100: requirements 20/20, criteria 16/20, …}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (AreaScore a : areas) parts.add(a.area() + " " + a.points() + "/" + a.max());
        return "score " + total + "/100: " + String.join(", ", parts);
    }
}
