package org.orbat.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.Place;
import org.orbat.store.KnowledgeSnapshot;

/**
 * Writes events as a GeoJSON FeatureCollection (RFC 7946): one feature per event merged across
 * documents, its places a MultiPoint (coordinates {@code [longitude, latitude]} in WGS84), the event's
 * type, dates, actor names, toll, first evidence sentence and sources as properties; the first place's
 * name, admin1, country and precision are the event's {@code location}, and {@code locations} names them
 * all. One feature per event, not per place, so summing {@code fatalities} counts each toll once (a
 * feature per place repeated it: 471 killed on the seeds' points against 271 in their events); always
 * a MultiPoint, so GIS tools (QGIS, R's sf, GeoPandas) read one geometry type. Events with no resolved
 * place cannot be mapped and are left out. Streams with Jackson; stateless.
 */
public final class GeoJsonExporter implements Exporter {

    @Override
    public void write(KnowledgeSnapshot kb, OutputStream out) throws IOException {
        ExportFacts facts = ExportFacts.of(kb);
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (Event e : facts.events()) {
                if (!e.locations().isEmpty()) {
                    writeFeature(g, e, facts);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeFeature(JsonGenerator g, Event e, ExportFacts facts) throws IOException {
        Place p = e.locations().get(0);
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "MultiPoint");
        g.writeArrayFieldStart("coordinates");
        for (Place place : e.locations()) {
            g.writeStartArray();
            g.writeNumber(place.lon());
            g.writeNumber(place.lat());
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("event_id", e.id());
        g.writeStringField("type", e.type().code());
        g.writeStringField("date", ExportFacts.iso(e.date()));
        g.writeStringField("date_end", ExportFacts.iso(e.dateEnd()));
        g.writeArrayFieldStart("actors");
        for (String id : e.actors()) {
            g.writeString(facts.name(id));
        }
        g.writeEndArray();
        g.writeStringField("location", p.name());
        g.writeArrayFieldStart("locations");
        for (Place place : e.locations()) {
            g.writeString(place.name());
        }
        g.writeEndArray();
        g.writeStringField("admin1", p.admin1());
        g.writeStringField("country", p.country());
        g.writeStringField("precision", p.precision());
        if (e.fatalities() == null) {
            g.writeNullField("fatalities");
        } else {
            g.writeNumberField("fatalities", e.fatalities());
        }
        // Where sources disagree, every toll and each report's date (null: that report gives none).
        g.writeArrayFieldStart("tolls");
        for (Integer toll : ExportFacts.tolls(e)) {
            g.writeNumber(toll);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("report_dates");
        for (DateValue d : new java.util.LinkedHashSet<>(facts.reportDates(e))) {
            g.writeString(ExportFacts.iso(d));
        }
        g.writeEndArray();
        g.writeNumberField("evidence_count", e.evidence().size());
        g.writeStringField("evidence", ExportFacts.firstText(e.evidence()).orElse(null));
        g.writeArrayFieldStart("sources");
        for (String source : facts.sources(e.evidence())) {
            g.writeString(source);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }
}
