package org.orbat.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.orbat.model.AcledSubEvent;
import org.orbat.model.Actor;
import org.orbat.model.Alias;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.Evidence;
import org.orbat.model.Lineage;
import org.orbat.model.Place;
import org.orbat.query.EventConfidence;
import org.orbat.query.RelationConfidence;
import org.orbat.store.DocumentRecord;
import org.orbat.store.KnowledgeSnapshot;

/**
 * Writes the knowledge base as one JSON object in the shape of the evaluation format
 * ({@code documents}, {@code actors}, {@code relations}, {@code events}, each fact with its
 * verbatim evidence). Streams with Jackson's generator, so large knowledge bases do not need a
 * second copy in memory.
 */
public final class JsonExporter implements Exporter {
    private static final EventConfidence CONFIDENCE = EventConfidence.load();
    private static final RelationConfidence RELATION_CONFIDENCE = RelationConfidence.load();

    @Override
    public void write(KnowledgeSnapshot kb, OutputStream out) throws IOException {
        ExportFacts facts = ExportFacts.of(kb);
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("documents");
            for (DocumentRecord d : kb.documents()) {
                writeDocument(g, d);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("actors");
            for (KnowledgeSnapshot.ActorCount a : kb.actors()) {
                writeActor(g, a);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("relations");
            for (RelationGroups.Group r : facts.relations()) {
                writeRelation(g, r);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            Map<String, Double> confidence = CONFIDENCE.ofAll(facts.events());
            for (Event e : facts.events()) {
                writeEvent(g, e, confidence.get(e.id()), facts);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeDocument(JsonGenerator g, DocumentRecord d) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("path", d.path());
        g.writeStringField("title", d.title());
        g.writeStringField("published", iso(d.published()));
        g.writeStringField("published_how", d.publishedHow());
        g.writeStringField("outlet", d.outlet());
        g.writeStringField("url", d.url());
        g.writeStringField("source_id", d.sourceId());
        g.writeEndObject();
    }

    private static void writeActor(JsonGenerator g, KnowledgeSnapshot.ActorCount count) throws IOException {
        Actor a = count.actor();
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("name", a.name());
        g.writeStringField("kind", a.kind().code());
        g.writeBooleanField("discovered", a.discovered());
        g.writeNumberField("mentions", count.mentions());
        g.writeArrayFieldStart("aliases");
        for (String name : a.aliases().stream().map(Alias::name).filter(n -> !n.equals(a.name())).distinct().toList()) {
            g.writeString(name);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("alias_origins");
        for (Alias al : a.aliases()) {
            g.writeStartObject();
            g.writeStringField("name", al.name());
            g.writeStringField("origin", al.origin());
            if (!al.note().isEmpty()) {
                g.writeStringField("note", al.note());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("lineage");
        for (Lineage l : a.lineage()) {
            g.writeStartObject();
            g.writeStringField("type", l.type());
            g.writeStringField("target", l.target());
            g.writeStringField("date", iso(l.date()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeRelation(JsonGenerator g, RelationGroups.Group r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("type", r.type().code());
        g.writeStringField("source", r.source());
        g.writeStringField("target", r.target());
        g.writeStringField("start", iso(r.start()));
        g.writeStringField("end", iso(r.end()));
        // The chance the relation is right, by its type (RelationConfidence).
        g.writeNumberField("confidence", Math.round(RELATION_CONFIDENCE.of(r.type()) * 1000) / 1000.0);
        writeEvidence(g, r.evidence(), null);
        g.writeEndObject();
    }

    private static void writeEvent(JsonGenerator g, Event e, double confidence, ExportFacts facts) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("type", e.type().code());
        g.writeStringField("date", iso(e.date()));
        g.writeStringField("date_end", iso(e.dateEnd()));
        writeIds(g, "actors", e.actors());
        writeIds(g, "side1", e.side1());
        writeIds(g, "side2", e.side2());
        AcledSubEvent sub = e.acled();
        g.writeObjectFieldStart("acled");
        g.writeStringField("disorder_type", sub.disorder().label());
        g.writeStringField("event_type", sub.family().label());
        g.writeStringField("sub_event_type", sub.label());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        for (Place p : e.locations()) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            g.writeNumberField("lat", p.lat());
            g.writeNumberField("lon", p.lon());
            g.writeStringField("admin1", p.admin1());
            g.writeStringField("country", p.country());
            g.writeStringField("feature_class", p.featureClass());
            g.writeStringField("precision", p.precision());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (e.fatalities() == null) {
            g.writeNullField("fatalities");
        } else {
            g.writeNumberField("fatalities", e.fatalities());
        }
        // The chance a trained coder agrees on the event's type, date and place (EventConfidence).
        g.writeNumberField("confidence", Math.round(confidence * 1000) / 1000.0);
        writeEvidence(g, e.evidence(), facts.reportDates(e));
        g.writeEndObject();
    }

    private static void writeIds(JsonGenerator g, String field, List<String> ids) throws IOException {
        g.writeArrayFieldStart(field);
        for (String id : ids) {
            g.writeString(id);
        }
        g.writeEndArray();
    }

    /** Evidence of a relation ({@code reportDates} null) or of an event, with each report's toll and date. */
    private static void writeEvidence(JsonGenerator g, List<Evidence> evidence, List<DateValue> reportDates) throws IOException {
        boolean withToll = reportDates != null;
        g.writeArrayFieldStart("evidence");
        for (int i = 0; i < evidence.size(); i++) {
            Evidence x = evidence.get(i);
            g.writeStartObject();
            g.writeStringField("document", x.documentId());
            g.writeNumberField("sentence", x.sentenceIndex());
            g.writeStringField("text", x.text());
            g.writeStringField("reported_by", x.reportedBy());
            if (withToll) {
                if (x.fatalities() == null) {
                    g.writeNullField("fatalities");
                } else {
                    g.writeNumberField("fatalities", x.fatalities());
                }
            }
            g.writeStringField("stance", x.stance().code());
            if (withToll) {
                g.writeStringField("report_date", iso(reportDates.get(i)));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static String iso(DateValue d) {
        return ExportFacts.iso(d);
    }
}
