package org.orbat.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.orbat.lexicon.Language;
import org.orbat.model.AcledSubEvent;
import org.orbat.model.Actor;
import org.orbat.model.ActorKind;
import org.orbat.model.Alias;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.EventType;
import org.orbat.model.Evidence;
import org.orbat.model.Place;
import org.orbat.model.Relation;
import org.orbat.model.RelationType;
import org.orbat.model.Stance;
import org.orbat.store.DocumentRecord;
import org.orbat.store.KnowledgeSnapshot;

/**
 * A hand-built knowledge base for the exporter tests: three documents, six actors (one whose name
 * carries {@code &}, {@code <} and quotes), relations, and events with and without places, among
 * them one battle reported by two outlets with different tolls.
 */
final class ExportFixtures {
    static final String ODD_NAME = "Brigade \"Tom & Jerry\" <North>";
    static final Place MIZNAZ = new Place("Miznaz", 36.13, 36.86, "Aleppo", "SY", "village", "exact");
    static final Place ATARIB = new Place("Atarib", 36.14, 36.83, "Aleppo", "SY", "town", "near");
    static final Place PALMYRA = new Place("Tadmor", 34.56, 38.28, "Homs", "SY", "city", "exact");
    static final Place MOSUL = new Place("Nineveh", 36.34, 43.13, "Nineveh", "IQ", "governorate", "governorate");
    static final Place CAIRO = new Place("Cairo", 30.04, 31.24, "Cairo", "EG", "city", "exact");
    static final String QUOTED_SENTENCE = "The brigade said, \"we will fight\" & <never> surrender,\nits statement read.";

    private ExportFixtures() {
    }

    static KnowledgeSnapshot snapshot() {
        List<DocumentRecord> documents = List.of(
            document("doc-a", "The New Arab"), document("doc-b", "Enab Baladi"), document("doc-c", "Al-Monitor"));
        List<KnowledgeSnapshot.ActorCount> actors = List.of(
            actor("a-nusra", "Jabhat al-Nusra", ActorKind.GROUP, 12),
            actor("a-hazm", "Hazm Movement", ActorKind.GROUP, 7),
            actor("a-levant", "Levant Front", ActorKind.COALITION, 3),
            actor("a-saa", "Syrian Arab Army", ActorKind.STATE_FORCE, 9),
            actor("a-odd", ODD_NAME, ActorKind.GROUP, 2),
            actor("a-sohr", "Syrian Observatory for Human Rights", ActorKind.ORGANIZATION, 4));
        List<Relation> relations = List.of(
            new Relation(RelationType.MEMBER_OF, "a-hazm", "a-levant", DateValue.month(2015, 1), null,
                evidence("doc-a", "Hazm joined the Levant Front in January.", null)),
            new Relation(RelationType.MEMBER_OF, "a-hazm", "a-levant", DateValue.month(2015, 1), null,
                evidence("doc-b", "Hazm, part of the Levant Front, fought on.", null)),
            new Relation(RelationType.RIVAL_OF, "a-nusra", "a-hazm", DateValue.month(2014, 11), DateValue.month(2015, 3),
                evidence("doc-a", "Nusra and Hazm clashed repeatedly.", null)),
            new Relation(RelationType.ALLY_OF, "a-odd", "a-nusra", null, null,
                evidence("doc-c", "Tom & Jerry <North> fought \"alongside\" Nusra.", null)));
        List<Event> events = List.of(
            new Event("e-1", EventType.BATTLE, day(2015, 2, 28), null, List.of("a-nusra", "a-odd", "a-hazm"),
                List.of("a-nusra", "a-odd"), List.of("a-hazm"), AcledSubEvent.ARMED_CLASH,
                List.of(MIZNAZ), 80, List.of(evidence("doc-a", "Nusra fighters overran Hazm in Miznaz, killing 80.",
                    "Syrian Observatory for Human Rights", 80))),
            new Event("e-2", EventType.TERRITORY_CAPTURE, day(2015, 2, 28), null, List.of("a-nusra"), List.of("a-nusra"),
                List.of(), AcledSubEvent.NON_STATE_ACTOR_OVERTAKES_TERRITORY, List.of(ATARIB), 50,
                List.of(evidence("doc-b", "Nusra took Atarib; 50 died.", null, 50))),
            new Event("e-3", EventType.REMOTE_VIOLENCE, DateValue.month(2015, 5), null, List.of("a-saa", "a-odd"),
                List.of("a-saa"), List.of("a-odd"), AcledSubEvent.AIR_DRONE_STRIKE,
                List.of(PALMYRA), null, List.of(evidence("doc-c", "Warplanes struck the brigade near Tadmor.", null))),
            new Event("e-4", EventType.DECLARATION, DateValue.year(2016), null, List.of("a-odd"), List.of("a-odd"), List.of(),
                AcledSubEvent.OTHER, List.of(), null, List.of(evidence("doc-c", QUOTED_SENTENCE, null))),
            new Event("e-5", EventType.ARREST_ABDUCTION, day(2015, 6, 10), null, List.of("a-saa", "a-sohr"), List.of("a-saa"),
                List.of(), AcledSubEvent.ARRESTS, List.of(MOSUL), null, List.of(evidence("doc-a", "x".repeat(1500), null))),
            new Event("e-6", EventType.AGREEMENT, day(2016, 2, 1), null, List.of("a-nusra", "a-hazm"), List.of("a-nusra", "a-hazm"),
                List.of(), AcledSubEvent.AGREEMENT, List.of(CAIRO), null,
                List.of(evidence("doc-b", "The two signed a truce in Cairo.", null))));
        return new KnowledgeSnapshot(documents, actors, relations, events);
    }

    static String export(Exporter exporter, KnowledgeSnapshot kb) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.write(kb, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static DateValue day(int year, int month, int day) {
        return DateValue.day(LocalDate.of(year, month, day));
    }

    static Evidence evidence(String doc, String text, String reportedBy) {
        return evidence(doc, text, reportedBy, null);
    }

    static Evidence evidence(String doc, String text, String reportedBy, Integer toll) {
        return new Evidence(doc, 0, text, reportedBy, toll, Stance.ASSERTED);
    }

    private static DocumentRecord document(String id, String outlet) {
        return new DocumentRecord(id, id, id + ".txt", null, "Title of " + id, outlet, null,
            DateValue.day(LocalDate.of(2015, 3, 2)), "metadata", "hash-" + id, Language.ENGLISH);
    }

    private static KnowledgeSnapshot.ActorCount actor(String id, String name, ActorKind kind, long mentions) {
        return new KnowledgeSnapshot.ActorCount(
            new Actor(id, name, kind, List.of(Alias.registry(name)), List.of(), id.equals("a-odd")), mentions);
    }
}
