package io.specdriven.core.internal.validation;

import io.specdriven.core.Entity;
import io.specdriven.core.Id;
import io.specdriven.core.Spec;
import io.specdriven.core.UseCase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How text names an entity: its name split into words ({@code ReportRow} is "report row", as are
 * {@code report_row} and {@code REPORT-ROW}) or written as one word, with the last word in the singular or
 * an English plural ({@code rows}, {@code boxes}, {@code categories}), in any case.
 */
public final class EntityNames {
    private EntityNames() {}

    /**
     * Builds a matcher of every entity of a spec, and of every entity a use case names in {@code uses}
     * (so an undefined one is still recognised).
     *
     * @param spec the spec
     * @return the matcher; a match's value is the entity's name
     */
    public static TermMatcher<Id> matcher(Spec spec) {
        Set<Id> names = new LinkedHashSet<>();
        for (Entity e : spec.entities()) names.add(e.name());
        for (UseCase u : spec.useCases()) names.addAll(u.uses());
        TermMatcher<Id> matcher = new TermMatcher<>();
        for (Id name : names) {
            for (List<String> variant : variants(name.value())) matcher.add(variant, name);
        }
        return matcher;
    }

    /**
     * Returns the token sequences that name an entity.
     *
     * @param name the entity's name
     * @return the variants: split words and joined word, each with singular and plural endings
     */
    static Set<List<String>> variants(String name) {
        List<String> words = words(name);
        Set<List<String>> out = new LinkedHashSet<>();
        if (words.isEmpty()) return out;
        List<String> split = new ArrayList<>();
        for (String w : words) split.add(Text.normalize(w));
        addWithPlurals(out, split);
        if (split.size() > 1) addWithPlurals(out, List.of(String.join("", split)));
        return out;
    }

    private static void addWithPlurals(Set<List<String>> out, List<String> words) {
        String last = words.get(words.size() - 1);
        List<String> endings = new ArrayList<>(List.of(last, last + "s", last + "es"));
        if (last.length() > 1 && last.endsWith("y") && "aeiou".indexOf(last.charAt(last.length() - 2)) < 0) {
            endings.add(last.substring(0, last.length() - 1) + "ies");
        }
        for (String ending : endings) {
            List<String> v = new ArrayList<>(words.subList(0, words.size() - 1));
            v.add(ending);
            out.add(v);
        }
    }

    /** Splits an id into words at separators and at lower-to-upper case changes: {@code HTTPRequest} is HTTP, Request. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int[] cps = name.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (!Character.isLetterOrDigit(c)) {
                flush(words, word);
                continue;
            }
            if (word.length() > 0 && Character.isUpperCase(c)) {
                int prev = cps[i - 1];
                boolean nextLower = i + 1 < cps.length && Character.isLowerCase(cps[i + 1]);
                if (Character.isLowerCase(prev) || Character.isDigit(prev)
                        || (Character.isUpperCase(prev) && nextLower)) {
                    flush(words, word);
                }
            }
            word.appendCodePoint(c);
        }
        flush(words, word);
        return words;
    }

    private static void flush(List<String> words, StringBuilder word) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
