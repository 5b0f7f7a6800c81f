package org.orbat.extract.references;

import java.util.HashMap;
import java.util.Map;
import org.orbat.extract.MentionIndex;
import org.orbat.extract.places.PlaceMention;
import org.orbat.nlp.AnnotatedArticle;
import org.orbat.nlp.AnnotatedSentence;

/**
 * The country (ISO 3166-1 alpha-2) a report is about, read from the places it names, and the country
 * one sentence is about: the one its own places name most, else the report's. A report on Syria may
 * turn to Iraq for a sentence ("pushed back Kurdish forces in northern Iraq"), and there the generic
 * names mean Iraqi actors.
 *
 * @param article the country most of the report's places lie in, or {@code null}
 * @param bySentence per sentence index, the country most of its places lie in (sentences naming no
 *                   place, or two countries equally often, are absent)
 */
public record ReportCountry(String article, Map<Integer, String> bySentence) {
    public ReportCountry {
        bySentence = Map.copyOf(bySentence);
    }

    /** Counts the places of every sentence; a place inside an actor's name ("Syrian Democratic Forces") is none. */
    public static ReportCountry of(AnnotatedArticle article, MentionIndex mentions) {
        Map<String, Integer> total = new HashMap<>();
        Map<Integer, String> bySentence = new HashMap<>();
        for (AnnotatedSentence s : article.sentences()) {
            Map<String, Integer> counts = new HashMap<>();
            for (PlaceMention p : mentions.places(s.index())) {
                String country = p.place().country();
                if (country != null && !mentions.insideActor(p)) {
                    counts.merge(country, 1, Integer::sum);
                    total.merge(country, 1, Integer::sum);
                }
            }
            String top = top(counts);
            if (top != null) {
                bySentence.put(s.index(), top);
            }
        }
        return new ReportCountry(top(total), bySentence);
    }

    /** The country sentence {@code index} is about: its own, else the report's; {@code null} when neither is known. */
    public String of(int index) {
        return bySentence.getOrDefault(index, article);
    }

    /** The most frequent key; {@code null} when there is none or two share the top count. */
    private static String top(Map<String, Integer> counts) {
        String best = null;
        int max = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > max) {
                best = e.getKey();
                max = e.getValue();
                tie = false;
            } else if (e.getValue() == max) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
