package io.specdriven.core.internal;

import java.util.Collection;
import java.util.Locale;

/**
 * The one edit distance of spec-core (issue 17 asks for one copy): the optimal string alignment distance,
 * and the "did you mean" choice built on it.
 */
public final class EditDistance {
    private EditDistance() {}

    /**
     * The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours
     * each cost 1. Two rows of memory; time is the product of the lengths.
     */
    public static int between(String a, String b) {
        return bounded(a, b, Integer.MAX_VALUE);
    }

    /**
     * The distance, or any value above {@code limit} as soon as a whole row exceeds it: a search for close
     * candidates reads only the start of most far ones.
     */
    static int bounded(String a, String b, int limit) {
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
     * @return the candidate, or null when none is close or two are equally close
     */
    public static String closest(String written, Collection<String> candidates) {
        String w = written.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, written.length() / 5);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String c : candidates) {
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
        if (best == null || tie || bestDistance > allowed || bestDistance >= written.length()) return null;
        return best;
    }
}
