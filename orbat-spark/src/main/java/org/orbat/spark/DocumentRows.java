package org.orbat.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.orbat.actors.ActorMention;
import org.orbat.model.Actor;
import org.orbat.model.Alias;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.Evidence;
import org.orbat.model.Lineage;
import org.orbat.model.Place;
import org.orbat.model.Relation;
import org.orbat.store.DocumentFacts;
import org.orbat.store.DocumentRecord;

/**
 * What one input line contributes to each {@link FactTable}: the rows of one document's facts, one
 * {@link FactTable#REJECTED} row, or, for an article unchanged since the previous run, no rows but the
 * id of the document whose earlier rows stand for it ({@link PreviousRun}). Rows are laid out as the store writes them
 * ({@code store.DocumentWriter}): relation ids are the document id plus {@code -rN}, registry aliases
 * belong to document {@code ""}, lineage without a target is left out.
 *
 * <p>Serializable, so Spark can keep the processed documents between the jobs that write each
 * table; immutable once built.
 */
final class DocumentRows implements Serializable {
    private static final long serialVersionUID = 1L;

    private final EnumMap<FactTable, ArrayList<Row>> rows = new EnumMap<>(FactTable.class);
    private String unchangedDocument;

    private DocumentRows() {
    }

    /** The rows of one processed document. */
    static DocumentRows of(DocumentFacts facts) {
        DocumentRows out = new DocumentRows();
        DocumentRecord d = facts.document();
        String docId = d.id();
        out.add(FactTable.DOCUMENTS, d.id(), d.sourceKey(), d.path(), d.sourceId(), d.title(), d.outlet(), d.url(),
            iso(d.published()), d.publishedHow(), d.contentHash(), facts.body(),
            d.language().code());
        for (Actor a : facts.actors()) {
            out.add(FactTable.ACTORS, docId, a.id(), a.name(), a.kind().code(), a.discovered());
            for (Alias al : a.aliases()) {
                out.add(FactTable.ALIASES, "registry".equals(al.origin()) ? "" : docId, a.id(), al.name(), al.origin(),
                    al.note());
            }
            for (Lineage l : a.lineage()) {
                if (l.target() != null) {
                    out.add(FactTable.LINEAGE, docId, a.id(), l.type(), l.target(), iso(l.date()));
                }
            }
        }
        for (ActorMention m : facts.mentions()) {
            out.add(FactTable.MENTIONS, docId, m.sentence(), m.tokenBegin(), m.tokenEnd(), m.text(), m.actorId(), m.rule());
        }
        int n = 0;
        for (Relation r : facts.relations()) {
            String id = docId + "-r" + (n++);
            out.add(FactTable.RELATIONS, id, docId, r.type().code(), r.source(), r.target(), iso(r.start()), iso(r.end()));
            out.addEvidence(id, List.of(r.evidence()));
        }
        for (Event e : facts.events()) {
            out.add(FactTable.EVENTS, e.id(), docId, e.type().code(), iso(e.date()), iso(e.dateEnd()), e.fatalities(),
                e.subEvent() == null ? null : e.subEvent().code());
            for (int i = 0; i < e.actors().size(); i++) {
                String actor = e.actors().get(i);
                out.add(FactTable.EVENT_ACTORS, e.id(), i, actor, e.sideCode(actor));
            }
            for (int i = 0; i < e.locations().size(); i++) {
                Place p = e.locations().get(i);
                out.add(FactTable.EVENT_PLACES, e.id(), i, p.name(), p.lat(), p.lon(), p.admin1(), p.country(),
                    p.featureClass(), p.precision());
            }
            out.addEvidence(e.id(), e.evidence());
        }
        return out;
    }

    /** The one row of an input that could not be read or processed. */
    static DocumentRows rejected(String source, String reason) {
        DocumentRows out = new DocumentRows();
        out.add(FactTable.REJECTED, source, reason);
        return out;
    }

    /** An article the previous run processed with the same content: its rows there are kept, not made again. */
    static DocumentRows unchanged(String documentId) {
        DocumentRows out = new DocumentRows();
        out.unchangedDocument = Objects.requireNonNull(documentId, "documentId");
        return out;
    }

    List<Row> rows(FactTable table) {
        return rows.getOrDefault(table, new ArrayList<>());
    }

    boolean isRejected() {
        return rows.containsKey(FactTable.REJECTED);
    }

    boolean isUnchanged() {
        return unchangedDocument != null;
    }

    /** The id of the unchanged document this stands for; only when {@link #isUnchanged}. */
    String unchangedDocument() {
        if (unchangedDocument == null) {
            throw new IllegalStateException("not an unchanged document");
        }
        return unchangedDocument;
    }

    private void addEvidence(String factId, List<Evidence> evidence) {
        for (int i = 0; i < evidence.size(); i++) {
            Evidence x = evidence.get(i);
            add(FactTable.EVIDENCE, factId, i, x.documentId(), x.sentenceIndex(), x.text(), x.reportedBy(),
                x.fatalities(), x.stance().code());
        }
    }

    private void add(FactTable table, Object... values) {
        rows.computeIfAbsent(table, t -> new ArrayList<>()).add(RowFactory.create(values));
    }

    static String iso(DateValue date) {
        return date == null ? null : date.iso();
    }
}
