package io.specdriven.core;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for ids, rule ids, field names and commands: the one edit distance of specdriven and the
 * suggestion built on it, so a typo gets the same kind of help wherever it is made (the validator,
 * verification, the JSON reader and the command-line tool use it).
 *
 * <pre>{@code
 * Suggestions.closest("AC-EXPROT-1", List.of("AC-EXPORT-1", "AC-EMPTY")); // Optional[AC-EXPORT-1]
 * }</pre>
 *
 * @since 0.1
 */
public final class Suggestions {
    private Suggestions() {}

    /**
     * Returns the optimal string alignment distance: insertions, deletions, substitutions and swaps of
     * neighbours each cost 1 (so {@code "AC-EXPROT-1"} is one edit from {@code "AC-EXPORT-1"}). Two rows of
     * memory; time is the product of the lengths.
     *
     * @param a a text
     * @param b another text
     * @return the number of edits
     */
    public static int distance(String a, String b) {
        requireNonNull(a, "a");
        requireNonNull(b, "b");
        return bounded(a, b, Integer.MAX_VALUE);
    }

    /**
     * The distance, or any value above {@code limit} as soon as a whole row exceeds it: a search for close
     * candidates reads only the start of most far ones.
     */
    private static int bounded(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) previous[j] = j;
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            // Distances only grow down the table (a swap reaches back two rows, each above the limit too).
            if (rowMin > limit && i > 1) return rowMin;
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return previous[m];
    }

    /**
     * The candidate closest to what was written, ignoring case: at most {@code max(2, length / 5)} edits
     * away, fewer edits than the written text is long (rewriting everything is no suggestion), and the
     * only one at that distance. Candidates whose length alone puts them too far are skipped unread.
     *
     * @param written what was written
     * @param candidates what would be accepted
     * @return the candidate, or empty when none is close or two are equally close
     */
    public static Optional<String> closest(String written, Collection<String> candidates) {
        requireNonNull(written, "written");
        requireNonNull(candidates, "candidates");
        String w = written.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, written.length() / 5);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String c : candidates) {
            requireNonNull(c, "candidate");
            if (Math.abs(c.length() - written.length()) > allowed) continue;
            int d = bounded(w, c.toLowerCase(Locale.ROOT), Math.min(allowed, bestDistance));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && !c.equals(best)) {
                tie = true;
            }
        }
        if (best == null || tie || bestDistance > allowed || bestDistance >= written.length()) return Optional.empty();
        return Optional.of(best);
    }
}
