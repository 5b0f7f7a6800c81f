package org.orbat.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.orbat.store.RelationTable;

/**
 * The actors of a {@link RelationTable} in the order results list them ({@link InForce#BY_NAME}):
 * each actor number's rank, and the ref at each rank. Ranks may leave gaps (a whole network ranks
 * its actors among all actors of the knowledge base), so {@link #ranks()} bounds them rather than
 * counting the actors. Immutable; threads may share it.
 */
final class PartyOrder {
    private final int[] rankOfActor;
    private final List<ActorRef> refByRank;

    /**
     * @param rankOfActor each actor number's rank, distinct
     * @param refByRank the ref at each rank; ranks no actor of the table holds name other actors
     */
    PartyOrder(int[] rankOfActor, List<ActorRef> refByRank) {
        this.rankOfActor = rankOfActor;
        this.refByRank = refByRank;
    }

    /** Orders the actors named {@code refs}, indexed by actor number, by sorting them. */
    static PartyOrder sorted(List<ActorRef> refs) {
        Integer[] actors = new Integer[refs.size()];
        Arrays.setAll(actors, a -> a);
        Arrays.sort(actors, (a, b) -> InForce.BY_NAME.compare(refs.get(a), refs.get(b)));
        int[] rank = new int[actors.length];
        List<ActorRef> byRank = new ArrayList<>(actors.length);
        for (int i = 0; i < actors.length; i++) {
            rank[actors[i]] = i;
            byRank.add(refs.get(actors[i]));
        }
        return new PartyOrder(rank, byRank);
    }

    /**
     * Ranks actors by number, without names: enough to find the facts in force, which group by pair
     * but do not care how pairs are ordered.
     */
    static PartyOrder byNumber(RelationTable table) {
        int[] rank = new int[table.actorCount()];
        Arrays.setAll(rank, a -> a);
        List<ActorRef> refs = new ArrayList<>(rank.length);
        for (int a = 0; a < rank.length; a++) {
            refs.add(new ActorRef(table.actorId(a), table.actorId(a)));
        }
        return new PartyOrder(rank, refs);
    }

    int rank(int actor) {
        return rankOfActor[actor];
    }

    /** One more than the highest rank. */
    int ranks() {
        return refByRank.size();
    }

    ActorRef ref(int actor) {
        return refByRank.get(rankOfActor[actor]);
    }

    ActorRef refAt(int rank) {
        return refByRank.get(rank);
    }
}
