package org.orbat.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orbat.model.DateValue;
import org.orbat.store.ActorRecord;
import org.orbat.store.AliasRecord;
import org.orbat.store.ReadModel;
import org.orbat.store.RelationRecord;

/**
 * Builds an {@link ActorProfile}: every read is by the actor's id through an index, so the profile
 * costs the same on a large knowledge base as on a small one (bar an actor's own relation count).
 * Stateless; threads may share it.
 */
public final class ActorQuery {
    /** How many of the latest events a profile lists. */
    public static final int LATEST_EVENTS = 10;

    private final ReadModel read;
    private final ActorDirectory directory;
    private final EventQuery events;
    private final LineageSteps lineage;

    public ActorQuery(ReadModel read, ActorDirectory directory) {
        this.read = read;
        this.directory = directory;
        this.events = new EventQuery(read, directory);
        this.lineage = new LineageSteps(read, directory);
    }

    /** The profile of the actor any of whose names is {@code name}, with relations in force at {@code at}. */
    public ActorProfile profile(String name, DateValue at) {
        ActorRecord actor = directory.requireActor(name);
        List<RelationRecord> relations = read.relationsOf(actor.id());
        List<RelationRecord> inForce = InForce.facts(relations, at);
        Set<String> ids = new LinkedHashSet<>();
        inForce.forEach(r -> {
            ids.add(r.source());
            ids.add(r.target());
        });
        return new ActorProfile(actor.id(), actor.name(), actor.kind(), actor.discovered(), read.mentionCount(actor.id()),
            at, aliases(read.aliases(actor.id())), lineage.of(actor.id(), relations),
            InForce.ties(inForce, directory.refs(ids)), events.latest(actor.id(), LATEST_EVENTS));
    }

    private static List<AliasView> aliases(List<AliasRecord> rows) {
        Map<List<String>, List<AliasRecord>> groups = new LinkedHashMap<>();
        for (AliasRecord a : rows) {
            groups.computeIfAbsent(List.of(a.name(), a.origin()), k -> new ArrayList<>()).add(a);
        }
        List<AliasView> out = new ArrayList<>();
        groups.forEach((key, group) -> out.add(new AliasView(key.get(0), key.get(1),
            group.stream().map(AliasRecord::documentId).filter(d -> !d.isEmpty()).distinct().toList(),
            group.stream().map(AliasRecord::note).filter(n -> !n.isBlank()).distinct().toList())));
        return out;
    }
}
