package org.orbat.extract.places;

import java.util.List;
import org.orbat.actors.ActorMention;
import org.orbat.nlp.AnnotatedSentence;

/**
 * Drops the place readings of words that name an armed actor: "an Al Shabaab operative" names the group, not a village
 * called Shabab somewhere, and "the Hamas commander" no place either. A name read as a place that lies inside an actor's
 * name after its first word, or is the whole name without a place cue before it ("in", "near": {@code lang/en/
 * place-context-words.tsv}), is the actor's. A place that opens a longer actor name stays ("Deir ez-Zor Military
 * Council", "Kandahar police" say where the actor is), as does a place whose reading the gazetteer's context words
 * already rejected inside a group's name. Stateless.
 */
final class ActorNamedPlaces {
    private ActorNamedPlaces() {
    }

    /** Whether the candidate of {@code sentence} is a word of one of the actor names found in that sentence. */
    static boolean insideActorName(Candidate candidate, AnnotatedSentence sentence, List<ActorMention> actors,
                                   SpanFinder finder) {
        for (ActorMention actor : actors) {
            if (actor.sentence() != candidate.sentence() || candidate.tokenBegin() < actor.tokenBegin()
                    || candidate.tokenEnd() > actor.tokenEnd()) {
                continue;
            }
            if (candidate.tokenBegin() > actor.tokenBegin()) {
                return true; // "Al Shabaab", "Ahrar al-Sham": the name of the group, after its first word
            }
            if (candidate.tokenEnd() == actor.tokenEnd() && !finder.cueWordBefore(sentence.tokens(), actor.tokenBegin())) {
                return true; // the whole actor name, and nothing says it is a place here
            }
        }
        return false;
    }
}
