package org.orbat.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.orbat.lexicon.Language;
import org.orbat.model.ActorKind;
import org.orbat.model.DateValue;
import org.orbat.model.EventType;
import org.orbat.model.Evidence;
import org.orbat.model.Place;
import org.orbat.model.RelationType;
import org.orbat.model.Stance;
import org.orbat.query.EventMerger;
import org.orbat.store.ActorRecord;
import org.orbat.store.AliasRecord;
import org.orbat.store.BulkLoader;
import org.orbat.store.DocumentRecord;
import org.orbat.store.EventRecord;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.LineageRecord;
import org.orbat.store.RelationRecord;

/**
 * Writes a synthetic knowledge base for benchmarks: {@code actors} actors with two aliases each,
 * {@code events} events (two actors each, skewed so that a few actors take part in many events, as
 * in real conflicts), one place and one evidence sentence per event, ten events per document, one
 * mention per event actor, three relations per actor (ally/rival pairs that flip, memberships,
 * backers) and some lineage. Deterministic for a given seed.
 *
 * <p>Run by {@code orbat generate FILE [--events N] [--actors N] [--seed N]} (defaults 1,000,000
 * events, 20,000 actors).
 */
public final class KbGenerator {
    public static final int DEFAULT_EVENTS = 1_000_000;
    public static final int DEFAULT_ACTORS = 20_000;
    public static final long DEFAULT_SEED = 13;
    private static final String[] GOVERNORATES = {"Aleppo", "Idlib", "Hama", "Homs", "Damascus", "Rif Dimashq", "Daraa",
        "Quneitra", "Suwayda", "Deir ez-Zor", "Raqqa", "Hasakah", "Latakia", "Tartus"};
    private static final EventType[] EVENT_TYPES = EventType.values();
    private static final RelationType[] OTHER_RELATIONS = {RelationType.MEMBER_OF, RelationType.SUPPORTED_BY,
        RelationType.AFFILIATE_OF, RelationType.PLEDGED_ALLEGIANCE_TO};
    private static final LocalDate EPOCH = LocalDate.of(2011, 3, 15);
    private static final int DAYS = 10 * 365;
    static final int EVENTS_PER_DOCUMENT = 10;

    private final int events;
    private final int actors;
    private final Random random;
    private final List<Place> places = new ArrayList<>();

    public KbGenerator(int events, int actors, Random random) {
        if (events < 0) {
            throw new IllegalArgumentException("Events cannot be negative: " + events);
        }
        if (actors < 2) {
            throw new IllegalArgumentException("Need at least two actors: " + actors);
        }
        this.events = events;
        this.actors = actors;
        this.random = random;
        for (int i = 0; i < 200; i++) {
            places.add(new Place("Place " + i, 32 + random.nextDouble() * 5, 35.7 + random.nextDouble() * 6,
                GOVERNORATES[i % GOVERNORATES.length], "SY", "town", "exact"));
        }
    }

