package org.orbat.query;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.orbat.actors.ActorMention;
import org.orbat.lexicon.Language;
import org.orbat.model.Actor;
import org.orbat.model.ActorKind;
import org.orbat.model.Alias;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.EventType;
import org.orbat.model.Evidence;
import org.orbat.model.Lineage;
import org.orbat.model.Place;
import org.orbat.model.Relation;
import org.orbat.model.RelationType;
import org.orbat.model.Stance;
import org.orbat.store.DocumentFacts;
import org.orbat.store.DocumentRecord;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.SentenceRecord;

/**
 * A small hand-built knowledge base after the Hazm–Nusra story: allies in October 2014, rivals by
 * March 2015; Hazm joins the Levant Front in January 2015; Nusra renamed Jabhat Fateh al-Sham
 * (2016-07), which merged into Hayat Tahrir al-Sham (2017-01); the Atarib battle with two tolls.
 * Written through {@link JdbcKnowledgeBase#replaceDocument}, as ingest writes.
 */
public final class SyrianFixture {
    public static final String ALLIANCE = "Hazm and Nusra fought side by side against the regime.";
    public static final String RIVALRY = "Nusra declared war on Hazzm.";
    public static final String TOLL_SOHR = "The Observatory said 80 fighters were killed near Atarib.";
    public static final String TOLL_HAZM = "Hazm said 45 of its fighters were killed.";

    private SyrianFixture() {
    }

    /** Writes the fixture into a new SQLite file at {@code file} and returns the open knowledge base. */
    public static JdbcKnowledgeBase create(Path file) {
        JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(file.toString());
        Actor hazm = new Actor("hazm-movement", "Hazm Movement", ActorKind.GROUP,
            List.of(Alias.registry("Harakat Hazm"), new Alias("Hazzm", "spelling rule", "Nusra declared war on Hazzm.")),
            List.of(), false);
        Actor nusra = new Actor("al-nusra-front", "Al-Nusra Front", ActorKind.GROUP,
            List.of(Alias.registry("Nusra"), Alias.registry("Jabhat al-Nusra")),
            List.of(new Lineage("renamed_to", "jabhat-fateh-al-sham", DateValue.month(2016, 7))), false);
        Actor jfs = new Actor("jabhat-fateh-al-sham", "Jabhat Fateh al-Sham", ActorKind.GROUP, List.of(Alias.registry("JFS")),
            List.of(new Lineage("merged_into", "hayat-tahrir-al-sham", DateValue.month(2017, 1))), false);
        Actor hts = new Actor("hayat-tahrir-al-sham", "Hayat Tahrir al-Sham", ActorKind.GROUP, List.of(Alias.registry("HTS")),
            List.of(), false);
        Actor levant = new Actor("levant-front", "Levant Front", ActorKind.COALITION, List.of(Alias.registry("al-Jabha al-Shamiya")),
            List.of(), false);
        Actor regime = new Actor("syrian-government", "Syrian Government", ActorKind.STATE, List.of(Alias.registry("regime")),
            List.of(), false);

        Evidence alliance = evidence("doc-1", ALLIANCE, null, null);
        kb.replaceDocument(document("doc-1", "2014-10-05", "Rebels unite", List.of(ALLIANCE),
            List.of(hazm, nusra, regime, jfs, hts),
            List.of(new Relation(RelationType.ALLY_OF, "hazm-movement", "al-nusra-front", DateValue.month(2014, 10), null, alliance),
                new Relation(RelationType.RIVAL_OF, "al-nusra-front", "syrian-government", DateValue.year(2012), null, alliance)),
            List.of(new Event("doc-1-e0", EventType.TERRITORY_CAPTURE, DateValue.parse("2014-11-02").orElseThrow(), null,
                List.of("al-nusra-front"), List.of(new Place("Khan Shaykhun", 35.44, 36.65, "Idlib", "SY", "town", "exact")),
                null, List.of(evidence("doc-1", ALLIANCE, null, null))))));

        kb.replaceDocument(document("doc-3", "2015-03-02", "Hazm counts its dead", List.of(TOLL_HAZM),
            List.of(hazm), List.of(), List.of()));
        Evidence rivalry = evidence("doc-2", RIVALRY, null, null);
        kb.replaceDocument(document("doc-2", "2015-03-01", "Nusra crushes Hazm", List.of(RIVALRY, TOLL_SOHR),
            List.of(hazm, nusra, levant),
            List.of(new Relation(RelationType.RIVAL_OF, "al-nusra-front", "hazm-movement", DateValue.month(2015, 3), null, rivalry),
                new Relation(RelationType.MEMBER_OF, "hazm-movement", "levant-front", DateValue.month(2015, 1), null, rivalry)),
            List.of(new Event("doc-2-e0", EventType.BATTLE, DateValue.parse("2015-02-28").orElseThrow(),
                    DateValue.parse("2015-03-01").orElseThrow(), List.of("al-nusra-front", "hazm-movement"),
                    List.of(new Place("Atarib", 36.14, 36.83, "Aleppo", "SY", "town", "exact")), 45,
                    List.of(new Evidence("doc-2", 1, TOLL_SOHR, "Syrian Observatory for Human Rights", 80, Stance.ASSERTED),
                        new Evidence("doc-3", 0, TOLL_HAZM, "Hazm Movement", 45, Stance.CLAIMED))),
                new Event("doc-2-e1", EventType.REMOTE_VIOLENCE, DateValue.month(2015, 5), null,
                    List.of("syrian-government", "hazm-movement"),
                    List.of(new Place("Aleppo", 36.2, 37.16, "Aleppo", "SY", "city", "exact")), 12,
                    List.of(evidence("doc-2", RIVALRY, 12, "SOHR"))))));
        return kb;
    }

