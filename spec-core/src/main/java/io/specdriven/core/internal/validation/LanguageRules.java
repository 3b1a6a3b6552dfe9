package io.specdriven.core.internal.validation;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Actor;
import io.specdriven.core.CriterionCategory;
import io.specdriven.core.Entity;
import io.specdriven.core.GlossaryTerm;
import io.specdriven.core.Id;
import io.specdriven.core.Requirement;
import io.specdriven.core.RequirementKind;
import io.specdriven.core.Spec;
import io.specdriven.core.UseCase;
import io.specdriven.core.validation.ElementPath;
import io.specdriven.core.validation.IdSpaceKind;
import io.specdriven.core.validation.LexiconKind;
import io.specdriven.core.validation.Score.Area;
import io.specdriven.core.validation.Severity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Testable, unambiguous language: no placeholders, no vague terms, the glossary's words, numbers where
 * quality is promised, normative keywords, no technology in requirements; and the id prefix convention.
 * Word lists come from the {@link Config}'s lexicons; matching is linear in the text (see
 * {@link TermMatcher}).
 */
public final class LanguageRules {
    private LanguageRules() {}

    /** How many words of context a message quotes on each side of a match. */
    private static final int CONTEXT = 3;

    private static final Set<String> EARS_OPENERS = Set.of("when", "while", "where", "if");
    /** The words that can start the subject of an EARS response: "the system", "each export", "it". */
    private static final Set<String> SUBJECT_DETERMINERS = Set.of("the", "a", "an", "each", "every", "all", "any");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they");

    /** A letter prefix and its separator before the first digit: "FR-" in "FR-2", "REQ" in "REQ001". */
    private static final Pattern OTHER_PREFIX = Pattern.compile("^[A-Za-z]+[-_.]?(?=[0-9])");

    /** No text holds a placeholder. */
    public static final Rule PLACEHOLDER = Rule.standard("lang.placeholder", Severity.ERROR, Area.LANGUAGE,
            "No text holds a placeholder such as TBD, TODO, ??? or [NEEDS CLARIFICATION] (open questions excepted);"
                    + " lexicon PLACEHOLDERS.", (spec, out) -> TextFields.visit(spec, (path, text, kind) -> {
                        if (kind == TextFields.Kind.OPEN_QUESTION) return;
                        terms(out, LexiconKind.PLACEHOLDERS, path, text, (term, excerpt) -> "'" + term + "' marks"
                                + " unfinished text (\"" + excerpt + "\")", "write the final text, or move the question"
                                + " to the spec's open questions");
                    }));

    /** Behaviour text uses no vague term. */
    public static final Rule VAGUE_TERM = Rule.standard("lang.vague-term", Severity.WARNING, Area.LANGUAGE,
            "Statements, criteria, steps, conditions, business rules and invariants use no vague or unmeasurable"
                    + " term such as fast, easy or as soon as possible; lexicon VAGUE_TERMS.",
            (spec, out) -> TextFields.visit(spec, (path, text, kind) -> {
                if (kind != TextFields.Kind.BEHAVIOUR) return;
                terms(out, LexiconKind.VAGUE_TERMS, path, text, (term, excerpt) -> "'" + term + "' is not measurable"
                        + " (\"" + excerpt + "\")", "replace it with a number and a unit, or a condition a tester can"
                        + " check");
            }));

    /** No text uses a synonym the glossary avoids. */
    public static final Rule AVOIDED_SYNONYM = Rule.standard("lang.avoided-synonym", Severity.WARNING, Area.LANGUAGE,
            "No text uses a synonym the glossary says to avoid instead of its term.", LanguageRules::avoidedSynonyms);

    /** A quality requirement states a number. */
    public static final Rule QUALITY_NO_NUMBER = Rule.standard("lang.quality-no-number", Severity.WARNING,
            Area.LANGUAGE, "A quality requirement states a number: in its statement or in one of its criteria.",
            (spec, out) -> {
                // criteria that verify it from a story or the spec count too (issue 9)
                io.specdriven.core.internal.Verifying verifying = io.specdriven.core.internal.Verifying.of(spec);
                for (Requirement r : spec.requirements()) {
                    // a user story that stands where the statement is (issue 9) may state the number
                    String own = r.statement().orElseGet(() -> r.story().map(Object::toString).orElse(""));
                    if (r.kind() != RequirementKind.QUALITY || Numbers.hasNumber(Text.of(own))) continue;
                    boolean inCriteria = false;
                    for (AcceptanceCriterion c : verifying.of(r.id())) inCriteria |= hasNumber(c);
                    if (!inCriteria) {
                        out.add(Paths.of(r).field("statement"), "the quality requirement states no number: it cannot"
                                + " be measured", "state the target with a unit, e.g. '95 % of exports finish within"
                                + " 2 s'");
                    }
                }
            });

