package org.orbat.extract;

import java.util.List;
import org.orbat.model.Event;
import org.orbat.model.Relation;

/** The relations and events one article states. */
public record ExtractedFacts(List<Relation> relations, List<Event> events) {
    public ExtractedFacts {
        relations = List.copyOf(relations);
        events = List.copyOf(events);
    }
}
