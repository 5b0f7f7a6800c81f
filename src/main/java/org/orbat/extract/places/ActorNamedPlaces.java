package org.orbat.extract.places;

import java.util.List;
import org.orbat.actors.ActorMention;
import org.orbat.nlp.AnnotatedSentence;

/**
 * Drops the place readings of words inside an armed actor's name: "an Al Shabaab operative" names the group, not a
 * village called Shabab somewhere. A name read as a place that lies inside a multiword actor name after its first
 * word is the actor's, unless "of" or a place cue ("in", "near": {@code lang/en/place-context-words.tsv}) comes right
 * before it ("Popular Committees of Abyan" says where the committees are). A place that opens the actor's name stays
 * ("Deir ez-Zor Military Council", "Kandahar police" say where the actor is), and so does a place that is the whole
 * name found for an actor: such one-word readings ("Raydah" read as a spelling of a group's name) are the actor
 * finder's guesses, and the place is the likelier reading. Stateless.
 */
final class ActorNamedPlaces {
    private ActorNamedPlaces() {
    }

    /** Whether the candidate of {@code sentence} is a word of one of the actor names found in that sentence. */
    static boolean insideActorName(Candidate candidate, AnnotatedSentence sentence, List<ActorMention> actors,
                                   SpanFinder finder) {
        for (ActorMention actor : actors) {
            if (actor.sentence() == candidate.sentence() && candidate.tokenBegin() > actor.tokenBegin()
                    && candidate.tokenEnd() <= actor.tokenEnd()
                    && !sentence.tokens().get(candidate.tokenBegin() - 1).word().equalsIgnoreCase("of")
                    && !finder.cueWordBefore(sentence.tokens(), candidate.tokenBegin())) {
                return true; // "Al Shabaab": the name of the group, after its first word
            }
        }
        return false;
    }
}
