package org.orbat.export;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.orbat.store.KnowledgeSnapshot;

/**
 * Writes the actor network as GraphML 1.0 (http://graphml.graphdrawing.org/): nodes are actors
 * (label, kind, discovered, mentions), edges are relation facts (type, start, end, evidence count,
 * first evidence sentence), every attribute declared with a {@code <key>}. Dates are ISO strings
 * whose length is their precision, left out when unknown. Every edge is directed, from the relation's
 * source to its target, and a symmetric relation ({@code ally_of}, {@code rival_of}) says so in its
 * {@code symmetric} key: GraphML allows mixed graphs, but NetworkX refuses to read one ("directed=false
 * edge found in directed graph"), and a fact written once keeps counts right. Actor ids are node ids,
 * written as XML name tokens as GraphML requires (see {@link Xml#nmtoken}). Readable by yEd, Gephi,
 * NetworkX and igraph. JGraphT's exporter was considered: it needs the network as a JGraphT graph and
 * writes the same elements. Stateless.
 */
public final class GraphMlExporter implements Exporter {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    @Override
    public void write(KnowledgeSnapshot kb, OutputStream out) throws IOException {
        ActorNetwork network = ActorNetwork.of(ExportFacts.of(kb));
        XMLStreamWriter w = Xml.writer(out);
        try {
            Xml.startRoot(w, NS, "graphml", "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            key(w, "label", "node", "string");
            key(w, "kind", "node", "string");
            key(w, "discovered", "node", "boolean");
            key(w, "mentions", "node", "long");
            key(w, "type", "edge", "string");
            key(w, "symmetric", "edge", "boolean");
            key(w, "start", "edge", "string");
            key(w, "end", "edge", "string");
            key(w, "evidence_count", "edge", "int");
            key(w, "evidence", "edge", "string");
            Xml.indent(w, 1);
            w.writeStartElement(NS, "graph");
            w.writeAttribute("id", "actors");
            w.writeAttribute("edgedefault", "directed");
            for (ActorNetwork.Node n : network.nodes()) {
                writeNode(w, n);
            }
            for (RelationGroups.Group r : network.edges()) {
                writeEdge(w, r);
            }
            Xml.indent(w, 1);
            w.writeEndElement();
            Xml.endRoot(w);
        } catch (XMLStreamException e) {
            throw new IOException("Could not write GraphML", e);
        }
    }

    private static void key(XMLStreamWriter w, String id, String domain, String type) throws XMLStreamException {
        Xml.indent(w, 1);
        w.writeEmptyElement(NS, "key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", domain);
        w.writeAttribute("attr.name", id);
        w.writeAttribute("attr.type", type);
    }

    private static void writeNode(XMLStreamWriter w, ActorNetwork.Node n) throws XMLStreamException {
        Xml.indent(w, 2);
        w.writeStartElement(NS, "node");
        w.writeAttribute("id", Xml.nmtoken(n.id()));
        data(w, "label", n.label());
        data(w, "kind", n.kind().isEmpty() ? null : n.kind());
        data(w, "discovered", Boolean.toString(n.discovered()));
        data(w, "mentions", Long.toString(n.mentions()));
        Xml.indent(w, 2);
        w.writeEndElement();
    }

    private static void writeEdge(XMLStreamWriter w, RelationGroups.Group r) throws XMLStreamException {
        Xml.indent(w, 2);
        w.writeStartElement(NS, "edge");
        w.writeAttribute("id", r.id());
        w.writeAttribute("source", Xml.nmtoken(r.source()));
        w.writeAttribute("target", Xml.nmtoken(r.target()));
        data(w, "type", r.type().code());
        data(w, "symmetric", Boolean.toString(r.type().symmetric()));
        data(w, "start", ExportFacts.iso(r.start()));
        data(w, "end", ExportFacts.iso(r.end()));
        data(w, "evidence_count", Integer.toString(r.evidence().size()));
        data(w, "evidence", ExportFacts.firstText(r.evidence()).orElse(null));
        Xml.indent(w, 2);
        w.writeEndElement();
    }

    /** One {@code <data>} element; none when the value is unknown, which GraphML reads as missing. */
    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        Xml.indent(w, 3);
        w.writeStartElement(NS, "data");
        w.writeAttribute("key", key);
        w.writeCharacters(Xml.clean(value));
        w.writeEndElement();
    }
}
