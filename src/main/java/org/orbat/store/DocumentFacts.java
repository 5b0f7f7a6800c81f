package org.orbat.store;

import java.util.List;
import org.orbat.actors.ActorMention;
import org.orbat.model.Actor;
import org.orbat.model.Event;
import org.orbat.model.Relation;

/**
 * Everything one document contributes to the knowledge base, written in one transaction.
 *
 * @param document metadata
 * @param body the cleaned text the sentences index into
 * @param sentences every sentence, verbatim
 * @param mentions resolved actor mentions
 * @param actors the actors the document refers to, with the aliases it taught
 * @param relations dated relations, one per stating sentence
 * @param events events, each with its evidence
 */
public record DocumentFacts(DocumentRecord document, String body, List<SentenceRecord> sentences,
                            List<ActorMention> mentions, List<Actor> actors, List<Relation> relations,
                            List<Event> events) {
    public DocumentFacts {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        actors = List.copyOf(actors);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
    }
}
