package org.orbat.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.orbat.model.RelationType;
import org.orbat.model.DateValue;
import org.orbat.store.RelationRecord;

/**
 * Which relation facts are in force at a date, and how they group into {@link Tie}s.
 *
 * <p>A fact is in force at D if it started by D's last day (or its start is unknown) and it has not
 * ended before D's first day. For the symmetric types (ally_of, rival_of) the latest statement
 * about a pair up to D wins, whichever type it is: Hazm and Nusra were allies in October 2014 and
 * rivals by March 2015, and at 2015-03 only the rivalry holds. Unknown starts count as the oldest;
 * facts tied for latest all stand. Stateless.
 */
final class InForce {
    private static final Comparator<DateValue> OLDEST_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private InForce() {
    }

    /** The facts of {@code rows} in force at {@code at}. */
    static List<RelationRecord> facts(List<RelationRecord> rows, DateValue at) {
        LocalDate first = at.date();
        LocalDate last = at.last();
        Map<Pair, DateValue> latestPerPair = new HashMap<>();
        List<RelationRecord> started = new ArrayList<>();
        for (RelationRecord r : rows) {
            if (r.start() == null || !r.start().date().isAfter(last)) {
                started.add(r);
                if (r.type().symmetric()) {
                    latestPerPair.merge(pair(r), r.start() == null ? NO_DATE : r.start(),
                        (a, b) -> OLDEST_FIRST.compare(real(a), real(b)) >= 0 ? a : b);
                }
            }
        }
        List<RelationRecord> out = new ArrayList<>();
        for (RelationRecord r : started) {
            if (r.type().symmetric() && !Objects.equals(real(latestPerPair.get(pair(r))), r.start())) {
                continue;
            }
            if (r.end() == null || !r.end().last().isBefore(first)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Groups facts by type and parties into ties, ordered by the parties' names (then ids, should two
     * actors share a name) and the type's code. {@code actors} must name every party, sorted {@link #BY_NAME}.
     */
    static List<Tie> ties(List<RelationRecord> facts, Map<String, ActorRef> names) {
        List<ActorRef> actors = new ArrayList<>(names.values());
        actors.sort(BY_NAME);
        return ties(facts, actors);
    }

    /** Like {@link #ties(List, Map)}, with every party named in {@code actors}, sorted {@link #BY_NAME}. */
    static List<Tie> ties(List<RelationRecord> facts, List<ActorRef> actors) {
        Map<TieKey, TieBuilder> groups = new LinkedHashMap<>();
        for (RelationRecord r : facts) {
            groups.computeIfAbsent(new TieKey(r.type(), r.source(), r.target()), k -> new TieBuilder()).add(r);
        }
        // Sorting the ties compares the actors' places in the sorted list, not their names.
        Map<String, Integer> rank = new HashMap<>(actors.size() * 2);
        Map<String, ActorRef> names = new HashMap<>(actors.size() * 2);
        for (int i = 0; i < actors.size(); i++) {
            rank.put(actors.get(i).id(), i);
            names.put(actors.get(i).id(), actors.get(i));
        }
        List<RankedTie> ranked = new ArrayList<>(groups.size());
        groups.forEach((k, b) -> {
            b.factIds.sort(null);
            ranked.add(new RankedTie(rank.get(k.source()), rank.get(k.target()), new Tie(k.type(), name(names, k.source()),
                name(names, k.target()), b.since, b.open ? null : b.until, b.factIds)));
        });
        ranked.sort(Comparator.comparingInt(RankedTie::source).thenComparingInt(RankedTie::target)
            .thenComparing(t -> t.tie().type().code()));
        List<Tie> out = new ArrayList<>(ranked.size());
        ranked.forEach(t -> out.add(t.tie()));
        return out;
    }

    /** Actors by name, then id. */
    static final Comparator<ActorRef> BY_NAME = Comparator.comparing(ActorRef::name).thenComparing(ActorRef::id);

    private record RankedTie(int source, int target, Tie tie) {
    }

    private record TieKey(RelationType type, String source, String target) {
    }

    /** Accumulates one tie's earliest start, latest end and fact ids. */
    private static final class TieBuilder {
        DateValue since;
        DateValue until;
        boolean open;
        final List<String> factIds = new ArrayList<>(2);

        void add(RelationRecord r) {
            factIds.add(r.id());
            if (r.start() != null && (since == null || r.start().compareTo(since) < 0)) {
                since = r.start();
            }
            if (r.end() == null) {
                open = true;
            } else if (until == null || r.end().compareTo(until) > 0) {
                until = r.end();
            }
        }
    }

    private static ActorRef name(Map<String, ActorRef> names, String id) {
        return names.getOrDefault(id, new ActorRef(id, id));
    }

    private record Pair(String source, String target) {
    }

    private static Pair pair(RelationRecord r) {
        return new Pair(r.source(), r.target());
    }

    // A stand-in for "start unknown" in the map, which cannot hold null values.
    private static final DateValue NO_DATE = DateValue.year(1);

    private static DateValue real(DateValue d) {
        return d == NO_DATE ? null : d;
    }
}
