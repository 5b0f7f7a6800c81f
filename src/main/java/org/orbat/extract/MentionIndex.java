package org.orbat.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.orbat.actors.ActorMention;
import org.orbat.actors.ResolvedArticle;
import org.orbat.extract.places.PlaceMention;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.model.Actor;
import org.orbat.model.ActorKind;
import org.orbat.nlp.AnnotatedSentence;

/**
 * An article's actor and place mentions, indexed by sentence, with each actor's record, so
 * extractors can ask "which parties does sentence 7 name, and where".
 */
public final class MentionIndex {
    private final Map<Integer, List<ActorMention>> actorsBySentence = new HashMap<>();
    private final Map<Integer, List<PlaceMention>> placesBySentence = new HashMap<>();
    private final Map<String, Actor> actors = new HashMap<>();
    /** How the actor stage names a match made by folding spellings or by a name's core, not by a listed alias. */
    private static final java.util.Set<String> LOOSE_RULES = java.util.Set.of("spelling rule", "designator");

    public MentionIndex(ResolvedArticle article, List<PlaceMention> places) {
        for (Actor a : article.actors()) {
            actors.put(a.id(), a);
        }
        java.util.Set<String> placeSpans = new java.util.HashSet<>();
        for (PlaceMention p : places) {
            placeSpans.add(p.sentence() + ":" + p.tokenBegin() + ":" + p.tokenEnd());
        }
        for (ActorMention m : article.mentions()) {
            // "Cabo Delgado" is the core of "Cabo Delgado insurgents": a span the gazetteer places, that names
            // an actor only by a loose match, is the place (the actor stage cannot see the gazetteer).
            if (LOOSE_RULES.contains(m.rule()) && placeSpans.contains(m.sentence() + ":" + m.tokenBegin() + ":" + m.tokenEnd())) {
                continue;
            }
            actorsBySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        actorsBySentence.values().forEach(l -> l.sort(Comparator.comparingInt(ActorMention::tokenBegin)));
        for (PlaceMention p : places) {
            placesBySentence.computeIfAbsent(p.sentence(), k -> new ArrayList<>()).add(p);
        }
        placesBySentence.values().forEach(l -> l.sort(Comparator.comparingInt(PlaceMention::tokenBegin)));
    }

    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    public ActorKind kind(String actorId) {
        Actor a = actors.get(actorId);
        return a == null ? ActorKind.GROUP : a.kind();
    }

    /** Mentions of actors that can take part in fighting or alliances (not reporting organizations). */
    public List<ActorMention> parties(int sentence) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : actorsBySentence.getOrDefault(sentence, List.of())) {
            if (kind(m.actorId()).isParty()) {
                out.add(m);
            }
        }
        return out;
    }

    public List<ActorMention> all(int sentence) {
        return actorsBySentence.getOrDefault(sentence, List.of());
    }

    public List<PlaceMention> places(int sentence) {
        return placesBySentence.getOrDefault(sentence, List.of());
    }

    /**
     * Whether a mention only qualifies a role noun after it ("the Syrian al-Qaeda franchise", "al Qaeda's
     * official branch", "the Caucasus Emirate leader"): that phrase names another actor, so the
     * qualifier is no party to what the sentence reports. Fighters and forces are not role nouns here:
     * "Hazm fighters retreated" is Hazm acting.
     */
    public static boolean qualifiesRoleNoun(AnnotatedSentence s, ActorMention m) {
        return qualifies(s, m, ROLE_NOUNS);
    }

    /**
     * Whether a mention only qualifies a noun for another organisation after it ("the Syrian al-Qaeda
     * franchise", "the PKK's Syrian wing"). A person's role is no other actor for an event: a blast that
     * hits "a Levant Front leader's car" hits the Levant Front, as the codebook codes it.
     */
    public static boolean qualifiesOrganisationNoun(AnnotatedSentence s, ActorMention m) {
        return qualifies(s, m, ORGANISATION_NOUNS);
    }

    private static boolean qualifies(AnnotatedSentence s, ActorMention m, java.util.Set<String> nouns) {
        java.util.List<org.orbat.nlp.Token> t = s.tokens();
        for (int i = m.tokenEnd(); i < Math.min(t.size(), m.tokenEnd() + 4); i++) {
            org.orbat.nlp.Token tok = t.get(i);
            String w = tok.word().toLowerCase(java.util.Locale.ROOT);
            if (nouns.contains(w)) {
                return true;
            }
            boolean modifier = w.equals("'s") || w.equals("’s") || tok.pos().startsWith("JJ")
                || tok.pos().startsWith("NN") && !tok.pos().startsWith("NNP") && !nouns.contains(w);
            if (!modifier) {
                return false;
            }
        }
        return false;
    }

    /** This class's words, kept as data: {@code lang/en/grammar/mention-index.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/mention-index.tsv");
    private static final java.util.Set<String> ROLE_NOUNS = GRAMMAR.words("role-nouns");
    private static final java.util.Set<String> ORGANISATION_NOUNS = GRAMMAR.words("organisation-nouns");

    /**
     * Whether a place mention overlaps an actor mention (a place inside a group's name is no place: "Ahrar al-Sham",
     * "the Hama Brigade"). A person's name does not hide a place this way: the place reader already leaves out a name
     * next to a PERSON-tagged word, so a place that overlaps a person is a person's alias matched by a loose spelling
     * of a village name (a town whose first word sounds like a commander's surname), and the event is placed there.
     * Nor does a group read from the place name alone ("Kivu" for a group known as "the Kivu rebels"): the text names
     * the place, whatever it says of the group.
     */
    public boolean insideActor(PlaceMention p) {
        for (ActorMention m : all(p.sentence())) {
            boolean samePlaceName = m.tokenBegin() == p.tokenBegin() && m.tokenEnd() == p.tokenEnd();
            if (p.tokenBegin() < m.tokenEnd() && m.tokenBegin() < p.tokenEnd() && kind(m.actorId()) != ActorKind.PERSON
                    && !samePlaceName) {
                return true;
            }
        }
        return false;
    }
}
