package org.orbat.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.orbat.actors.ActorMention;
import org.orbat.extract.MentionIndex;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.model.ActorKind;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Which actor mentions of a sentence may be a party to a relation. A country named as a place is
 * not one: "in Syria", "inside Syria", "across northern Syria", "Syria war" and "Syria Democratic
 * Forces" (a longer name the registry did not know) name a place or qualify another word, while
 * "Turkey shelled", "Russia's support" and "Iran and Russia" are the state acting (the annotation
 * guide's rule: a state is a party only where it acts). Mentions inside a list of linked headlines
 * ("Related ...") run into the text are no article sentence and take part in nothing.
 * Stateless and thread-safe.
 */
final class Parties {
    /** This class's words, kept as data: {@code lang/en/grammar/parties.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/parties.tsv");
    /** Prepositions that make the country after them a place ("in", "inside", "across"). */
    private static final Set<String> LOCATIVE = GRAMMAR.words("locative");
    /** Words that may stand between a locative preposition and the country ("in northern Syria"). */
    private static final Set<String> PLACE_MODIFIERS = GRAMMAR.words("place-modifiers");
    /**
     * Nouns after a country's name through which the state acts ("Syria's government", "US air strikes").
     * "Syria army" or "Turkey forces" are left out: they name the state's forces, an actor of their own
     * that the registry did not recognise in that spelling, not the state. "Russia military" (a
     * possessive without its apostrophe) is the state acting: "military" names no force of its own.
     */
    private static final Set<String> ACTING_NOUNS = GRAMMAR.words("acting-nouns");
    /** Compass words before a country make it a stretch of land: "shelled northern Syria". */
    private static final Set<String> REGIONS = GRAMMAR.words("regions");

    private Parties() {
    }

    /** The mentions of sentence {@code s} that may be parties, in order. */
    static List<ActorMention> of(AnnotatedSentence s, MentionIndex index) {
        int furniture = furnitureStart(s);
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : index.parties(s.index())) {
            if (m.tokenBegin() >= furniture) {
                continue;
            }
            if (index.kind(m.actorId()) == ActorKind.STATE && !actsAsState(s, m)) {
                continue;
            }
            out.add(headAsGovernment(m));
        }
        return out;
    }

    /**
     * The parties with the sentence's reporting organizations added, in order: a compound may make an
     * organization a group's arm ("the IS-affiliated Amaq agency"), though it is party to nothing else.
     */
    static List<ActorMention> withOrganizations(AnnotatedSentence s, List<ActorMention> parties, MentionIndex index) {
        int furniture = furnitureStart(s);
        List<ActorMention> out = new ArrayList<>(parties);
        for (ActorMention m : index.all(s.index())) {
            if (m.tokenBegin() < furniture && index.kind(m.actorId()) == ActorKind.ORGANIZATION) {
                out.add(m);
            }
        }
        out.sort(java.util.Comparator.comparingInt(ActorMention::tokenBegin));
        return out;
    }

    /**
     * A head of government named as a party stands for the government he heads: "Iran is Assad's
     * closest ally", "Russia, an ally of Assad" relate Iran and Russia to the Syrian government, an actor
     * that allies and rivals can be, where a person cannot. Leadership itself is read from all mentions
     * ({@link GovernmentLeaders}), not from these.
     */
    private static ActorMention headAsGovernment(ActorMention m) {
        return GovernmentLeaders.shipped().governmentOf(m.actorId())
            .map(g -> new ActorMention(m.sentence(), m.tokenBegin(), m.tokenEnd(), m.text(), g, m.rule()))
            .orElse(m);
    }

    /** Whether a state's mention names the state as an actor rather than a place or a modifier. */
    static boolean actsAsState(AnnotatedSentence s, ActorMention m) {
        List<Token> t = s.tokens();
        if (m.tokenEnd() < t.size()) {
            // The noun after the name decides first: "in U.S. air strikes" is the state acting, whatever
            // the preposition; "Syria Democratic Forces", "Syria war", "Iraq border" qualify another noun.
            Token next = t.get(m.tokenEnd());
            String w = lower(next);
            if (Possessors.is(s, m)) {
                // "Turkey's army", "Russia's support" are the state acting; "Lebanon's Hezbollah" names a group.
                int at = Possessors.owned(s, m);
                Token owned = at < t.size() ? t.get(at) : null;
                return owned == null || !owned.pos().startsWith("NNP") || ACTING_NOUNS.contains(lower(owned));
            }
            if (ACTING_NOUNS.contains(w)) {
                return true;
            }
            if ((next.pos().startsWith("NN") || next.pos().equals("CD") && !w.matches("\\d{4}")) && !sourceFollows(t, m.tokenEnd())) {
                return false;
            }
        }
        int before = m.tokenBegin() - 1;
        if (before >= 0 && REGIONS.contains(lower(t.get(before)))) {
            return false;
        }
        while (before >= 0 && PLACE_MODIFIERS.contains(lower(t.get(before)))) {
            before--;
        }
        return before < 0 || !LOCATIVE.contains(lower(t.get(before)));
    }

    /**
     * Whether the names from {@code k} on are a source and its verb of reporting ("... from Saudi Arabia Reuters
     * reports"): the comma before the source was lost, and the name before it is no modifier of the source.
     */
    static boolean sourceFollows(List<Token> t, int k) {
        int j = k;
        while (j < t.size() && j - k < 3 && t.get(j).pos().startsWith("NNP")) {
            j++;
        }
        return j > k && j < t.size() && t.get(j).pos().startsWith("VB") && t.get(j).lemma() != null
            && REPORTING.contains(t.get(j).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> REPORTING = RelationWords.of("reporting");

    /**
     * The first token of a list of linked headlines run into the sentence ("... 285 Related Syrian Army
     * Eliminates ..."), or the sentence's size when there is none. Prose writes "related to" or
     * "related by", and in lower case inside a sentence.
     */
    static int furnitureStart(AnnotatedSentence s) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).word();
            String next = i + 1 < t.size() ? lower(t.get(i + 1)) : "";
            if (w.equals("Related") && !next.equals("to") && !next.equals("by")) {
                return i;
            }
        }
        return t.size();
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
