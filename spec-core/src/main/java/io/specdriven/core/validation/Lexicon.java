package io.specdriven.core.validation;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.internal.validation.Lexicons;
import io.specdriven.core.internal.validation.LexiconTerm;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable list of terms, each with an optional hint on how to fix a text that uses it: the data
 * behind the language rules. The built-in lists are text files in the core module; an embedder replaces
 * or extends them on {@link SpecValidator.Builder#lexicon(LexiconKind, Lexicon)}:
 *
 * <pre>{@code
 * SpecValidator validator = SpecValidator.builder().profile(Profile.STANDARD)
 *     .lexicon(LexiconKind.VAGUE_TERMS, Lexicon.builtIn(LexiconKind.VAGUE_TERMS)
 *         .plus(Lexicon.parse("snappy | state the time in ms, e.g. 'within 200 ms'"))
 *         .minus("some"))
 *     .build();
 * }</pre>
 *
 * <p>Terms match whole words, ignoring letter case, punctuation around them and the difference between
 * a hyphen and a space: {@code fast} matches "Fast." and "(FAST)" but not "fastener";
 * {@code user-friendly} matches "user friendly". A term may span several words ({@code as soon as
 * possible}) and may contain punctuation ({@code and/or}, {@code ???}). The token {@code <number>}
 * matches any number written in digits ({@code HTTP <number>}).
 *
 * <p>A term written with a leading {@code =} matches only in the letter case it is written in (full-width
 * forms still match): {@code =REST} matches "via REST" but not "the rest of the rows", {@code =Spring}
 * matches the framework but not "in spring". The built-in lists mark acronyms and names that are also
 * English words this way ({@code =REST}, {@code =SOAP}, {@code =React}, {@code =Spring}, {@code =TODO}, …).
 *
 * <p>Two terms are the same when they have the same words ignoring case, whether or not they are marked:
 * {@code minus("rest")} removes {@code =REST}.
 *
 * @since 0.1
 */
public final class Lexicon {
    private static final Map<LexiconKind, Lexicon> BUILT_IN = Collections.synchronizedMap(new EnumMap<>(LexiconKind.class));

    /** Key: the normalized tokens joined by a space. */
    private final Map<String, Entry> entries;

    private record Entry(String term, List<String> tokens, Optional<String> hint) {}

    private Lexicon(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /**
     * Returns a built-in list, read from the core module's resources on first use.
     *
     * @param kind which list
     * @return the list
     */
    public static Lexicon builtIn(LexiconKind kind) {
        requireNonNull(kind, "kind");
        return BUILT_IN.computeIfAbsent(kind, k -> parse(Lexicons.read(k.resource())));
    }

    /**
     * Returns a list of terms without hints.
     *
     * @param terms the terms; one that starts with {@code =} matches only in its letter case
     * @return the list
     * @throws IllegalArgumentException if a term has no word or symbol in it
     */
    public static Lexicon of(String... terms) {
        requireNonNull(terms, "terms");
        Map<String, Entry> map = new LinkedHashMap<>();
        for (int i = 0; i < terms.length; i++) {
            put(map, requireNonNull(terms[i], "terms[" + i + "]"), Optional.empty(), "term " + (i + 1));
        }
        return new Lexicon(map);
    }

    /**
     * Reads a list in the lexicon file format: one term a line, optionally followed by {@code |} and a
     * hint; a term that starts with {@code =} matches only in its letter case; blank lines and lines
     * starting with {@code #} are ignored.
     *
     * <pre>
     * # vague terms
     * fast | state a number with a unit, e.g. 'within 2 s for 10,000 rows'
     * as soon as possible
     * =REST | say what the calling system needs
     * </pre>
     *
     * @param text the file's content
     * @return the list
     * @throws IllegalArgumentException naming the line, if a term has no word or symbol in it
     */
    public static Lexicon parse(String text) {
        requireNonNull(text, "text");
        Map<String, Entry> map = new LinkedHashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int bar = line.indexOf(" | ");
            String term = bar < 0 ? line : line.substring(0, bar).strip();
            Optional<String> hint = bar < 0 ? Optional.empty() : Optional.of(line.substring(bar + 3).strip())
                    .filter(h -> !h.isEmpty());
            put(map, term, hint, "line " + (i + 1));
        }
        return new Lexicon(map);
    }

    private static void put(Map<String, Entry> map, String term, Optional<String> hint, String where) {
        LexiconTerm parsed = LexiconTerm.parse(term);
        if (parsed.tokens().isEmpty()) {
            throw new IllegalArgumentException("lexicon " + where + ": '" + term + "' has no word or symbol to match");
        }
        String key = parsed.key();
        map.put(key, new Entry(term, parsed.tokens(), hint));
    }

    private static String key(String term) {
        return LexiconTerm.parse(term).key();
    }

    /**
     * Returns a list with the terms of both; where both have a term, the other's entry wins.
     *
     * @param other the terms to add
     * @return the combined list
     */
    public Lexicon plus(Lexicon other) {
        requireNonNull(other, "other");
        Map<String, Entry> map = new LinkedHashMap<>(entries);
        other.entries.forEach((k, e) -> {
            map.remove(k);
            map.put(k, e);
        });
        return new Lexicon(map);
    }

    /**
     * Returns a list with more terms, without hints.
     *
     * @param terms the terms to add
     * @return the combined list
     */
    public Lexicon plus(String... terms) {
        return plus(of(terms));
    }

    /**
     * Returns a list without the given terms; a term matches when it would match the same text.
     *
     * @param terms the terms to remove
     * @return the smaller list
     */
    public Lexicon minus(String... terms) {
        requireNonNull(terms, "terms");
        Map<String, Entry> map = new LinkedHashMap<>(entries);
        for (int i = 0; i < terms.length; i++) {
            map.remove(key(requireNonNull(terms[i], "terms[" + i + "]")));
        }
        return new Lexicon(map);
    }

    /**
     * Returns the terms as written, with the {@code =} of those that match only in their case, in their
     * declared order.
     *
     * @return the terms
     */
    public List<String> terms() {
        List<String> out = new ArrayList<>(entries.size());
        entries.values().forEach(e -> out.add(e.term()));
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the hint for a term.
     *
     * @param term the term, in any case
     * @return its hint, or empty if it has none or is not in the list
     */
    public Optional<String> hint(String term) {
        Entry e = entries.get(key(requireNonNull(term, "term")));
        return e == null ? Optional.empty() : e.hint();
    }

    /**
     * Tells whether the list has a term that matches the same text as {@code term}.
     *
     * @param term the term
     * @return whether it is in the list
     */
    public boolean contains(String term) {
        return entries.containsKey(key(requireNonNull(term, "term")));
    }

    /**
     * Returns how many terms the list has.
     *
     * @return the number of terms
     */
    public int size() {
        return entries.size();
    }

    /** Two lists are equal when they have the same terms, as written, with the same hints, in the same order. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Lexicon && List.copyOf(entries.values()).equals(List.copyOf(((Lexicon) o).entries.values()));
    }

    @Override
    public int hashCode() {
        return List.copyOf(entries.values()).hashCode();
    }

    /** Returns the terms, such as {@code Lexicon[fast, easy]}. */
    @Override
    public String toString() {
        return "Lexicon" + terms();
    }
}
