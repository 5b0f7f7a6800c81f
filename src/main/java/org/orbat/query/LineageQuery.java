package org.orbat.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orbat.store.ActorRecord;
import org.orbat.store.ReadModel;

/**
 * An actor's lineage as a succession chain: from the actor asked, backwards through the steps that
 * made it (what it was renamed from, what merged into it, what it split from) and forwards through
 * the steps it took (what it was renamed to or merged into, what split from it), each direction
 * followed only onwards, so a successor's other merger partners are not the asked actor's history.
 * Succession steps are {@code renamed_to}, {@code merged_into}, {@code split_from} and {@code successor},
 * curated or read in text; membership, alliance and dissolution are not. Walks at most
 * {@link #MAX_NODES} actors. Stateless; threads may share it.
 */
public final class LineageQuery {
    public static final int MAX_NODES = 200;
    /** Steps whose target continues their source: the source is the target's predecessor. */
    private static final Set<String> CONTINUED_BY = Set.of("renamed_to", "merged_into", "successor");
    private static final String SPLIT_FROM = "split_from";

    private final ActorDirectory directory;
    private final LineageSteps steps;

    public LineageQuery(ReadModel read, ActorDirectory directory) {
        this.directory = directory;
        this.steps = new LineageSteps(read, directory);
    }

    public LineageChain chain(String name) {
        ActorRecord actor = directory.requireActor(name);
        Map<List<String>, SuccessionStep> taken = new LinkedHashMap<>();
        List<ActorRef> before = walk(actor.id(), false, taken);
        List<ActorRef> after = walk(actor.id(), true, taken);
        List<SuccessionStep> ordered = new ArrayList<>(taken.values());
        ordered.sort(Comparator.comparing(SuccessionStep::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return new LineageChain(ActorRef.of(actor), before, after, ordered);
    }

    /** The actors reached from {@code start} going forwards (successors) or backwards (predecessors), adding the steps taken. */
    private List<ActorRef> walk(String start, boolean forwards, Map<List<String>, SuccessionStep> taken) {
        Map<String, ActorRef> reached = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>(List.of(start));
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty() && seen.size() < MAX_NODES) {
            String id = queue.removeFirst();
            for (LineageStep s : steps.of(id)) {
                ActorRef next = next(s, id, forwards);
                if (next != null) {
                    taken.putIfAbsent(List.of(s.type(), s.from().id(), s.to().id()),
                        new SuccessionStep(s.from(), s.type(), s.to(), s.date(), s.source()));
                    if (seen.add(next.id())) {
                        reached.put(next.id(), next);
                        queue.addLast(next.id());
                    }
                }
            }
        }
        return List.copyOf(reached.values());
    }

    /** The actor one succession step leads to from {@code id} in the direction asked; null when the step goes the other way or is no succession. */
    private static ActorRef next(LineageStep s, String id, boolean forwards) {
        boolean from = s.from().id().equals(id);
        if (CONTINUED_BY.contains(s.type())) {
            return from == forwards ? (from ? s.to() : s.from()) : null;
        }
        if (SPLIT_FROM.equals(s.type())) {
            // "A split_from B": B came first, so from A backwards reaches B and from B forwards reaches A.
            return from != forwards ? (from ? s.to() : s.from()) : null;
        }
        return null;
    }
}