    /**
     * Adds a report {@code id} of one sentence stating the given events (about Hazm, Nusra and the
     * government), for tests that need a place or actor the fixture lacks.
     */
    public static void addReport(JdbcKnowledgeBase kb, String id, String sentence, Event... events) {
        Actor hazm = new Actor("hazm-movement", "Hazm Movement", ActorKind.GROUP, List.of(Alias.registry("Harakat Hazm")),
            List.of(), false);
        kb.replaceDocument(document(id, "2015-06-01", "Report " + id, List.of(sentence), List.of(hazm), List.of(),
            List.of(events)));
    }

    /**
     * Adds a report {@code id} of one sentence stating {@code type} between Hazm and {@code targetId}, an
     * actor the report's own actor list lacks (as a curated actor no document mentioned would be).
     */
    public static void addRelationReport(JdbcKnowledgeBase kb, String id, String sentence, RelationType type, String targetId,
                                         DateValue start) {
        Actor hazm = new Actor("hazm-movement", "Hazm Movement", ActorKind.GROUP, List.of(Alias.registry("Harakat Hazm")),
            List.of(), false);
        kb.replaceDocument(document(id, "2015-06-01", "Report " + id, List.of(sentence), List.of(hazm),
            List.of(new Relation(type, "hazm-movement", targetId, start, null, evidence(id, sentence, null, null))), List.of()));
    }

    private static Evidence evidence(String doc, String text, Integer toll, String source) {
        return new Evidence(doc, 0, text, source, toll, Stance.ASSERTED);
    }

    private static DocumentFacts document(String id, String published, String title, List<String> sentences,
                                          List<Actor> actors, List<Relation> relations, List<Event> events) {
        DocumentRecord doc = new DocumentRecord(id, "file:/seeds/" + id, "/seeds/" + id + ".txt", null, title,
            "The New Arab", null, DateValue.parse(published).orElseThrow(), "metadata", "hash-" + id, Language.ENGLISH);
        List<SentenceRecord> rows = new ArrayList<>();
        List<ActorMention> mentions = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            rows.add(new SentenceRecord(i, offset, offset + s.length(), s));
            offset += s.length() + 1;
            for (Actor a : actors) {
                mentions.add(new ActorMention(i, mentions.size(), mentions.size() + 1, a.name(), a.id(), "registry"));
            }
        }
        return new DocumentFacts(doc, String.join(" ", sentences), rows, mentions, actors, relations, events);
    }
}
