package org.orbat.query;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orbat.model.DateValue;
import org.orbat.store.ActorRecord;
import org.orbat.store.ReadModel;
import org.orbat.store.RelationRecord;

/**
 * The network of relations in force at a date (rules in {@link InForce}): the whole network, or the
 * neighbourhood of one actor found breadth-first up to a depth, reading each visited actor's
 * relations by index. Stateless; threads may share it.
 */
public final class NetworkQuery {
    private final ReadModel read;
    private final ActorDirectory directory;
    private final NetworkCache cache;

    /** Reads the knowledge base on every query. */
    public NetworkQuery(ReadModel read, ActorDirectory directory) {
        this.read = read;
        this.directory = directory;
        this.cache = null;
    }

    /** Answers whole-network queries from relations held in memory up to {@code ttl} (see {@link NetworkCache}). */
    public NetworkQuery(ReadModel read, ActorDirectory directory, Clock clock, Duration ttl) {
        this.read = read;
        this.directory = directory;
        this.cache = new NetworkCache(read, clock, ttl);
    }

    /** Every relation in force at {@code at}. */
    public Network at(DateValue at) {
        if (cache == null) {
            return network(at, null, 0, InForce.facts(read.relationsStartedBy(at), at));
        }
        List<RelationRecord> facts = InForce.facts(cache.startedBy(at), at);
        Map<String, ActorRef> all = cache.names();
        Map<String, ActorRef> names = new HashMap<>(facts.size());
        for (RelationRecord r : facts) {
            names.put(r.source(), all.get(r.source()));
            names.put(r.target(), all.get(r.target()));
        }
        List<ActorRef> actors = new ArrayList<>(names.values());
        actors.sort(InForce.BY_NAME);
        return new Network(at, null, 0, actors, InForce.ties(facts, actors));
    }

    /** The relations in force at {@code at} within {@code depth} steps of the actor named {@code name}. */
    public Network around(String name, DateValue at, int depth) {
        QueryParameters.requireDepth(depth);
        ActorRecord center = directory.requireActor(name);
        Map<String, RelationRecord> facts = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>(List.of(center.id()));
        Deque<String> frontier = new ArrayDeque<>(List.of(center.id()));
        for (int step = 0; step < depth && !frontier.isEmpty(); step++) {
            Deque<String> next = new ArrayDeque<>();
            for (String id : frontier) {
                for (RelationRecord r : InForce.facts(read.relationsOf(id), at)) {
                    facts.putIfAbsent(r.id(), r);
                    for (String other : List.of(r.source(), r.target())) {
                        if (seen.add(other)) {
                            next.add(other);
                        }
                    }
                }
            }
            frontier = next;
        }
        return network(at, ActorRef.of(center), depth, new ArrayList<>(facts.values()));
    }

    private Network network(DateValue at, ActorRef center, int depth, List<RelationRecord> facts) {
        Set<String> ids = new LinkedHashSet<>();
        for (RelationRecord r : facts) {
            ids.add(r.source());
            ids.add(r.target());
        }
        if (center != null) {
            ids.add(center.id());
        }
        Map<String, ActorRef> names = directory.refs(ids);
        List<ActorRef> actors = new ArrayList<>(names.values());
        actors.sort(InForce.BY_NAME);
        return new Network(at, center, depth, actors, InForce.ties(facts, actors));
    }
}
