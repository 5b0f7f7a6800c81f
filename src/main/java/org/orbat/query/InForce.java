package org.orbat.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.orbat.model.DateValue;
import org.orbat.model.RelationType;
import org.orbat.store.RelationRecord;
import org.orbat.store.RelationTable;

/**
 * Which relation facts are in force at a date, and how they group into {@link Tie}s.
 *
 * <p>A fact is in force at D if it started by D's last day (or its start is unknown) and it has not
 * ended before D's first day. For the symmetric types (ally_of, rival_of) the latest statement
 * about a pair up to D wins, whichever type it is: Hazm and Nusra were allies in October 2014 and
 * rivals by March 2015, and at 2015-03 only the rivalry holds. Unknown starts count as the oldest;
 * facts tied for latest all stand.
 *
 * <p>Ties are ordered by their parties' ranks in a {@link PartyOrder} (names, then ids) and the
 * type's code. The rows are put in that order first, by three counting sorts over the ranks, so a
 * pair's facts and then a tie's facts lie side by side: no map keyed by pair, no comparator. Stateless.
 *
 * <p>Kept because it was measured against the plain rules over records (maps keyed by pair and by tie, ties
 * sorted by a name comparator; 2026-12-02, docs/performance.md, "Is the fast read still needed?"): with the
 * relations held in memory as a server holds them, the whole network of the 1M-event benchmark knowledge
 * base took 31-42 ms that way and 3-6 ms this way.
 */
final class InForce {
    private static final Comparator<DateValue> OLDEST_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final RelationType[] TYPES = RelationType.values();
    /** Each type's place among the types ordered by code, by ordinal. */
    private static final int[] CODE_RANK = new int[TYPES.length];

    static {
        RelationType[] byCode = TYPES.clone();
        Arrays.sort(byCode, Comparator.comparing(RelationType::code));
        for (int i = 0; i < byCode.length; i++) {
            CODE_RANK[byCode[i].ordinal()] = i;
        }
    }

    private InForce() {
    }

    /** The rows of {@code table} in force at {@code at}, in tie order under {@code order}. */
    static int[] rows(RelationTable table, DateValue at, PartyOrder order) {
        LocalDate first = at.date();
        LocalDate last = at.last();
        int[] started = new int[table.size()];
        int n = 0;
        for (int r = 0; r < table.size(); r++) {
            DateValue start = table.start(r);
            if (start == null || !start.date().isAfter(last)) {
                started[n++] = r;
            }
        }
        int[] sorted = inTieOrder(table, Arrays.copyOf(started, n), order);
        int[] out = new int[n];
        int kept = 0;
        for (int from = 0; from < n; ) {
            int to = pairEnd(table, sorted, from);
            DateValue latest = latestSymmetricStart(table, sorted, from, to);
            for (int i = from; i < to; i++) {
                int r = sorted[i];
                if (table.type(r).symmetric() && !Objects.equals(latest, table.start(r))) {
                    continue;
                }
                if (table.end(r) == null || !table.end(r).last().isBefore(first)) {
                    out[kept++] = r;
                }
            }
            from = to;
        }
        return Arrays.copyOf(out, kept);
    }

    /** The records of {@code rows} in force at {@code at}, for the small reads of one actor's relations. */
    static List<RelationRecord> facts(List<RelationRecord> rows, DateValue at) {
        RelationTable table = RelationTable.of(rows);
        List<RelationRecord> out = new ArrayList<>();
        for (int r : rows(table, at, PartyOrder.byNumber(table))) {
            out.add(rows.get(r));
        }
        return out;
    }

    /** Groups {@code rows}, in tie order (as {@link #rows} gives them), into ties. */
    static List<Tie> ties(RelationTable table, int[] rows, PartyOrder order) {
        List<Tie> out = new ArrayList<>(rows.length);
        for (int from = 0; from < rows.length; ) {
            int r = rows[from];
            int to = from + 1;
            while (to < rows.length && sameTie(table, r, rows[to])) {
                to++;
            }
            out.add(tie(table, rows, from, to, order));
            from = to;
        }
        return out;
    }

