package org.orbat.query;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Did you mean": the known names closest to a name nothing answered to, by edit distance ignoring
 * case (Damerau's optimal string alignment: a swapped pair of letters counts once), allowing one edit
 * per four letters and at least two, so "Levant Frnt" finds "Levant Front" and "battles" finds
 * "battle"; a known name that starts with the asked one ("Levant" for "Levant Front") is offered too.
 * Written here rather than taken from Commons Text, whose current release needs a newer Commons Lang
 * than the one CoreNLP pins. Stateless.
 */
public final class Suggestions {
    /** How many suggestions a message offers at most. */
    public static final int MAX = 3;

    private Suggestions() {
    }

    /** Up to {@link #MAX} of {@code known} closest to {@code asked}, closest first, each once. */
    public static List<String> closest(String asked, Collection<String> known) {
        String wanted = asked.trim().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        int allowed = Math.max(2, wanted.length() / 4);
        Map<String, Integer> scored = new LinkedHashMap<>();
        for (String name : known) {
            String candidate = name.toLowerCase(Locale.ROOT);
            int distance = distance(wanted, candidate, allowed);
            if (distance <= allowed) {
                scored.merge(name, distance, Math::min);
            } else if (wanted.length() >= 4 && candidate.startsWith(wanted)) {
                scored.merge(name, allowed + 1, Math::min);
            }
        }
        return scored.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
            .limit(MAX).map(Map.Entry::getKey).toList();
    }

    /** " (did you mean A, B?)" for a message, or nothing when there is no suggestion. */
    public static String phrase(List<String> suggestions) {
        return suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ", suggestions) + "?";
    }

    /** Optimal string alignment distance, or {@code limit + 1} as soon as it must exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
