package org.orbat.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orbat.store.DocumentRecord;
import org.orbat.store.ReadModel;
import org.orbat.store.RelationRecord;

/**
 * The documents the knowledge base was built from, and the facts read from each, so every document id
 * a result cites can be traced to its file or source id. Stateless; threads may share it.
 */
public final class DocumentQuery {
    private final ReadModel read;
    private final ActorDirectory directory;
    private final EventQuery events;

    public DocumentQuery(ReadModel read, ActorDirectory directory) {
        this.read = read;
        this.directory = directory;
        this.events = new EventQuery(read, directory);
    }

    /** A page of documents, newest first. */
    public List<DocumentSummary> list(int page, int size) {
        QueryParameters.requirePage(page);
        QueryParameters.requireSize(size);
        long offset = (long) page * size;
        if (offset > Integer.MAX_VALUE) {
            throw new InvalidParameterException("page", Integer.toString(page), "too far");
        }
        return read.documentsByDate((int) offset, size).stream()
            .map(d -> DocumentSummary.of(d.document(), d.relations(), d.events())).toList();
    }

    /** The document {@code key} names (id, source id, path or file name) with its facts. */
    public DocumentDetail require(String key) {
        DocumentRecord d = read.findDocument(key.trim()).orElseThrow(() -> new UnknownDocumentException(key));
        List<RelationRecord> relations = read.relationsIn(d.id());
        Set<String> ids = new LinkedHashSet<>();
        relations.forEach(r -> {
            ids.add(r.source());
            ids.add(r.target());
        });
        Map<String, ActorRef> names = directory.refs(ids);
        List<EventSummary> reported = events.asReported(read.eventsIn(d.id()));
        return new DocumentDetail(DocumentSummary.of(d, relations.size(), reported.size()),
            relations.stream().map(r -> new RelationSummary(r.id(), r.type(), names.get(r.source()), names.get(r.target()),
                r.start(), r.end())).toList(), reported);
    }
}
