package org.orbat.actors;

import java.util.List;
import org.orbat.nlp.AnnotatedSentence;

/** Cuts the surface text of a token span out of its sentence, honouring affixes cut from the last token. */
final class SentenceText {
    private SentenceText() {
    }

    static String span(AnnotatedSentence sentence, List<TokenView> views, int begin, int end) {
        TokenView first = views.get(begin);
        TokenView last = views.get(end - 1);
        int from = first.token().begin() - sentence.begin();
        int to = last.token().begin() + last.word().length() - sentence.begin();
        String text = sentence.text();
        if (from < 0 || to > text.length() || from >= to) {
            StringBuilder b = new StringBuilder();
            for (int i = begin; i < end; i++) {
                b.append(i > begin ? " " : "").append(views.get(i).word());
            }
            return cleanSurface(b.toString());
        }
        return cleanSurface(text.substring(from, to));
    }

    /** The span as an alias: possessive, quotes and surrounding white space removed. */
    static String cleanSurface(String s) {
        String t = s.strip();
        if (t.endsWith("'s") || t.endsWith("\u2019s")) {
            t = t.substring(0, t.length() - 2);
        }
        return t.replaceAll("^[\"\u201C\u201D'\u2018\u2019]+|[\"\u201C\u201D'\u2018\u2019]+$", "").strip();
    }
}
