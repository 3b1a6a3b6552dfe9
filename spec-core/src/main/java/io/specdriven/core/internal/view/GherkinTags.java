package io.specdriven.core.internal.view;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Id;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.UseCase;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Gherkin tag of each requirement and acceptance criterion of a spec (without the {@code @}).
 *
 * <p>A tag cannot hold white space (the parser refuses it) nor {@code @} (the parser splits tags there).
 * An id without those characters is its own tag, exactly as before: {@code @REQ-EXPORT},
 * {@code @dsn~cli-option-parsing~2}, {@code @Größe}. In any other id each such character becomes
 * {@code _}: {@code Validate all specs in one run} is tagged {@code @Validate_all_specs_in_one_run}. Where
 * that tag is already taken, by an id of the spec that is its own tag or by an earlier mapped id, it gets
 * {@code ~2}, {@code ~3}…: ids are visited in spec order, requirements with their criteria. So the table
 * depends only on the spec, and reading a tag back ({@link #ids(Spec)}) gives the id it was made from.
 */
public final class GherkinTags {
    private GherkinTags() {}

    /**
     * Returns the tag of every requirement and criterion id, in spec order.
     *
     * @param spec the spec
     * @return id → tag name (without {@code @})
     */
    public static Map<Id, String> of(Spec spec) {
        Set<String> taken = new HashSet<>();
        // every id that is its own tag keeps it, whatever comes first (so old tags never change meaning)
        for (Requirement r : spec.requirements()) {
            reserve(taken, r.id());
            for (AcceptanceCriterion c : r.criteria()) reserve(taken, c.id());
        }
        for (UseCase u : spec.useCases()) reserve(taken, u.id());
        Map<Id, String> tags = new LinkedHashMap<>();
        Map<String, Integer> next = new HashMap<>(); // the next suffix to try per base: linear however many collide
        for (Requirement r : spec.requirements()) {
            assign(tags, taken, next, r.id());
            for (AcceptanceCriterion c : r.criteria()) assign(tags, taken, next, c.id());
        }
        return tags;
    }

    /**
     * Returns, for every tag {@link #of(Spec)} made from an id that is not its own tag, that id.
     *
     * @param spec the spec
     * @return tag name (without {@code @}) → id text
     */
    public static Map<String, String> ids(Spec spec) {
        Map<String, String> back = new HashMap<>();
        of(spec).forEach((id, tag) -> {
            if (!tag.equals(id.value())) back.putIfAbsent(tag, id.value());
        });
        return back;
    }

    /**
     * Tells whether an id can be a tag as it is.
     *
     * @param id the id text
     * @return whether it holds no white space (as Gherkin sees it) and no {@code @}
     */
    public static boolean isOwnTag(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '@' || Gherkin.isWhitespace(c)) return false;
        }
        return true;
    }

    private static void reserve(Set<String> taken, Id id) {
        if (isOwnTag(id.value())) taken.add(id.value());
    }

    private static void assign(Map<Id, String> tags, Set<String> taken, Map<String, Integer> next, Id id) {
        if (tags.containsKey(id)) return;
        String value = id.value();
        if (isOwnTag(value)) {
            tags.put(id, value);
            return;
        }
        StringBuilder mapped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            mapped.append(c == '@' || Gherkin.isWhitespace(c) ? '_' : c);
        }
        String base = mapped.toString();
        String tag = base;
        int n = next.getOrDefault(base, 2);
        while (!taken.add(tag)) tag = base + "~" + n++;
        next.put(base, n);
        tags.put(id, tag);
    }
}
