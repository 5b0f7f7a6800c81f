package org.orbat.extract;

import java.util.List;
import org.orbat.model.Actor;
import org.orbat.model.Event;
import org.orbat.model.Relation;

/**
 * The relations and events one article states, and the actors extraction itself introduced (ACLED's
 * generic actors such as "Civilians (Yemen)", which no name mention stands for).
 */
public record ExtractedFacts(List<Relation> relations, List<Event> events, List<Actor> actors) {
    public ExtractedFacts {
        relations = List.copyOf(relations);
        events = List.copyOf(events);
        actors = List.copyOf(actors);
    }

    public ExtractedFacts(List<Relation> relations, List<Event> events) {
        this(relations, events, List.of());
    }
}
