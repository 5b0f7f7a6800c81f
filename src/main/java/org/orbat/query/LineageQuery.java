package org.orbat.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orbat.store.ActorRecord;
import org.orbat.store.ReadModel;

/**
 * An actor's lineage as a tree rooted at the actor: renames, mergers and splits (curated lineage
 * and renamed_to / split_from relations) and memberships (member_of), followed outward depth-first
 * up to {@link #MAX_DEPTH} steps and {@link #MAX_NODES} actors, each actor appearing once. A
 * coalition's members are listed only when the coalition is the root: reached through a
 * membership, a coalition's other members are not the member's history.
 * Stateless; threads may share it.
 */
public final class LineageQuery {
    public static final int MAX_DEPTH = 4;
    public static final int MAX_NODES = 200;
    private static final Map<String, String> INVERSE = Map.of(
        "renamed_to", "renamed_from", "merged_into", "merged_from", "split_from", "split_into",
        "member_of", "has_member", "dissolved", "dissolved");

    private final ActorDirectory directory;
    private final LineageSteps steps;

    public LineageQuery(ReadModel read, ActorDirectory directory) {
        this.directory = directory;
        this.steps = new LineageSteps(read, directory);
    }

    public LineageNode tree(String name) {
        ActorRecord actor = directory.requireActor(name);
        Set<String> seen = new HashSet<>(Set.of(actor.id()));
        return node(ActorRef.of(actor), null, null, 0, seen);
    }

    private LineageNode node(ActorRef actor, LineageStep via, String link, int depth, Set<String> seen) {
        List<LineageNode> children = new ArrayList<>();
        if (depth < MAX_DEPTH) {
            for (LineageStep s : steps.of(actor.id())) {
                boolean outgoing = s.from().id().equals(actor.id());
                if (!outgoing && depth > 0 && "member_of".equals(s.type())) {
                    continue;
                }
                ActorRef other = outgoing ? s.to() : s.from();
                if (seen.size() < MAX_NODES && seen.add(other.id())) {
                    String childLink = outgoing ? s.type() : INVERSE.getOrDefault(s.type(), "inverse_" + s.type());
                    children.add(node(other, s, childLink, depth + 1, seen));
                }
            }
        }
        return new LineageNode(actor, link, via == null ? null : via.date(), via == null ? null : via.source(), children);
    }
}
