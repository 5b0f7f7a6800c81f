package org.orbat.store;

import java.util.List;
import org.orbat.model.Actor;
import org.orbat.model.Event;
import org.orbat.model.Relation;

/**
 * A read of the whole knowledge base at one moment: documents, the actors they mention (with every
 * alias and mention count), relations (one per piece of evidence) and events.
 */
public record KnowledgeSnapshot(List<DocumentRecord> documents, List<ActorCount> actors, List<Relation> relations,
                                List<Event> events) {

    /** An actor and how many mentions it has across the knowledge base. */
    public record ActorCount(Actor actor, long mentions) {
    }
}
