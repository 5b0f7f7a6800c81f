package org.orbat.query;

import java.util.Comparator;
import java.util.List;
import org.orbat.store.ActorRecord;
import org.orbat.store.ReadModel;
import org.orbat.store.RelationRecord;

/**
 * The history of a pair of actors ({@code orbat relations A B}, {@code /api/relations/{a}/{b}}): the
 * relations stated between them in either direction, each as {@code orbat evidence} gives it. Every
 * document's statement stays its own entry, so reports that disagree on a date or a type stand side by
 * side. Stateless; threads may share it.
 */
public final class PairHistoryQuery {
    private static final Comparator<RelationRecord> OLDEST_FIRST = Comparator
        .comparing(RelationRecord::start, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(RelationRecord::end, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(RelationRecord::id);

    private final ReadModel read;
    private final ActorDirectory directory;
    private final EvidenceQuery evidence;

    public PairHistoryQuery(ReadModel read, ActorDirectory directory, EvidenceQuery evidence) {
        this.read = read;
        this.directory = directory;
        this.evidence = evidence;
    }

    /** The pair's relations, oldest first; {@link UnknownActorException} for a name no actor has. */
    public PairHistory between(String first, String second) {
        ActorRecord a = directory.requireActor(first);
        ActorRecord b = directory.requireActor(second);
        if (a.id().equals(b.id())) {
            throw new InvalidParameterException("second", second, "names the same actor as the first (" + a.id() + ")");
        }
        List<FactEvidence> facts = read.relationsOf(a.id()).stream()
            .filter(r -> r.source().equals(b.id()) || r.target().equals(b.id()))
            .sorted(OLDEST_FIRST)
            .map(evidence::ofRelation)
            .toList();
        return new PairHistory(ActorRef.of(a), ActorRef.of(b), facts);
    }
}
