package org.orbat.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.orbat.actors.ActorMention;
import org.orbat.extract.Demonyms;
import org.orbat.extract.MentionIndex;
import org.orbat.extract.relations.RelationExtractor.Found;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.model.RelationType;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Alliances the words state without a verb to parse: "X, along with Y", "X and its ally Y", "its
 * Syrian government allies", "its allies, particularly Russia". Stateless and thread-safe.
 */
final class AllyPhrases {
    /** This class's words, kept as data: {@code lang/en/grammar/ally-phrases.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/ally-phrases.tsv");
    private static final Set<String> COMPANION = GRAMMAR.words("companion");
    private static final Set<String> ALLY_NOUNS = RelationWords.of("ally-noun");
    private static final Set<String> SINGLING_OUT = RelationWords.of("singling-out");
    private static final Set<String> POSSESSIVES = GRAMMAR.words("possessives");

    private AllyPhrases() {
    }

    /**
     * "X, along with Y, ...", "X together with Y": the two act as one side, an alliance. Read from the
     * words, which say it without a verb to parse.
     */
    static List<Found> find(AnnotatedSentence s, List<ActorMention> parties, MentionIndex index) {
        List<Found> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int k = 0; k + 1 < parties.size(); k++) {
            ActorMention a = parties.get(k);
            ActorMention b = parties.get(k + 1);
            int i = a.tokenEnd();
            if (i < t.size() && t.get(i).word().equals(",")) {
                i++;
            }
            if (i + 1 >= t.size() || !t.get(i + 1).word().equalsIgnoreCase("with")
                    || !COMPANION.contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int next = i + 2;
            if (next < t.size() && t.get(next).word().equalsIgnoreCase("the")) {
                next++;
            }
            if (b.tokenBegin() == next) {
                Found.emit(out, RelationType.ALLY_OF, a.actorId(), b.actorId(), "along with", index, i);
            }
        }
        for (int k = 0; k + 1 < parties.size(); k++) {
            ActorMention a = parties.get(k);
            ActorMention b = parties.get(k + 1);
            if (itsAlly(t, a.tokenEnd(), b.tokenBegin())) {
                Found.emit(out, RelationType.ALLY_OF, a.actorId(), b.actorId(), "its ally", index, a.tokenEnd());
            }
        }
        for (ActorMention b : parties) {
            int its = possessiveAlly(t, b);
            if (its >= 0) {
                ActorMention owner = nearestBefore(parties, its);
                if (owner != null) {
                    Found.emit(out, RelationType.ALLY_OF, owner.actorId(), b.actorId(), "its allies", index, its);
                }
            }
        }
        return out;
    }

    /**
     * "the regime and its Russian allies": a nationality adjective between the possessive and the ally noun
     * names the state that is the ally (curated demonyms only, {@link Demonyms#state}); the possessive stands
     * for the nearest party before it. An adjective that opens a name ("its Syrian Democratic Forces
     * allies") is that name's, read by {@link #find}.
     */
    static List<Found> demonymAllies(AnnotatedSentence s, List<ActorMention> parties, Demonyms demonyms, MentionIndex index) {
        List<Found> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i + 2 < t.size(); i++) {
            if (!POSSESSIVES.contains(t.get(i).word().toLowerCase(Locale.ROOT))
                    || !ALLY_NOUNS.contains(t.get(i + 2).word().toLowerCase(Locale.ROOT))
                    || PartyArguments.covering(parties, i + 1).isPresent()
                    || !Character.isUpperCase(t.get(i + 1).word().charAt(0))) {
                continue;
            }
            Optional<String> state = demonyms.state(t.get(i + 1).word());
            ActorMention owner = nearestBefore(parties, i);
            if (state.isPresent() && owner != null) {
                Found.emit(out, RelationType.ALLY_OF, owner.actorId(), state.get(), "its allies", index, i);
            }
        }
        return out;
    }

    /**
     * Where "its" stands in "its Syrian government allies" (the name between the possessive and the
     * noun) or "its allies, particularly Russia" (the name singled out after it), or -1. The
     * possessive stands for the nearest party before it, whose allies they are.
     */
    private static int possessiveAlly(List<Token> t, ActorMention named) {
        int before = named.tokenBegin() - 1;
        if (before >= 0 && POSSESSIVES.contains(t.get(before).word().toLowerCase(Locale.ROOT))
                && named.tokenEnd() < t.size() && ALLY_NOUNS.contains(t.get(named.tokenEnd()).word().toLowerCase(Locale.ROOT))) {
            return before;
        }
        int k = before;
        if (k >= 0 && t.get(k).word().equalsIgnoreCase("the")) {
            k--;
        }
        if (k < 0 || !SINGLING_OUT.contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        k--;
        if (k >= 0 && t.get(k).word().equals(",")) {
            k--;
        }
        if (k >= 1 && ALLY_NOUNS.contains(t.get(k).word().toLowerCase(Locale.ROOT))
                && POSSESSIVES.contains(t.get(k - 1).word().toLowerCase(Locale.ROOT))) {
            return k - 1;
        }
        return -1;
    }

    private static ActorMention nearestBefore(List<ActorMention> parties, int token) {
        ActorMention nearest = null;
        for (ActorMention m : parties) {
            if (m.tokenEnd() <= token) {
                nearest = m;
            }
        }
        return nearest;
    }

    /**
     * "X and its ally Y", "X, its allies Y and Z": the possessive stands for the name right before it,
     * so the ally it names is X's. Only the words of that phrase may stand between the two names.
     */
    private static boolean itsAlly(List<Token> t, int from, int to) {
        int i = from;
        while (i < to && (t.get(i).word().equals(",") || t.get(i).word().equalsIgnoreCase("and"))) {
            i++;
        }
        if (i >= to || !(t.get(i).word().equalsIgnoreCase("its") || t.get(i).word().equalsIgnoreCase("their"))) {
            return false;
        }
        i++;
        if (i < to && (t.get(i).pos().startsWith("JJ") || t.get(i).pos().equals("VBN"))) {
            i++;
        }
        if (i >= to || !ALLY_NOUNS.contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        i++;
        // "its allies in Jund al-Aqsa": the allies are the group named in the phrase.
        while (i < to && (t.get(i).word().equals(",") || t.get(i).word().equalsIgnoreCase("the")
                || t.get(i).word().equalsIgnoreCase("in"))) {
            i++;
        }
        return i == to;
    }
}