    /**
     * Replaces {@code file} with a new SQLite knowledge base of {@code events} events and
     * {@code actors} actors, and returns its row counts.
     */
    public static Map<String, Long> generate(Path file, int events, int actors, long seed) {
        KbGenerator generator = new KbGenerator(events, actors, new Random(seed));
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot replace " + file + ": " + e.getMessage(), e);
        }
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(file.toString())) {
            generator.writeTo(kb);
            return kb.counts();
        }
    }

    /** Writes the synthetic rows, then merges reports of one happening as an ingest does. */
    public void writeTo(JdbcKnowledgeBase kb) {
        kb.bulkLoad(this::load);
        kb.mergeEvents(new EventMerger()::mergedIds);
    }

    public static String actorId(int i) {
        return String.format("a-%05d", i);
    }

    public static String actorName(int i) {
        return "Brigade " + i;
    }

    private void load(BulkLoader out) throws SQLException {
        int documents = Math.max(1, (events + EVENTS_PER_DOCUMENT - 1) / EVENTS_PER_DOCUMENT);
        for (int d = 0; d < documents; d++) {
            String id = "doc-" + d;
            out.document(new DocumentRecord(id, "synthetic:" + d, "synthetic/" + d + ".txt", null, "Report " + d,
                "Outlet " + (d % 40), null, DateValue.day(EPOCH.plusDays((long) d * DAYS / documents)), "synthetic",
                "h" + d, Language.ENGLISH), "");
        }
        for (int a = 0; a < actors; a++) {
            ActorKind kind = a % 50 == 0 ? ActorKind.COALITION : a % 97 == 0 ? ActorKind.STATE_FORCE : ActorKind.GROUP;
            out.actor(new ActorRecord(actorId(a), actorName(a), kind, a % 3 == 0));
            out.alias(new AliasRecord(actorId(a), "Liwa " + a, "registry", "", ""));
            out.alias(new AliasRecord(actorId(a), "Brigade no. " + a, "learned", "seen as Brigade no. " + a,
                "doc-" + random.nextInt(documents)));
            if (a > 0 && a % 20 == 0) {
                out.lineage(new LineageRecord(actorId(a - 1), "renamed_to", actorId(a), date()));
            }
        }
        int relation = 0;
        for (int a = 0; a < actors; a++) {
            int other = (a + 1 + random.nextInt(actors - 1)) % actors;
            String doc = "doc-" + random.nextInt(documents);
            DateValue start = date();
            String lo = actorId(Math.min(a, other));
            String hi = actorId(Math.max(a, other));
            // An alliance that later turns into a rivalry, as Hazm and Nusra did.
            out.relation(new RelationRecord("r-" + relation++, doc, RelationType.ALLY_OF, lo, hi, start, null),
                evidence(doc, "Brigades " + a + " and " + other + " allied.", null));
            DateValue later = DateValue.day(start.date().plusDays(30 + random.nextInt(900)));
            out.relation(new RelationRecord("r-" + relation++, doc, RelationType.RIVAL_OF, lo, hi, later, null),
                evidence(doc, "Brigades " + a + " and " + other + " fell out.", null));
            int coalition = random.nextInt(Math.max(1, actors / 50)) * 50;
            if (coalition != a) {
                DateValue joined = random.nextInt(5) == 0 ? null : date();
                DateValue left = random.nextInt(10) == 0 && joined != null
                    ? DateValue.day(joined.date().plusDays(200)) : null;
                RelationType type = OTHER_RELATIONS[random.nextInt(OTHER_RELATIONS.length)];
                out.relation(new RelationRecord("r-" + relation++, doc, type, actorId(a), actorId(coalition), joined, left),
                    evidence(doc, "Brigade " + a + " joined coalition " + coalition + ".", null));
            }
        }
        for (int e = 0; e < events; e++) {
            String doc = "doc-" + (e / EVENTS_PER_DOCUMENT);
            int first = skewedActor();
            int second = skewedActor();
            if (second == first) {
                second = (first + 1) % actors;
            }
            DateValue date = DateValue.day(EPOCH.plusDays((long) e * DAYS / Math.max(1, events) + random.nextInt(5)));
            Integer toll = random.nextInt(3) == 0 ? null : random.nextInt(120);
            EventType type = EVENT_TYPES[random.nextInt(5)];
            out.event(new EventRecord("e-" + e, doc, type, date, null, toll, List.of(actorId(first), actorId(second)),
                List.of(places.get(random.nextInt(places.size())))),
                evidence(doc, "Brigade " + first + " fought Brigade " + second + ".", toll));
            out.mention(doc, e % EVENTS_PER_DOCUMENT, 0, actorName(first), actorId(first), "registry");
            out.mention(doc, e % EVENTS_PER_DOCUMENT, 5, actorName(second), actorId(second), "registry");
        }
    }

    /** Squaring a uniform draw favours low ids: actor 0 takes part in about 0.7% of all events. */
    private int skewedActor() {
        double r = random.nextDouble();
        return (int) (r * r * actors);
    }

    private DateValue date() {
        return DateValue.day(EPOCH.plusDays(random.nextInt(DAYS)));
    }

    private static Evidence evidence(String doc, String text, Integer toll) {
        return new Evidence(doc, 0, text, "Synthetic Observatory", toll, Stance.ASSERTED);
    }
}
