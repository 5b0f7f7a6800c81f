package org.orbat.extract.places;

import java.util.List;
import org.orbat.actors.ActorMention;
import org.orbat.nlp.AnnotatedSentence;

/**
 * Drops the place readings of words inside an armed actor's name: "an Al Shabaab operative" names the group, not a
 * village called Shabab somewhere. A name read as a place that lies inside a multiword actor name after its first
 * word is the actor's, unless "of" or a place cue ("in", "near": {@code lang/en/place-context-words.tsv}) comes right
 * before it ("Popular Committees of Abyan" says where the committees are). A place that opens the actor's name stays
 * ("Deir ez-Zor Military Council", "Kandahar police" say where the actor is). A place that is the whole name found for
 * an actor only yields to a name of the actors' registry matched whole ("Al Shabaab") and only as a village, without
 * a place cue before it: other such readings ("Raydah" read as a spelling of a group's name, "Cabo Delgado" as the
 * province's insurgents) are the actor finder's guesses, and a town or division is the likelier reading. Stateless.
 */
final class ActorNamedPlaces {
    /** The rule of an actor mention that is a registered name or alias, matched whole ({@link ActorMention#rule()}). */
    private static final String REGISTRY = "registry";

    private ActorNamedPlaces() {
    }

    /** Whether the candidate of {@code sentence} is a word of one of the actor names found in that sentence. */
    static boolean insideActorName(Candidate candidate, AnnotatedSentence sentence, List<ActorMention> actors,
                                   SpanFinder finder) {
        if (finder.cueWordBefore(sentence.tokens(), candidate.tokenBegin())) {
            return false; // "in X", "near X": the text says X is a place
        }
        for (ActorMention actor : actors) {
            if (actor.sentence() != candidate.sentence()) {
                continue;
            }
            if (candidate.tokenBegin() > actor.tokenBegin() && candidate.tokenEnd() <= actor.tokenEnd()
                    && !sentence.tokens().get(candidate.tokenBegin() - 1).word().equalsIgnoreCase("of")) {
                return true; // "Al Shabaab": the name of the group, after its first word
            }
            if (candidate.tokenBegin() == actor.tokenBegin() && candidate.tokenEnd() == actor.tokenEnd()
                    && REGISTRY.equals(actor.rule()) && candidate.options().stream().noneMatch(GazetteerPlace::isSignificant)) {
                return true; // "an Al Shabaab operative": a registered group's name, read whole as a village's
            }
        }
        return false;
    }
}
