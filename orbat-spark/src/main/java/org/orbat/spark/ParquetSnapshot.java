package org.orbat.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.orbat.lexicon.Language;
import org.orbat.model.AcledSubEvent;
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
import org.orbat.store.DocumentRecord;
import org.orbat.store.KnowledgeSnapshot;

/**
 * Reads the job's Parquet tables back into one {@link KnowledgeSnapshot}, the same value the store's
 * snapshot reader gives for the same documents, so {@code export.JsonExporter} writes the same
 * {@code kb.json} (and merges events across documents by {@code query.EventMerger}'s rules as it
 * does for any export).
 *
 * <p>Actors are merged across documents in Spark: one row per actor id (the name of the latest
 * document by id, where the store keeps the last written), aliases unioned (one per name, the first
 * document's origin, registry aliases first, as the store orders them), mention counts summed over
 * distinct mention positions. As in the store, only actors some document mentions, or that take part
 * in a relation or event, are kept. Relations and events, one row per document and statement, are
 * small beside the texts and are collected to the driver.
 */
final class ParquetSnapshot {
    private final SparkSession spark;
    private final String output;

    ParquetSnapshot(SparkSession spark, String output) {
        this.spark = spark;
        this.output = output;
    }

    KnowledgeSnapshot read() {
        Map<String, List<Evidence>> evidence = evidence();
        return new KnowledgeSnapshot(documents(), actors(), relations(evidence), events(evidence));
    }

    private Dataset<Row> table(FactTable table) {
        return spark.read().schema(table.schema()).parquet(output + "/" + table.folder());
    }

    private List<DocumentRecord> documents() {
        List<DocumentRecord> out = new ArrayList<>();
        for (Row r : table(FactTable.DOCUMENTS).drop("body").collectAsList()) {
            out.add(new DocumentRecord(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), date(r.getString(7)), r.getString(8), r.getString(9),
                Language.fromCode(r.getString(10))));
        }
        out.sort(Comparator.comparing(DocumentRecord::path, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(DocumentRecord::sourceId, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(DocumentRecord::id));
        return out;
    }

    private List<KnowledgeSnapshot.ActorCount> actors() {
        Map<String, List<Alias>> aliases = new LinkedHashMap<>();
        List<Row> firstSightings = table(FactTable.ALIASES)
            .groupBy("actor_id", "name")
            .agg(min(struct(col("document_id"), col("origin"), col("note"))).as("first"))
            .orderBy(col("actor_id"), col("first.document_id"), col("name"))
            .collectAsList();
        for (Row r : firstSightings) {
            Row first = r.getStruct(2);
            aliases.computeIfAbsent(r.getString(0), k -> new ArrayList<>())
                .add(new Alias(r.getString(1), first.getString(1), first.getString(2)));
        }
        Map<String, List<Lineage>> lineage = new LinkedHashMap<>();
        for (Row r : table(FactTable.LINEAGE).dropDuplicates("actor_id", "type", "target_id", "date")
                .orderBy(col("actor_id"), col("date").asc_nulls_first()).collectAsList()) {
            lineage.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                .add(new Lineage(r.getString(2), r.getString(3), date(r.getString(4))));
        }
        Map<String, Long> mentions = new LinkedHashMap<>();
        Dataset<Row> distinctMentions = table(FactTable.MENTIONS).dropDuplicates("document_id", "sentence_idx", "token_begin");
        for (Row r : distinctMentions.groupBy("actor_id").agg(count("*")).collectAsList()) {
            mentions.put(r.getString(0), r.getLong(1));
        }
        Set<String> referenced = new HashSet<>(mentions.keySet());
        table(FactTable.EVENT_ACTORS).select("actor_id").distinct().collectAsList().forEach(r -> referenced.add(r.getString(0)));
        for (Row r : table(FactTable.RELATIONS).select("source_actor", "target_actor").distinct().collectAsList()) {
            referenced.add(r.getString(0));
            referenced.add(r.getString(1));
        }
        List<KnowledgeSnapshot.ActorCount> out = new ArrayList<>();
        List<Row> merged = table(FactTable.ACTORS).groupBy("id")
            .agg(max_by(col("name"), col("document_id")), max_by(col("kind"), col("document_id")),
                max_by(col("discovered"), col("document_id")))
            .orderBy("id").collectAsList();
        for (Row r : merged) {
            String id = r.getString(0);
            if (!referenced.contains(id)) {
                continue;
            }
            Actor actor = new Actor(id, r.getString(1), ActorKind.fromCode(r.getString(2)),
                aliases.getOrDefault(id, List.of()), lineage.getOrDefault(id, List.of()), r.getBoolean(3));
            out.add(new KnowledgeSnapshot.ActorCount(actor, mentions.getOrDefault(id, 0L)));
        }
        return out;
    }

    private Map<String, List<Evidence>> evidence() {
        Map<String, List<Evidence>> out = new LinkedHashMap<>();
        for (Row r : table(FactTable.EVIDENCE).orderBy("fact_id", "ord").collectAsList()) {
            Integer toll = r.isNullAt(6) ? null : r.getInt(6);
            out.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(new Evidence(r.getString(2), r.getInt(3),
                r.getString(4), r.getString(5), toll, Stance.fromCode(r.getString(7))));
        }
        return out;
    }

    private List<Relation> relations(Map<String, List<Evidence>> evidence) {
        List<Relation> out = new ArrayList<>();
        for (Row r : table(FactTable.RELATIONS).orderBy("id").collectAsList()) {
            for (Evidence e : evidence.getOrDefault(r.getString(0), List.of())) {
                out.add(new Relation(RelationType.fromCode(r.getString(2)), r.getString(3), r.getString(4),
                    date(r.getString(5)), date(r.getString(6)), e));
            }
        }
        return out;
    }

    private List<Event> events(Map<String, List<Evidence>> evidence) {
        Map<String, List<String>> actors = new LinkedHashMap<>();
        Map<String, List<String>> side1 = new LinkedHashMap<>();
        Map<String, List<String>> side2 = new LinkedHashMap<>();
        for (Row r : table(FactTable.EVENT_ACTORS).orderBy("event_id", "ord").collectAsList()) {
            actors.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r.getString(2));
            int side = r.getInt(3);
            if (Event.onSide1(side)) {
                side1.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r.getString(2));
            }
            if (Event.onSide2(side)) {
                side2.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r.getString(2));
            }
        }
        Map<String, List<Place>> places = new LinkedHashMap<>();
        for (Row r : table(FactTable.EVENT_PLACES).orderBy("event_id", "ord").collectAsList()) {
            places.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(new Place(r.getString(2), r.getDouble(3),
                r.getDouble(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8)));
        }
        List<Event> out = new ArrayList<>();
        for (Row r : table(FactTable.EVENTS).orderBy("id").collectAsList()) {
            String id = r.getString(0);
            Integer fatalities = r.isNullAt(5) ? null : r.getInt(5);
            EventType type = EventType.fromCode(r.getString(2));
            out.add(new Event(id, type, date(r.getString(3)), date(r.getString(4)), actors.getOrDefault(id, List.of()),
                side1.getOrDefault(id, List.of()), side2.getOrDefault(id, List.of()),
                AcledSubEvent.fromCode(r.getString(6)).orElse(type.defaultSubEvent()), places.getOrDefault(id, List.of()),
                fatalities, evidence.getOrDefault(id, List.of())));
        }
        return out;
    }

    private static DateValue date(String iso) {
        return DateValue.parse(iso).orElse(null);
    }
}
