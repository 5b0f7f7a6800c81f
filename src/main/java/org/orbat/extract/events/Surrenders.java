package org.orbat.extract.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.model.ActorKind;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * The other side of a surrender: the authority fighters gave themselves up to. The ACLED codebook
 * files a surrender as a Strategic development / Agreement, and codes it between the side that gave up
 * (actor 1) and the one it surrendered to (actor 2); reports name that authority by its forces ("surrendered
 * to security forces"), by an official's title ("surrendered before the chief minister", "at the
 * Inspector-General's office") or as "government officials", and the codebook names an official acting
 * for the state by the state's government, a police officer by its police. The words are data:
 * {@code lang/en/grammar/surrenders.tsv}. Immutable and thread-safe.
 */
final class Surrenders {
    /** How far after the preposition the authority's noun phrase may run. */
    private static final int PHRASE_REACH = 8;
    private static final WordTable WORDS = WordTable.of(Language.ENGLISH, "grammar/surrenders.tsv");
    private static final Set<String> YIELDING = WORDS.words("yielding");
    private static final Set<String> BEFORE = WORDS.words("before-authority");
    private static final Set<String> POLICE = WORDS.words("police-titles");
    private static final Set<String> GOVERNMENT = WORDS.words("government-titles");

    /** What an authority phrase names: one of the sentence's parties, or the country's police or government. */
    enum Authority { PARTY, POLICE, GOVERNMENT }

    /** The authority read after a surrender verb: a party already found, or the kind of state actor it names. */
    record Reading(Authority authority, Optional<Party> party) {
    }

    /** Whether the trigger over {@code [begin, end)} is a verb of surrendering. */
    static boolean surrender(AnnotatedSentence s, int begin, int end) {
        for (int i = begin; i < end; i++) {
            Token t = s.tokens().get(i);
            if (YIELDING.contains(t.word().toLowerCase(Locale.ROOT)) || YIELDING.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The authority named by "before", "to" or "at" right after the surrender verb ending at {@code verbEnd}
     * ("surrendered before the Assam chief minister in Guwahati"): the first party inside that noun phrase,
     * else a police title in it (the police), else an official's title (the government). Empty when no
     * such phrase follows ("surrendered after a long siege") or it names neither.
     */
    static Optional<Reading> authority(AnnotatedSentence s, int verbEnd, List<Party> parties) {
        List<Token> t = s.tokens();
        int i = verbEnd;
        if (i < t.size() && t.get(i).pos().startsWith("PRP")) {
            i++;                                                   // "surrendered themselves to the police"
        }
        if (i >= t.size() || !BEFORE.contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int begin = i + 1;
        int end = phraseEnd(t, begin);
        for (Party p : parties) {
            if (p.tokenBegin() >= begin && p.tokenBegin() < end && p.kind() != ActorKind.CIVILIAN && p.kind() != ActorKind.CROWD) {
                return Optional.of(new Reading(Authority.PARTY, Optional.of(p)));
            }
        }
        boolean government = false;
        for (int k = begin; k < end; k++) {
            String w = t.get(k).word().toLowerCase(Locale.ROOT);
            if (POLICE.contains(w)) {
                return Optional.of(new Reading(Authority.POLICE, Optional.empty()));
            }
            government |= GOVERNMENT.contains(w) || GOVERNMENT.contains(t.get(k).lemma().toLowerCase(Locale.ROOT));
        }
        return government ? Optional.of(new Reading(Authority.GOVERNMENT, Optional.empty())) : Optional.empty();
    }

    /** The end of the noun phrase opening at {@code begin}: the next clause break, verb or preposition other than "of". */
    private static int phraseEnd(List<Token> t, int begin) {
        int k = begin;
        while (k < t.size() && k < begin + PHRASE_REACH) {
            Token x = t.get(k);
            boolean preposition = x.pos().equals("IN") && !x.word().equalsIgnoreCase("of");
            if (k > begin && (preposition || x.pos().startsWith("VB") || x.word().matches("[,.;:()]") || x.pos().equals("CC"))) {
                break;
            }
            k++;
        }
        return k;
    }

    private Surrenders() {
    }
}
