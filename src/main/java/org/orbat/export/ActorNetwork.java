package org.orbat.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.orbat.model.Actor;
import org.orbat.store.KnowledgeSnapshot;

/**
 * The actor network the graph formats (GraphML, GEXF) write: one node per actor, one edge per
 * relation fact. An edge whose party the snapshot does not list still gets a node (labelled with the
 * id, kind unknown), so no file has a dangling edge. Immutable.
 *
 * @param nodes actors, in the snapshot's order, then the unlisted parties
 * @param edges relation facts; symmetric types ({@code ally_of}, {@code rival_of}) are undirected
 */
record ActorNetwork(List<Node> nodes, List<RelationGroups.Group> edges) {

    /** One actor as a node. {@code kind} is empty for a party the snapshot does not list. */
    record Node(String id, String label, String kind, boolean discovered, long mentions) {
    }

    ActorNetwork {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    static ActorNetwork of(ExportFacts facts) {
        List<Node> nodes = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (KnowledgeSnapshot.ActorCount count : facts.actors()) {
            Actor a = count.actor();
            nodes.add(new Node(a.id(), a.name(), a.kind().code(), a.discovered(), count.mentions()));
            seen.add(a.id());
        }
        for (RelationGroups.Group r : facts.relations()) {
            for (String id : List.of(r.source(), r.target())) {
                if (seen.add(id)) {
                    nodes.add(new Node(id, id, "", false, 0));
                }
            }
        }
        return new ActorNetwork(nodes, facts.relations());
    }
}
