package org.orbat.export;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.orbat.store.KnowledgeSnapshot;

/**
 * Writes the actor network as GEXF 1.2 (https://gexf.net/, namespace {@code http://www.gexf.net/1.2draft}),
 * the format Gephi reads natively, as a {@code mode="dynamic"} graph with {@code timeformat="date"}: each
 * relation edge carries {@code start} and {@code end}, its interval on Gephi's timeline, so alliances form
 * and break as the timeline plays. Version 1.2 rather than 1.3 because it is what NetworkX's
 * {@code read_gexf} reads by default (1.3 needs {@code version="1.3"}, else "No <graph> element") and
 * what Gephi and JGraphT's schema know. A symmetric relation ({@code ally_of}, {@code rival_of}) is a
 * {@code mutual} edge (both ways, in a directed graph NetworkX can read); the edge weight, which Gephi
 * draws as thickness, is the number of sentences stating the fact. GEXF dates
 * must be whole days, so a relation starts on the first day of its reported period and ends on the
 * last day of its end period; an unknown start or end is left open. The dates as reported (ISO, their
 * length their precision) stay in the {@code reported_start}/{@code reported_end} attributes. Node and
 * edge attributes are declared in {@code <attributes>}. Stateless.
 */
public final class GexfExporter implements Exporter {
    static final String NS = "http://www.gexf.net/1.2draft";

    @Override
    public void write(KnowledgeSnapshot kb, OutputStream out) throws IOException {
        ActorNetwork network = ActorNetwork.of(ExportFacts.of(kb));
        XMLStreamWriter w = Xml.writer(out);
        try {
            Xml.startRoot(w, NS, "gexf", "http://www.gexf.net/1.2draft/gexf.xsd");
            w.writeAttribute("version", "1.2");
            Xml.indent(w, 1);
            w.writeStartElement(NS, "meta");
            w.writeStartElement(NS, "creator");
            w.writeCharacters("Orbat");
            w.writeEndElement();
            w.writeStartElement(NS, "description");
            w.writeCharacters("Armed actors and their dated relations, each with its evidence");
            w.writeEndElement();
            w.writeEndElement();
            Xml.indent(w, 1);
            w.writeStartElement(NS, "graph");
            w.writeAttribute("mode", "dynamic");
            w.writeAttribute("defaultedgetype", "directed");
            w.writeAttribute("timeformat", "date");
            attributes(w, "node", new String[][] {{"kind", "string"}, {"discovered", "boolean"}, {"mentions", "long"}});
            attributes(w, "edge", new String[][] {{"type", "string"}, {"reported_start", "string"},
                {"reported_end", "string"}, {"evidence_count", "integer"}, {"evidence", "string"}});
            Xml.indent(w, 2);
            w.writeStartElement(NS, "nodes");
            for (ActorNetwork.Node n : network.nodes()) {
                writeNode(w, n);
            }
            Xml.indent(w, 2);
            w.writeEndElement();
            Xml.indent(w, 2);
            w.writeStartElement(NS, "edges");
            for (RelationGroups.Group r : network.edges()) {
                writeEdge(w, r);
            }
            Xml.indent(w, 2);
            w.writeEndElement();
            Xml.indent(w, 1);
            w.writeEndElement();
            Xml.endRoot(w);
        } catch (XMLStreamException e) {
            throw new IOException("Could not write GEXF", e);
        }
    }

    private static void attributes(XMLStreamWriter w, String domain, String[][] declared) throws XMLStreamException {
        Xml.indent(w, 2);
        w.writeStartElement(NS, "attributes");
        w.writeAttribute("class", domain);
        w.writeAttribute("mode", "static");
        for (String[] a : declared) {
            Xml.indent(w, 3);
            w.writeEmptyElement(NS, "attribute");
            w.writeAttribute("id", a[0]);
            w.writeAttribute("title", a[0]);
            w.writeAttribute("type", a[1]);
        }
        Xml.indent(w, 2);
        w.writeEndElement();
    }

    private static void writeNode(XMLStreamWriter w, ActorNetwork.Node n) throws XMLStreamException {
        Xml.indent(w, 3);
        w.writeStartElement(NS, "node");
        w.writeAttribute("id", Xml.clean(n.id()));
        w.writeAttribute("label", Xml.clean(n.label()));
        w.writeStartElement(NS, "attvalues");
        value(w, "kind", n.kind().isEmpty() ? null : n.kind());
        value(w, "discovered", Boolean.toString(n.discovered()));
        value(w, "mentions", Long.toString(n.mentions()));
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void writeEdge(XMLStreamWriter w, RelationGroups.Group r) throws XMLStreamException {
        Xml.indent(w, 3);
        w.writeStartElement(NS, "edge");
        w.writeAttribute("id", r.id());
        w.writeAttribute("source", Xml.clean(r.source()));
        w.writeAttribute("target", Xml.clean(r.target()));
        w.writeAttribute("label", r.type().code());
        w.writeAttribute("type", r.type().symmetric() ? "mutual" : "directed");
        w.writeAttribute("weight", Integer.toString(r.evidence().size()));
        if (r.start() != null) {
            w.writeAttribute("start", r.start().date().toString());
        }
        if (r.end() != null) {
            w.writeAttribute("end", r.end().last().toString());
        }
        w.writeStartElement(NS, "attvalues");
        value(w, "type", r.type().code());
        value(w, "reported_start", ExportFacts.iso(r.start()));
        value(w, "reported_end", ExportFacts.iso(r.end()));
        value(w, "evidence_count", Integer.toString(r.evidence().size()));
        value(w, "evidence", ExportFacts.firstText(r.evidence()).orElse(null));
        w.writeEndElement();
        w.writeEndElement();
    }

    /** One {@code <attvalue>}; none when the value is unknown. */
    private static void value(XMLStreamWriter w, String attribute, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        w.writeEmptyElement(NS, "attvalue");
        w.writeAttribute("for", attribute);
        w.writeAttribute("value", Xml.clean(value));
    }
}
