package org.orbat.query;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orbat.model.DateValue;
import org.orbat.store.ActorNumbering;
import org.orbat.store.ActorRecord;
import org.orbat.store.ReadModel;
import org.orbat.store.RelationTable;

/**
 * The network of relations in force at a date (rules in {@link InForce}): the whole network, or the
 * neighbourhood of one actor found breadth-first up to a depth, reading each visited actor's
 * relations by index. The whole network reads the relations begun by the date each time and names
 * them from an {@link ActorIndex} kept up to date with the knowledge base, or, for a server, answers
 * from a {@link NetworkCache}. Threads may share it.
 */
public final class NetworkQuery {
    private final ReadModel read;
    private final ActorDirectory directory;
    private final ActorIndex index;
    private final NetworkCache cache;

    /** Reads the knowledge base's relations on every query. */
    public NetworkQuery(ReadModel read, ActorDirectory directory) {
        this.read = read;
        this.directory = directory;
        this.index = new ActorIndex(read, directory);
        this.cache = null;
    }

    /** Answers whole-network queries from relations held in memory up to {@code ttl} (see {@link NetworkCache}). */
    public NetworkQuery(ReadModel read, ActorDirectory directory, Clock clock, Duration ttl) {
        this.read = read;
        this.directory = directory;
        this.index = null;
        this.cache = new NetworkCache(read, directory, clock, ttl);
    }

    /**
     * What a whole-network answer depends on besides its date: the generation of the relations held in memory, or empty
     * when they are not held (each answer then reads the knowledge base, and its change token says when it changed).
     */
    public java.util.OptionalLong wholeNetworkGeneration() {
        return cache == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(cache.generation());
    }

    /** Every relation in force at {@code at}. */
    public Network at(DateValue at) {
        if (cache == null) {
            ActorIndex.Names names = index.current();
            RelationTable table = read.relationsStartedBy(at, names.numbering());
            return network(at, null, 0, table, index.order(names, table));
        }
        NetworkCache.Relations relations = cache.startedBy(at);
        return network(at, null, 0, relations.table(), relations.order());
    }

    /** The relations in force at {@code at} within {@code depth} steps of the actor named {@code name}. */
    public Network around(String name, DateValue at, int depth) {
        QueryParameters.requireDepth(depth);
        ActorRecord center = directory.requireActor(name);
        Set<String> facts = new HashSet<>();
        RelationTable.Builder union = new RelationTable.Builder(16, ActorNumbering.NONE);
        Set<String> seen = new LinkedHashSet<>(List.of(center.id()));
        Deque<String> frontier = new ArrayDeque<>(List.of(center.id()));
        for (int step = 0; step < depth && !frontier.isEmpty(); step++) {
            Deque<String> next = new ArrayDeque<>();
            for (String id : frontier) {
                RelationTable own = RelationTable.of(read.relationsOf(id));
                for (int r : InForce.rows(own, at, PartyOrder.byNumber(own))) {
                    if (facts.add(own.id(r))) {
                        union.add(own, r);
                    }
                    for (String other : List.of(own.actorId(own.source(r)), own.actorId(own.target(r)))) {
                        if (seen.add(other)) {
                            next.add(other);
                        }
                    }
                }
            }
            frontier = next;
        }
        RelationTable table = union.build();
        Map<String, ActorRef> names = directory.refs(actorIds(table, center.id()));
        List<ActorRef> refs = new ArrayList<>(names.values());
        return network(at, ActorRef.of(center), depth, table, PartyOrder.sorted(refs));
    }

    /** The table's actors in number order, then the center (which no fact may name). */
    private static Set<String> actorIds(RelationTable table, String center) {
        Set<String> ids = new LinkedHashSet<>();
        for (int a = 0; a < table.actorCount(); a++) {
            ids.add(table.actorId(a));
        }
        ids.add(center);
        return ids;
    }

    private static Network network(DateValue at, ActorRef center, int depth, RelationTable table, PartyOrder order) {
        int[] rows = InForce.rows(table, at, order);
        boolean[] present = new boolean[order.ranks()];
        for (int r : rows) {
            present[order.rank(table.source(r))] = true;
            present[order.rank(table.target(r))] = true;
        }
        List<ActorRef> actors = new ArrayList<>();
        for (int rank = 0; rank < present.length; rank++) {
            if (present[rank]) {
                actors.add(order.refAt(rank));
            }
        }
        if (center != null && !actors.contains(center)) {
            actors.add(center);
            actors.sort(InForce.BY_NAME);
        }
        return new Network(at, center, depth, actors, InForce.ties(table, rows, order));
    }
}
