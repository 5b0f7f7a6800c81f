package org.orbat.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orbat.model.DateValue;
import org.orbat.store.ReadModel;
import org.orbat.store.RelationRecord;

/**
 * Every relation row and the names of the actors they join, held in memory for whole-network
 * queries and reloaded once older than a time to live. The whole network at a date touches every
 * relation that began by then, which no index can make small; a long-running server answers it from
 * memory instead (tens of thousands of rows, a few megabytes). Staleness is bounded by the time to
 * live. Thread-safe: the snapshot is immutable and swapped whole.
 */
final class NetworkCache {
    private static final DateValue END_OF_TIME = DateValue.year(9999);

    private final ReadModel read;
    private final Clock clock;
    private final Duration ttl;
    private volatile Snapshot snapshot;

    /** Relations sorted by start (unknown first), and names for every actor they join. */
    record Snapshot(Instant loaded, List<RelationRecord> relations, Map<String, ActorRef> names) {
    }

    NetworkCache(ReadModel read, Clock clock, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("Time to live must be positive: " + ttl);
        }
        this.read = read;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The relation rows that began by {@code at}'s last day, or whose start is unknown. */
    List<RelationRecord> startedBy(DateValue at) {
        List<RelationRecord> all = current().relations();
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            DateValue start = all.get(mid).start();
            if (start == null || !start.date().isAfter(at.last())) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return all.subList(0, lo);
    }

    Map<String, ActorRef> names() {
        return current().names();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || !clock.instant().isBefore(s.loaded().plus(ttl))) {
            synchronized (this) {
                s = snapshot;
                if (s == null || !clock.instant().isBefore(s.loaded().plus(ttl))) {
                    s = load();
                    snapshot = s;
                }
            }
        }
        return s;
    }

    private Snapshot load() {
        Instant now = clock.instant();
        List<RelationRecord> rows = new ArrayList<>(read.relationsStartedBy(END_OF_TIME));
        rows.sort(Comparator.comparing(RelationRecord::start, Comparator.nullsFirst(Comparator.comparing(DateValue::date))));
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(r -> {
            ids.add(r.source());
            ids.add(r.target());
        });
        Map<String, ActorRef> names = new java.util.HashMap<>();
        read.actors(ids).forEach((id, a) -> names.put(id, ActorRef.of(a)));
        ids.forEach(id -> names.putIfAbsent(id, new ActorRef(id, id)));
        return new Snapshot(now, List.copyOf(rows), Map.copyOf(names));
    }
}
