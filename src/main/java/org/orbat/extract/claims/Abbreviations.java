package org.orbat.extract.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.orbat.lexicon.ArabicArticle;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Abbreviations an article defines by writing them in brackets after a name ("the Syrian Observatory for Human
 * Rights (SOHR)"), so a later bare "SOHR" can be given its full name. Learn them once per article with
 * {@link #learn(List)} and pass them to {@link SourceAttributor#reportedBy(AnnotatedSentence, Abbreviations)}.
 * Immutable; threads may share it.
 *
 * @param fullNames abbreviation → full name
 */
public record Abbreviations(Map<String, String> fullNames) {
    private static final int LONGEST_NAME = 8;

    public Abbreviations {
        fullNames = Map.copyOf(fullNames);
    }

    public static Abbreviations none() {
        return new Abbreviations(Map.of());
    }

    /** The abbreviations defined anywhere in the given sentences (the first definition wins). */
    public static Abbreviations learn(List<AnnotatedSentence> sentences) {
        Map<String, String> found = new HashMap<>();
        for (AnnotatedSentence sentence : sentences) {
            definedIn(sentence).fullNames().forEach(found::putIfAbsent);
        }
        return new Abbreviations(found);
    }

    /** The abbreviations one sentence defines. */
    public static Abbreviations definedIn(AnnotatedSentence sentence) {
        Map<String, String> found = new HashMap<>();
        List<Token> tokens = sentence.tokens();
        for (int i = 1; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).word().equals("(") && tokens.get(i + 2).word().equals(")")
                    && isAbbreviation(tokens.get(i + 1).word())) {
                String abbreviation = tokens.get(i + 1).word();
                nameBefore(sentence, i, abbreviation).ifPresent(name -> found.putIfAbsent(abbreviation, name));
            }
        }
        return new Abbreviations(found);
    }

    /** This map with another's entries added where this one has none. */
    public Abbreviations and(Abbreviations other) {
        Map<String, String> merged = new HashMap<>(other.fullNames());
        merged.putAll(fullNames);
        return new Abbreviations(merged);
    }

    public Optional<String> fullName(String abbreviation) {
        return Optional.ofNullable(fullNames.get(Objects.requireNonNull(abbreviation, "abbreviation")));
    }

    /** The full name if {@code name} is a known abbreviation, else {@code name} itself. */
    public String expand(String name) {
        return fullNames.getOrDefault(name, name);
    }

    static boolean isAbbreviation(String word) {
        return word.length() >= 2 && word.length() <= 8 && word.chars().allMatch(Character::isLetter)
                && word.chars().filter(Character::isUpperCase).count() >= 2
                && Character.isUpperCase(word.charAt(0));
    }

    /**
     * The capitalised name that ends just before the bracket, trimmed from the left to the word whose initial is
     * the abbreviation's first letter (so "the US-backed Hazm Movement (HM)" gives "Hazm Movement").
     */
    private static Optional<String> nameBefore(AnnotatedSentence sentence, int bracket, String abbreviation) {
        List<Token> tokens = sentence.tokens();
        int begin = bracket;
        while (begin - 1 >= 0 && bracket - begin < LONGEST_NAME && isNamePart(tokens.get(begin - 1))) {
            begin--;
        }
        char initial = Character.toLowerCase(abbreviation.charAt(0));
        while (begin < bracket && !(Words.isCapitalised(tokens.get(begin))
                && Character.toLowerCase(tokens.get(begin).word().charAt(0)) == initial)) {
            begin++;
        }
        return begin < bracket ? Optional.of(sentence.span(begin, bracket)) : Optional.empty();
    }

    private static boolean isNamePart(Token token) {
        String word = Words.lower(token);
        return Words.isCapitalised(token) || word.equals("for") || word.equals("of") || word.equals("and")
                || ArabicArticle.is(word) || ArabicArticle.opens(word) || word.equals("'s") || word.equals("&");
    }
}