    /** Groups facts by type and parties into ties, naming parties from {@code names} (an id missing there by itself). */
    static List<Tie> ties(List<RelationRecord> facts, Map<String, ActorRef> names) {
        RelationTable table = RelationTable.of(facts);
        List<ActorRef> refs = new ArrayList<>(table.actorCount());
        for (int a = 0; a < table.actorCount(); a++) {
            String id = table.actorId(a);
            refs.add(names.getOrDefault(id, new ActorRef(id, id)));
        }
        PartyOrder order = PartyOrder.sorted(refs);
        int[] all = new int[table.size()];
        Arrays.setAll(all, r -> r);
        return ties(table, inTieOrder(table, all, order), order);
    }

    /** Actors by name, then id. */
    static final Comparator<ActorRef> BY_NAME = Comparator.comparing(ActorRef::name).thenComparing(ActorRef::id);

    /**
     * {@code rows} ordered by source rank, target rank and type code: a least-significant-key-first
     * radix sort of three stable counting sorts, linear in rows plus ranks.
     */
    private static int[] inTieOrder(RelationTable table, int[] rows, PartyOrder order) {
        int[] typeKey = new int[table.size()];
        int[] targetKey = new int[table.size()];
        int[] sourceKey = new int[table.size()];
        for (int r : rows) {
            typeKey[r] = CODE_RANK[table.type(r).ordinal()];
            targetKey[r] = order.rank(table.target(r));
            sourceKey[r] = order.rank(table.source(r));
        }
        int[] byType = countingSort(rows, typeKey, TYPES.length);
        int[] byTarget = countingSort(byType, targetKey, order.ranks());
        return countingSort(byTarget, sourceKey, order.ranks());
    }

    /** {@code rows} stably ordered by {@code key[row]}, which lies in {@code [0, range)}. */
    private static int[] countingSort(int[] rows, int[] key, int range) {
        int[] next = new int[range + 1];
        for (int r : rows) {
            next[key[r] + 1]++;
        }
        for (int k = 0; k < range; k++) {
            next[k + 1] += next[k];
        }
        int[] out = new int[rows.length];
        for (int r : rows) {
            out[next[key[r]]++] = r;
        }
        return out;
    }

    /** Where the run of rows between the same two actors that starts at {@code from} ends. */
    private static int pairEnd(RelationTable table, int[] sorted, int from) {
        int source = table.source(sorted[from]);
        int target = table.target(sorted[from]);
        int to = from + 1;
        while (to < sorted.length && table.source(sorted[to]) == source && table.target(sorted[to]) == target) {
            to++;
        }
        return to;
    }

    /** The latest start among the pair's symmetric rows, unknown counting as oldest; {@code null} if none. */
    private static DateValue latestSymmetricStart(RelationTable table, int[] sorted, int from, int to) {
        DateValue latest = null;
        for (int i = from; i < to; i++) {
            int r = sorted[i];
            if (table.type(r).symmetric() && OLDEST_FIRST.compare(table.start(r), latest) > 0) {
                latest = table.start(r);
            }
        }
        return latest;
    }

    private static boolean sameTie(RelationTable table, int a, int b) {
        return table.type(a) == table.type(b) && table.source(a) == table.source(b) && table.target(a) == table.target(b);
    }

    /** One tie from {@code rows[from, to)}: earliest known start, latest end unless one is open, fact ids sorted. */
    private static Tie tie(RelationTable table, int[] rows, int from, int to, PartyOrder order) {
        DateValue since = null;
        DateValue until = null;
        boolean open = false;
        String[] factIds = new String[to - from];
        for (int i = from; i < to; i++) {
            int r = rows[i];
            factIds[i - from] = table.id(r);
            DateValue start = table.start(r);
            if (start != null && (since == null || start.compareTo(since) < 0)) {
                since = start;
            }
            DateValue end = table.end(r);
            if (end == null) {
                open = true;
            } else if (until == null || end.compareTo(until) > 0) {
                until = end;
            }
        }
        if (factIds.length > 1) {
            Arrays.sort(factIds);
        }
        int r = rows[from];
        return new Tie(table.type(r), order.ref(table.source(r)), order.ref(table.target(r)), since, open ? null : until,
            List.of(factIds));
    }
}
