package org.orbat.store;

import java.util.List;
import java.util.Map;
import org.orbat.model.Event;

/**
 * Which stored reports describe one happening, as {@link KnowledgeBase#mergeEvents} asks: the store
 * reads the reports and writes the answer, the rule lives with the query side
 * ({@code query.EventMerger}).
 */
@FunctionalInterface
public interface EventGrouping {
    /**
     * For every report merged with at least one other, the id of the event they make (the same for all of
     * them); reports merged with none are left out.
     */
    Map<String, String> mergedIds(List<Event> reports);
}
