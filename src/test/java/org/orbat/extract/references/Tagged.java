package org.orbat.extract.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/** A sentence from "word/TAG" or "word/TAG/lemma" items, so a test fixes the tags a rule reads. */
final class Tagged {
    private Tagged() {
    }

    static AnnotatedSentence sentence(String tagged) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String item : tagged.trim().split("\\s+")) {
            String[] parts = item.split("/");
            if (text.length() > 0) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(parts[0]);
            String lemma = parts.length > 2 ? parts[2] : parts[0].toLowerCase(Locale.ROOT);
            tokens.add(new Token(parts[0], begin, begin + parts[0].length(), parts[1], lemma, "O"));
        }
        return new AnnotatedSentence(0, 0, text.length(), text.toString(), tokens, List.of());
    }
}
