package org.orbat.query;

import java.util.List;
import org.orbat.model.ActorKind;
import org.orbat.model.DateValue;

/**
 * What the knowledge base knows about one actor at a date.
 *
 * @param id actor id
 * @param name canonical name
 * @param kind what sort of actor it is
 * @param discovered true when found in text rather than curated
 * @param mentions how many mentions of it are stored
 * @param at the date relations are taken at
 * @param aliases every name, with origin and where seen
 * @param lineage renames, mergers, splits and dissolution touching it (memberships are relations)
 * @param relations the relations in force at {@code at}
 * @param latestEvents its most recent events, newest first
 */
public record ActorProfile(String id, String name, ActorKind kind, boolean discovered, long mentions, DateValue at,
                           List<AliasView> aliases, List<LineageStep> lineage, List<Tie> relations,
                           List<EventSummary> latestEvents) {
    public ActorProfile {
        aliases = List.copyOf(aliases);
        lineage = List.copyOf(lineage);
        relations = List.copyOf(relations);
        latestEvents = List.copyOf(latestEvents);
    }
}
