package org.orbat.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.orbat.store.ActorNumbering;
import org.orbat.store.ReadModel;
import org.orbat.store.RelationTable;

/**
 * Every actor of the knowledge base in name order, held between whole-network queries: reading
 * and sorting twenty thousand names cost more than the rest of naming a network. Relations read
 * with its {@link ActorNumbering} number each actor by its place in that order, so ordering a
 * network's actors costs nothing. It is checked against {@link ReadModel#changeToken()} on every
 * use and read again once the token moves, so a document ingested between two queries, by this
 * process or another, shows in the second. Thread-safe: the index is immutable and swapped whole.
 */
final class ActorIndex {
    private final ReadModel read;
    private final ActorDirectory directory;
    private volatile Names names;

    /** The actors by name, and a numbering of their ids in that order. */
    record Names(String token, List<ActorRef> byName, ActorNumbering numbering) {
    }

    ActorIndex(ReadModel read, ActorDirectory directory) {
        this.read = read;
        this.directory = directory;
    }

    /** The index as the knowledge base stands now. */
    Names current() {
        // The token is read before the names, so the names are never older than the token they are kept under.
        String token = read.changeToken();
        Names n = names;
        if (n == null || !n.token().equals(token)) {
            n = load(token, read.actorNames());
            names = n;
        }
        return n;
    }

    /**
     * The order of the actors of {@code table}, read with {@code names}' numbering. Should a row name
     * an actor the index lacks (its actor row is missing, or was written since the token was read),
     * that actor is named as the directory names it (a curated actor no document mentioned by its curated
     * name), and the table's actors are sorted on their own.
     */
    PartyOrder order(Names names, RelationTable table) {
        if (table.numberedWithin(names.numbering())) {
            int[] rank = new int[table.actorCount()];
            Arrays.setAll(rank, a -> a);
            return new PartyOrder(rank, names.byName());
        }
        List<String> others = new ArrayList<>();
        for (int a = names.byName().size(); a < table.actorCount(); a++) {
            others.add(table.actorId(a));
        }
        List<ActorRef> refs = new ArrayList<>(names.byName());
        refs.addAll(directory.refs(others).values());
        return PartyOrder.sorted(refs);
    }

    private static Names load(String token, Map<String, String> names) {
        List<ActorRef> byName = new ArrayList<>(names.size());
        names.forEach((id, name) -> byName.add(new ActorRef(id, name)));
        byName.sort(InForce.BY_NAME);
        List<String> ids = new ArrayList<>(byName.size());
        byName.forEach(a -> ids.add(a.id()));
        return new Names(token, List.copyOf(byName), ActorNumbering.of(ids));
    }
}
