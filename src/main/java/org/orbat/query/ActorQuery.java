package org.orbat.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.orbat.model.DateValue;
import org.orbat.store.ActorRecord;
import org.orbat.store.AliasRecord;
import org.orbat.store.ReadModel;
import org.orbat.store.RelationRecord;

/**
 * Builds an {@link ActorProfile}: every read is by the actor's id through an index, so the profile
 * costs the same on a large knowledge base as on a small one (bar an actor's own relation count).
 * Threads may share it. A server's instance ({@code hold}) keeps what a profile shows whatever its date (mention
 * count, aliases, relation rows, lineage, latest events) per actor while the knowledge base's change token stays
 * the same, so readers moving one actor along the time slider cost one read of the actor, then only the relations
 * in force at each date.
 */
public final class ActorQuery {
    /** How many of the latest events a profile lists. */
    public static final int LATEST_EVENTS = 10;
    /** How many actors a server keeps; past that the kept ones are dropped and read again as asked. */
    static final int MAX_HELD = 4096;

    /** What a profile shows at every date, read under {@code token} at {@code readAt} ({@link Staleness#now()}). */
    private record Standing(String token, long readAt, long mentions, List<AliasView> aliases, List<RelationRecord> relations,
                            List<LineageStep> lineage, List<EventSummary> latest) {
    }

    private final ReadModel read;
    private final ActorDirectory directory;
    private final EventQuery events;
    private final LineageSteps lineage;
    // Null: read every time (a one-off command).
    private final Map<String, Standing> held;
    private final Staleness staleness;

    public ActorQuery(ReadModel read, ActorDirectory directory) {
        this(read, directory, false, Staleness.exact());
    }

    /**
     * With {@code hold}, keeps each actor's standing while the knowledge base is unchanged, or changed no longer ago
     * than {@code staleness} allows (for servers).
     */
    ActorQuery(ReadModel read, ActorDirectory directory, boolean hold, Staleness staleness) {
        this.read = read;
        this.staleness = staleness;
        this.directory = directory;
        this.events = new EventQuery(read, directory);
        this.lineage = new LineageSteps(read, directory);
        this.held = hold ? new ConcurrentHashMap<>() : null;
    }

    /** The profile of the actor any of whose names is {@code name}, with relations in force at {@code at}. */
    public ActorProfile profile(String name, DateValue at) {
        ActorRecord actor = directory.requireActor(name);
        Standing standing = standing(actor.id());
        List<RelationRecord> inForce = InForce.facts(standing.relations(), at);
        Set<String> ids = new LinkedHashSet<>();
        inForce.forEach(r -> {
            ids.add(r.source());
            ids.add(r.target());
        });
        return new ActorProfile(actor.id(), actor.name(), actor.kind(), actor.discovered(), standing.mentions(),
            at, standing.aliases(), standing.lineage(), InForce.ties(inForce, directory.refs(ids)), standing.latest());
    }

    private Standing standing(String id) {
        if (held == null) {
            return readStanding(id, "", 0);
        }
        // The token and time are taken before the rows, so rows kept under them are never older than they say.
        long now = staleness.now();
        String token = read.changeToken();
        Standing kept = held.get(id);
        if (kept != null && staleness.stillGood(kept.token(), kept.readAt(), token)) {
            return kept;
        }
        Standing fresh = readStanding(id, token, now);
        if (held.size() >= MAX_HELD) {
            held.clear();
        }
        held.put(id, fresh);
        return fresh;
    }

    private Standing readStanding(String id, String token, long readAt) {
        List<RelationRecord> relations = List.copyOf(read.relationsOf(id));
        return new Standing(token, readAt, read.mentionCount(id), aliases(read.aliases(id)), relations, List.copyOf(lineage.of(id, relations)),
            List.copyOf(events.latest(id, LATEST_EVENTS)));
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
