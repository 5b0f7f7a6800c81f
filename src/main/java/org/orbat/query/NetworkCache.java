package org.orbat.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.orbat.model.DateValue;
import org.orbat.store.ActorNumbering;
import org.orbat.store.ReadModel;
import org.orbat.store.RelationTable;

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
    private final ActorDirectory directory;
    private final Clock clock;
    private final Duration ttl;
    private volatile Snapshot snapshot;
    private final java.util.concurrent.atomic.AtomicBoolean reloading = new java.util.concurrent.atomic.AtomicBoolean();
    private long loads;

    /**
     * Relations sorted by start (unknown first), and the order of the actors they join; {@code generation} counts the
     * loads, so two snapshots never share one.
     */
    private record Snapshot(long generation, Instant loaded, RelationTable relations, PartyOrder order) {
    }

    /** Relation rows, and the order of the actors they join. */
    record Relations(RelationTable table, PartyOrder order) {
    }

    NetworkCache(ReadModel read, ActorDirectory directory, Clock clock, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("Time to live must be positive: " + ttl);
        }
        this.read = read;
        this.directory = directory;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The relation rows that began by {@code at}'s last day, or whose start is unknown. */
    Relations startedBy(DateValue at) {
        Snapshot s = current();
        RelationTable all = s.relations();
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            DateValue start = all.start(mid);
            if (start == null || !start.date().isAfter(at.last())) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return new Relations(all.head(lo), s.order());
    }

    /**
     * Which snapshot answers now (reloading it first if it has expired): every whole-network answer is a function of
     * this and the date asked, so an answer kept under an equal generation is still the answer, whatever was written to
     * the knowledge base since.
     */
    long generation() {
        return current().generation();
    }

    /**
     * The snapshot to answer from. An expired one is reloaded by the one caller that finds it so while the others go on
     * answering from it until the new one is in place: reading every relation takes a third of a second or more on a
     * million events, and fifty readers all waiting for it were the slowest answers of a loaded server. Only the first
     * load, with nothing to answer from, makes everyone wait.
     */
    private Snapshot current() {
        Snapshot s = snapshot;
        if (s != null && clock.instant().isBefore(s.loaded().plus(ttl))) {
            return s;
        }
        if (s != null && !reloading.compareAndSet(false, true)) {
            return s; // another caller is reloading: the expired copy answers meanwhile
        }
        try {
            synchronized (this) {
                s = snapshot;
                if (s == null || !clock.instant().isBefore(s.loaded().plus(ttl))) {
                    s = load();
                    snapshot = s;
                }
                return s;
            }
        } finally {
            reloading.set(false);
        }
    }

    private Snapshot load() {
        Instant now = clock.instant();
        RelationTable rows = read.relationsStartedBy(END_OF_TIME, ActorNumbering.NONE);
        Integer[] byStart = new Integer[rows.size()];
        Arrays.setAll(byStart, r -> r);
        Arrays.sort(byStart, Comparator.comparing(rows::start, Comparator.nullsFirst(Comparator.comparing(DateValue::date))));
        RelationTable sorted = rows.select(Arrays.stream(byStart).mapToInt(Integer::intValue).toArray());
        Set<String> ids = new LinkedHashSet<>();
        for (int a = 0; a < sorted.actorCount(); a++) {
            ids.add(sorted.actorId(a));
        }
        return new Snapshot(++loads, now, sorted, PartyOrder.sorted(new ArrayList<>(directory.refs(ids).values())));
    }
}