    /** A SUCCESS criterion states a number or quotes an exact value. */
    public static final Rule CRITERION_NO_NUMBER = Rule.standard("lang.criterion-no-number", Severity.INFO,
            Area.LANGUAGE, "A SUCCESS criterion states a number or quotes an exact value.", (spec, out) -> {
                for (Paths.Located l : Paths.criteria(spec)) {
                    AcceptanceCriterion c = l.criterion();
                    if (c.category() == CriterionCategory.SUCCESS && !hasNumber(c) && !hasQuote(c)) {
                        out.add(l.path(), "the success criterion has neither a number nor a quoted exact"
                                + " value: it is hard to check", "state exactly what is observed, e.g. 'a file with"
                                + " 1 header row and 3 data rows' or the message 'Saved'");
                    }
                }
            });

    /** A requirement statement has a normative keyword or an EARS pattern. */
    public static final Rule NO_NORMATIVE_KEYWORD = Rule.standard("lang.no-normative-keyword", Severity.WARNING,
            Area.LANGUAGE, "A requirement statement has a normative keyword (shall, must) or an EARS pattern ('When …,"
                    + " the system …'); lexicon NORMATIVE_KEYWORDS.", (spec, out) -> {
                TermMatcher<String> keywords = out.config().matcher(LexiconKind.NORMATIVE_KEYWORDS);
                String listed = String.join(", ", out.config().lexicon(LexiconKind.NORMATIVE_KEYWORDS).terms().stream()
                        .map(t -> t.startsWith(LexiconTerm.EXACT_CASE) ? t.substring(1) : t).toList());
                for (Requirement r : spec.requirements()) {
                    // an absent statement is requirement.no-statement's finding, not this one's (issue 9)
                    if (r.statement().isEmpty()) continue;
                    Text text = Text.of(r.statement().get());
                    if (keywords.find(text).isEmpty() && !ears(text)) {
                        out.add(Paths.of(r).field("statement"), "the statement has no normative keyword (" + listed
                                + ") and no EARS pattern: it reads as a description, not a requirement", "write it as"
                                + " 'The system shall …' or 'When <trigger>, the system shall …'");
                    }
                }
            });

    /** A requirement statement names no technology. */
    public static final Rule IMPLEMENTATION_DETAIL = Rule.standard("lang.implementation-detail", Severity.WARNING,
            Area.LANGUAGE, "A requirement statement names no technology (SQL, REST, JSON, HTTP status codes, tables,"
                    + " classes, endpoints, frameworks); CONSTRAINT requirements excepted; lexicon IMPLEMENTATION_TERMS.",
            (spec, out) -> {
                for (Requirement r : spec.requirements()) {
                    if (r.kind() == RequirementKind.CONSTRAINT || r.statement().isEmpty()) continue;
                    terms(out, LexiconKind.IMPLEMENTATION_TERMS, Paths.of(r).field("statement"), r.statement().get(),
                            (term, excerpt) -> "'" + term + "' is an implementation detail (\"" + excerpt + "\")",
                            "say what the user or the business needs and leave the technology to the design; if it is"
                                    + " mandated, make this a CONSTRAINT requirement");
                }
            });

    /** Ids follow the configured prefix convention. */
    public static final Rule ID_PREFIX = Rule.standard("ids.prefix", Severity.WARNING, null,
            "Ids follow the configured prefix convention (setting idPrefix); without one, nothing is checked.",
            (spec, out) -> prefixes(spec, out.config().idPrefixes(), out));

    /**
     * Returns the rules, in the order they run.
     *
     * @return the rules
     */
    public static List<Rule> all() {
        return List.of(PLACEHOLDER, VAGUE_TERM, AVOIDED_SYNONYM, QUALITY_NO_NUMBER, CRITERION_NO_NUMBER,
                NO_NORMATIVE_KEYWORD, IMPLEMENTATION_DETAIL, ID_PREFIX);
    }

    @FunctionalInterface
    private interface Message {
        String of(String term, String excerpt);
    }

    /** Reports each lexicon term found in a text once, at its first occurrence. */
    private static void terms(Rule.Findings out, LexiconKind kind, ElementPath path, String text, Message message,
            String defaultHint) {
        Config config = out.config();
        TermMatcher<String> matcher = config.matcher(kind);
        if (matcher.isEmpty()) return;
        Text tokens = Text.of(text);
        Set<String> seen = new LinkedHashSet<>();
        for (TermMatcher.Match<String> m : matcher.find(tokens)) {
            if (!seen.add(m.value())) continue;
            String written = tokens.original(m.from(), m.to());
            out.add(path, message.of(written, tokens.excerpt(m.from(), m.to(), CONTEXT)),
                    config.lexicon(kind).hint(m.value()).orElse(defaultHint));
        }
    }

    private record Word(String term, boolean avoided) {}

