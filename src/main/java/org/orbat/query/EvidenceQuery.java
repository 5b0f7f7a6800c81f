package org.orbat.query;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.orbat.model.Evidence;
import org.orbat.store.DocumentRecord;
import org.orbat.store.EventRecord;
import org.orbat.store.ReadModel;
import org.orbat.store.RelationRecord;

/**
 * The evidence behind one relation or event: each verbatim sentence with its document, who reported
 * it, its stance and its toll. Reports that disagree all stay, as the export keeps them. Stateless;
 * threads may share it.
 */
public final class EvidenceQuery {
    private final ReadModel read;
    private final ActorDirectory directory;

    public EvidenceQuery(ReadModel read, ActorDirectory directory) {
        this.read = read;
        this.directory = directory;
    }

    public Optional<FactEvidence> findFact(String factId) {
        Optional<RelationRecord> relation = read.findRelation(factId);
        if (relation.isPresent()) {
            return Optional.of(ofRelation(relation.get()));
        }
        return read.findEvent(factId).map((EventRecord e) ->
            build(factId, "event", e.type().code(), e.actors(), e.date(), e.dateEnd(), e.fatalities()));
    }

    /** The evidence behind a relation row already read. */
    public FactEvidence ofRelation(RelationRecord r) {
        return build(r.id(), "relation", r.type().code(), List.of(r.source(), r.target()), r.start(), r.end(), null);
    }

    /** Like {@link #findFact}, but throws {@link UnknownFactException} naming the id on a miss. */
    public FactEvidence requireFact(String factId) {
        return findFact(factId).orElseThrow(() -> new UnknownFactException(factId));
    }

    private FactEvidence build(String factId, String kind, String type, List<String> actorIds,
                               org.orbat.model.DateValue date, org.orbat.model.DateValue end, Integer fatalities) {
        List<Evidence> rows = read.evidence(factId);
        Map<String, DocumentRecord> docs = read.documents(rows.stream().map(Evidence::documentId).toList());
        List<EvidenceItem> items = rows.stream().map(e -> new EvidenceItem(e.text(), e.sentenceIndex(), e.reportedBy(),
            e.fatalities(), e.stance(), view(e.documentId(), docs.get(e.documentId())))).toList();
        List<Integer> tolls = rows.stream().map(Evidence::fatalities).filter(Objects::nonNull).distinct().sorted().toList();
        Map<String, ActorRef> names = directory.refs(actorIds);
        return new FactEvidence(factId, kind, type, actorIds.stream().map(names::get).toList(), date, end, fatalities,
            items, rows.stream().map(Evidence::reportedBy).filter(Objects::nonNull).distinct().toList(),
            rows.stream().map(Evidence::stance).distinct().toList(), tolls, tolls.size() > 1);
    }

    private static DocumentView view(String id, DocumentRecord d) {
        return d == null ? new DocumentView(id, null, null, null, null)
            : new DocumentView(d.id(), d.title(), d.outlet(), d.published(), d.path());
    }
}
