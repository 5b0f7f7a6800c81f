package org.orbat.extract.references;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orbat.OrbatException;
import org.orbat.actors.ActorMention;
import org.orbat.actors.ActorResolver;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.TsvResource;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Generic names that stand for one actor of the country a sentence is about
 * ({@code resources/lang/en/country-references.tsv}): "the regime" and "the army" in a report on Syria,
 * "Kurdish forces" in a sentence about Iraq. A phrase counts only as a whole noun phrase: "the army
 * base" and "the army of Islam" are something else, "The Army" written as a name is a name, and a span
 * another mention already covers keeps that mention. Immutable and thread-safe.
 */
public final class CountryReferences {
    static final String RULE = "country reference";
    private static final String RESOURCE = Language.ENGLISH.resource("country-references.tsv");

    /** One phrase of one country: its words as listed and the actor it stands for. */
    record Phrase(List<String> words, String actorId) {
    }

    private final Map<String, List<Phrase>> byCountry;

    CountryReferences(Map<String, List<Phrase>> byCountry) {
        this.byCountry = Map.copyOf(byCountry);
    }

    /** The shipped table, its actor names resolved through {@code resolver} (an unknown name is an error). */
    public static CountryReferences load(ActorResolver resolver) {
        Map<String, List<Phrase>> byCountry = new HashMap<>();
        for (TsvResource.Row row : TsvResource.read(RESOURCE)) {
            if (row.columns().length < 3) {
                throw new OrbatException(RESOURCE + ":" + row.line() + ": expected 3 columns");
            }
            String actor = resolver.resolve(row.columns()[2].strip())
                .orElseThrow(() -> new OrbatException(RESOURCE + ":" + row.line() + ": unknown actor " + row.columns()[2]))
                .actor().id();
            List<String> words = List.of(row.columns()[1].strip().split("\\s+"));
            byCountry.computeIfAbsent(row.columns()[0].strip().toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                .add(new Phrase(words, actor));
        }
        byCountry.replaceAll((k, v) -> List.copyOf(v));
        return new CountryReferences(byCountry);
    }

    /** The phrases of sentence {@code s} that stand for an actor of {@code country}, outside {@code taken}. */
    List<ActorMention> find(AnnotatedSentence s, String country, boolean[] taken) {
        List<Phrase> phrases = country == null ? null : byCountry.get(country.toUpperCase(Locale.ROOT));
        if (phrases == null) {
            return List.of();
        }
        List<Token> t = s.tokens();
        List<ActorMention> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            for (Phrase p : phrases) {
                int end = i + p.words().size();
                if (matches(t, i, p.words()) && free(taken, i, end) && wholePhrase(t, end)) {
                    out.add(new ActorMention(s.index(), i, end, s.span(i, end), p.actorId(), RULE));
                    mark(taken, i, end);
                    i = end - 1;
                    break;
                }
            }
        }
        return out;
    }

    private static boolean matches(List<Token> t, int at, List<String> words) {
        if (at + words.size() > t.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!t.get(at + k).word().equalsIgnoreCase(words.get(k))) {
                return false;
            }
        }
        // the head noun is written as listed: "the Army of Conquest" is a name, "the Kurds" a people
        String head = t.get(at + words.size() - 1).word();
        return Character.isUpperCase(head.charAt(0)) == Character.isUpperCase(words.get(words.size() - 1).charAt(0));
    }

    /** The phrase ends its noun phrase: no noun it qualifies ("the army base") and no "of" after it. */
    private static boolean wholePhrase(List<Token> t, int end) {
        if (end >= t.size()) {
            return true;
        }
        Token next = t.get(end);
        String w = next.word().toLowerCase(Locale.ROOT);
        return !w.equals("of") && !next.pos().startsWith("NN") && !w.startsWith("-");
    }

    static boolean free(boolean[] taken, int begin, int end) {
        for (int k = begin; k < end; k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }

    static void mark(boolean[] taken, int begin, int end) {
        for (int k = begin; k < end; k++) {
            taken[k] = true;
        }
    }
}
