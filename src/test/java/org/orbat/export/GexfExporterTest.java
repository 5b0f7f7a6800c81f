package org.orbat.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orbat.export.GexfExporter.NS;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class GexfExporterTest {
    private final String xml = ExportFixtures.export(new GexfExporter(), ExportFixtures.snapshot());
    private final Document doc = XmlParsing.parse(xml);

    private Element graph() {
        return XmlParsing.elements(doc, NS, "graph").get(0);
    }

    private Map<String, String> values(Element owner) {
        return XmlParsing.children(owner, NS, "attvalue").stream()
            .collect(Collectors.toMap(v -> v.getAttribute("for"), v -> v.getAttribute("value")));
    }

    private Element edge(String label) {
        return XmlParsing.elements(doc, NS, "edge").stream().filter(e -> e.getAttribute("label").equals(label)).findFirst().orElseThrow();
    }

    private Set<String> declared(String domain) {
        return XmlParsing.elements(doc, NS, "attributes").stream().filter(a -> a.getAttribute("class").equals(domain))
            .flatMap(a -> XmlParsing.children(a, NS, "attribute").stream()).map(a -> a.getAttribute("id"))
            .collect(Collectors.toSet());
    }

    @Test
    void writesAWellFormedGexfDocumentOfVersionOnePointThree() {
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("gexf");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
        assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("1.3");
    }

    @Test
    void declaresADynamicGraphWithDateTimeFormat() {
        assertThat(graph().getAttribute("mode")).isEqualTo("dynamic");
        assertThat(graph().getAttribute("timeformat")).isEqualTo("date");
        assertThat(graph().getAttribute("defaultedgetype")).isEqualTo("directed");
    }

    @Test
    void givesEdgesWholeDayStartsAndEndsAndLeavesUnknownEndsOpen() {
        Element rivals = edge("rival_of");
        assertThat(rivals.getAttribute("start")).isEqualTo("2014-11-01");
        assertThat(rivals.getAttribute("end")).isEqualTo("2015-03-31");
        Element member = edge("member_of");
        assertThat(member.getAttribute("start")).isEqualTo("2015-01-01");
        assertThat(member.hasAttribute("end")).isFalse();
        assertThat(values(member)).containsEntry("reported_start", "2015-01").containsEntry("evidence_count", "2");
        assertThat(edge("ally_of").hasAttribute("start")).isFalse();
    }

    @Test
    void writesSymmetricRelationsAsUndirectedEdges() {
        assertThat(edge("ally_of").getAttribute("type")).isEqualTo("undirected");
        assertThat(edge("member_of").getAttribute("type")).isEqualTo("directed");
    }

    @Test
    void declaresEveryAttributeItWrites() {
        assertThat(XmlParsing.elements(doc, NS, "node")).allSatisfy(n -> assertThat(declared("node")).containsAll(values(n).keySet()));
        assertThat(XmlParsing.elements(doc, NS, "edge")).allSatisfy(e -> assertThat(declared("edge")).containsAll(values(e).keySet()));
    }

    @Test
    void writesOneNodePerActorWithItsMentions() {
        assertThat(XmlParsing.elements(doc, NS, "node")).hasSize(6);
        Element odd = XmlParsing.elements(doc, NS, "node").stream().filter(n -> n.getAttribute("id").equals("a-odd"))
            .findFirst().orElseThrow();
        assertThat(values(odd)).containsEntry("kind", "group").containsEntry("discovered", "true").containsEntry("mentions", "2");
    }

    @Test
    void escapesAmpersandsAnglesAndQuotesInLabelsAndEvidence() {
        Element odd = XmlParsing.elements(doc, NS, "node").stream().filter(n -> n.getAttribute("id").equals("a-odd"))
            .findFirst().orElseThrow();
        assertThat(odd.getAttribute("label")).isEqualTo(ExportFixtures.ODD_NAME);
        assertThat(values(edge("ally_of"))).containsEntry("evidence", "Tom & Jerry <North> fought \"alongside\" Nusra.");
        assertThat(xml).contains("&amp;").contains("&quot;");
    }
}
