package org.orbat.query;

import java.util.List;
import org.orbat.model.DateValue;

/**
 * A node of an actor's lineage tree: the actor, how it is linked to its parent node, and its own
 * links further out.
 *
 * @param actor the actor at this node
 * @param link the step's type seen from the parent: {@code renamed_to}, or {@code renamed_from}
 *             when the parent is the step's target; {@code null} at the root
 * @param date when the step happened; may be {@code null}
 * @param source {@code registry} or the relation fact id behind the step; {@code null} at the root
 * @param children further links, excluding actors already in the tree
 */
public record LineageNode(ActorRef actor, String link, DateValue date, String source, List<LineageNode> children) {
    public LineageNode {
        children = List.copyOf(children);
    }
}