    private static void avoidedSynonyms(Spec spec, Rule.Findings out) {
        if (spec.glossary().isEmpty()) return;
        TermMatcher<Word> words = new TermMatcher<>();
        for (GlossaryTerm t : spec.glossary()) words.add(Text.termTokens(t.term()), new Word(t.term(), false));
        for (GlossaryTerm t : spec.glossary()) {
            for (String avoid : t.avoid()) words.add(Text.termTokens(avoid), new Word(t.term(), true));
        }
        TextFields.visit(spec, (path, text, kind) -> {
            if (kind == TextFields.Kind.GLOSSARY) return;
            Text tokens = Text.of(text);
            Set<String> seen = new LinkedHashSet<>();
            for (TermMatcher.Match<Word> m : words.find(tokens)) {
                if (!m.value().avoided()) continue;
                String written = tokens.original(m.from(), m.to());
                if (!seen.add(written.toLowerCase(Locale.ROOT))) continue;
                out.add(path, "'" + written + "' is a synonym the glossary avoids: the term is '" + m.value().term()
                        + "'", "write '" + m.value().term() + "' so every reader means the same thing");
            }
        });
    }

    private static boolean hasNumber(AcceptanceCriterion c) {
        boolean[] found = {false};
        TextFields.criterion((path, text, kind) -> found[0] |= Numbers.hasNumber(Text.of(text)), ElementPath.root(), c);
        return found[0];
    }

    private static boolean hasQuote(AcceptanceCriterion c) {
        if (c.then().isEmpty()) return c.statement().map(Numbers::hasQuote).orElse(false);
        for (String step : c.then()) {
            if (Numbers.hasQuote(step)) return true;
        }
        return false;
    }

    /**
     * An EARS-shaped statement without "shall": "When/While/Where/If &lt;condition&gt;, [then] &lt;subject&gt;
     * &lt;response&gt;". The condition has a word; after its comma comes a subject, a determiner and a noun
     * ("the system", "each export") or "it"/"they", and at least one word of response. So "When the buyer
     * confirms, the system charges the card" passes, but "Where possible, fast." does not (found in review).
     */
    private static boolean ears(Text text) {
        if (text.size() == 0 || !EARS_OPENERS.contains(text.token(0))) return false;
        int comma = text.tokens().indexOf(",");
        if (comma < 2) return false;
        int i = comma + 1;
        if (i < text.size() && text.token(i).equals("then")) i++;
        if (i >= text.size()) return false;
        int subjectWords;
        if (SUBJECT_DETERMINERS.contains(text.token(i))) subjectWords = 2;
        else if (SUBJECT_PRONOUNS.contains(text.token(i))) subjectWords = 1;
        else return false;
        int words = 0;
        for (int k = i; k < text.size(); k++) {
            if (Character.isLetterOrDigit(text.token(k).codePointAt(0))) words++;
        }
        return words > subjectWords;
    }

    private static void prefixes(Spec spec, Map<IdSpaceKind, List<String>> prefixes, Rule.Findings out) {
        if (prefixes.isEmpty()) return;
        for (Actor a : spec.actors()) prefix(Paths.of(a), a.id(), IdSpaceKind.ACTOR, prefixes, out);
        for (Requirement r : spec.requirements()) {
            prefix(Paths.of(r), r.id(), IdSpaceKind.REQUIREMENT, prefixes, out);
            for (AcceptanceCriterion c : r.criteria()) prefix(Paths.of(r, c), c.id(), IdSpaceKind.CRITERION, prefixes, out);
        }
        for (UseCase u : spec.useCases()) prefix(Paths.of(u), u.id(), IdSpaceKind.USE_CASE, prefixes, out);
        for (Entity e : spec.entities()) prefix(Paths.of(e), e.name(), IdSpaceKind.ENTITY, prefixes, out);
    }

    private static void prefix(ElementPath at, Id id, IdSpaceKind kind, Map<IdSpaceKind, List<String>> prefixes,
            Rule.Findings out) {
        List<String> allowed = prefixes.get(kind);
        if (allowed == null || allowed.isEmpty()) return;
        for (String p : allowed) {
            if (id.value().startsWith(p) && id.value().length() > p.length()) return;
        }
        String noun = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        out.add(at, "the " + noun + " id '" + id + "' does not start with " + String.join(" or ", allowed) + ", the"
                + " prefix configured for " + noun + "s", "rename it, e.g. '" + renamed(id.value(), allowed.get(0)) + "'");
    }

    /**
     * The id with the configured prefix in place of the one it has: FR-2 becomes REQ-2, REQ001 becomes
     * REQ-001; an id without such a prefix keeps all of itself: Pay becomes REQ-Pay.
     */
    private static String renamed(String id, String prefix) {
        return prefix + OTHER_PREFIX.matcher(id).replaceFirst("");
    }
}
