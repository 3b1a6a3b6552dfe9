package io.specdriven.cli.internal;

import io.specdriven.core.Suggestions;

/** Did-you-mean suggestions for the command line. */
final class Text {
    private Text() {}

    /**
     * Returns the candidate closest to {@code word}, if it is close enough to be a likely typo.
     *
     * @param word what the user typed
     * @param candidates the known words
     * @return the suggestion, or null
     */
    public static String closest(String word, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = Suggestions.distance(word, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(2, word.length() / 3));
        return bestDistance <= allowed ? best : null;
    }
}
