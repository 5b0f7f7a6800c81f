package org.orbat.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.Evidence;
import org.orbat.store.DocumentRecord;
import org.orbat.store.ReadModel;
import org.orbat.store.RelationRecord;
import org.orbat.store.corrections.CorrectionEntry;

/**
 * The evidence behind one relation or event: each verbatim sentence with its document, who reported
 * it, its stance and its toll. Reports that disagree all stay, as the export keeps them: an event's are
 * those of every document's report merged into it ({@link MergedEvents}), each with the date it gives.
 * Stateless; threads may share it.
 */
public final class EvidenceQuery {
    private final ReadModel read;
    private final ActorDirectory directory;
    private final MergedEvents events;

    public EvidenceQuery(ReadModel read, ActorDirectory directory) {
        this.read = read;
        this.directory = directory;
        this.events = new MergedEvents(read, directory);
    }

    /** The relation, or the event {@code factId} names: a merged event by its own id or any of its reports'. */
    public Optional<FactEvidence> findFact(String factId) {
        Optional<RelationRecord> relation = read.findRelation(factId);
        if (relation.isPresent()) {
            return Optional.of(ofRelation(relation.get()));
        }
        return events.find(factId).map(this::ofEvent);
    }

    /** The evidence behind a relation row already read. */
    public FactEvidence ofRelation(RelationRecord r) {
        List<Evidence> rows = read.evidence(r.id());
        Map<String, DocumentRecord> docs = read.documents(rows.stream().map(Evidence::documentId).toList());
        List<EvidenceItem> items = rows.stream().map(e -> item(e, docs, null)).toList();
        String key = r.type().code() + "|" + r.source() + "|" + r.target();
        return build(r.id(), "relation", r.type().code(), List.of(r.source(), r.target()), r.start(), r.end(), null,
            rows, items, List.of(), corrections(c -> key.equals(c.correction().target()) || r.id().equals(c.correction().target())
                || c.status() != null && r.id().equals(c.status().target())));
    }

    private FactEvidence ofEvent(MergedEvents.Merged m) {
        List<Event> reports = new ArrayList<>(m.reports());
        reports.sort(EventMerger.ORDER);
        List<Evidence> rows = reports.stream().flatMap(r -> r.evidence().stream()).toList();
        Map<String, DocumentRecord> docs = read.documents(rows.stream().map(Evidence::documentId).toList());
        List<EvidenceItem> items = new ArrayList<>();
        reports.forEach(r -> r.evidence().forEach(e -> items.add(item(e, docs, r))));
        Event e = m.event();
        java.util.Set<String> ids = new java.util.HashSet<>();
        reports.forEach(r -> ids.add(r.id()));
        ids.add(e.id());
        return build(e.id(), "event", e.type().code(), e.actors(), e.date(), e.dateEnd(), e.fatalities(), rows, items,
            reports.stream().map(MergedEvents::report).toList(),
            corrections(c -> ids.contains(c.correction().target()) || c.status() != null && ids.contains(c.status().target())));
    }

    private static EvidenceItem item(Evidence e, Map<String, DocumentRecord> docs, Event report) {
        return new EvidenceItem(e.text(), e.sentenceIndex(), e.reportedBy(), e.fatalities(), e.stance(),
            view(e.documentId(), docs.get(e.documentId())), report == null ? null : report.id(),
            report == null ? null : report.date());
    }

    /** Like {@link #findFact}, but throws {@link UnknownFactException} naming the id on a miss. */
    public FactEvidence requireFact(String factId) {
        return findFact(factId).orElseThrow(() -> new UnknownFactException(factId));
    }

    private FactEvidence build(String factId, String kind, String type, List<String> actorIds, DateValue date, DateValue end,
                               Integer fatalities, List<Evidence> rows, List<EvidenceItem> items, List<EventReport> reports,
                               List<CorrectionNote> corrections) {
        List<Integer> tolls = rows.stream().map(Evidence::fatalities).filter(Objects::nonNull).distinct().sorted().toList();
        Map<String, ActorRef> names = directory.refs(actorIds);
        return new FactEvidence(factId, kind, type, actorIds.stream().map(names::get).toList(), date, end, fatalities,
            items, rows.stream().map(Evidence::reportedBy).filter(Objects::nonNull).distinct().toList(),
            rows.stream().map(Evidence::stance).distinct().toList(), tolls, tolls.size() > 1, reports, corrections);
    }

    /** The corrections of the log that concern the fact, oldest first. */
    private List<CorrectionNote> corrections(java.util.function.Predicate<CorrectionEntry> concerns) {
        return read.corrections().stream().filter(concerns).map(c -> new CorrectionNote(c.correction().id(),
            c.correction().madeAt().toString(), c.correction().editor(), c.correction().action().code(), c.correction().reason(),
            c.status() == null ? "" : c.status().detail(), c.stale())).toList();
    }

    private static DocumentView view(String id, DocumentRecord d) {
        return d == null ? new DocumentView(id, null, null, null, null)
            : new DocumentView(d.id(), d.title(), d.outlet(), d.published(), d.path());
    }
}
