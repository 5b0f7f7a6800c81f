package org.orbat.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The output of an earlier run ({@code --previous}), read by an incremental run: the content hash of
 * each document it holds, so the new run can tell which articles are unchanged, and, for those, its
 * rows of every {@link FactTable}, which go into the new output in place of rows the run does not make
 * again. Each document's rows are found as {@link DocumentRows} lays them out: by {@code document_id};
 * evidence, event actors and places through their relation or event; registry aliases (document
 * {@code ""}) through the document's actors, whose registry aliases they are.
 */
final class PreviousRun {
    /** The one column of a table of document ids. */
    static final StructType DOCUMENT_IDS = DataTypes.createStructType(
        new StructField[] {DataTypes.createStructField("document_id", DataTypes.StringType, false)});

    private final SparkSession spark;
    private final String folder;

    PreviousRun(SparkSession spark, String folder) {
        this.spark = spark;
        this.folder = folder;
    }

    /**
     * Each document's content hash by source key. Collected to the driver and broadcast to the executors: about 100
     * bytes a document, so some 100 MB for a million.
     */
    Map<String, String> contentHashes() {
        Map<String, String> out = new HashMap<>();
        for (Row r : table(FactTable.DOCUMENTS).select("source_key", "content_hash").collectAsList()) {
            out.put(r.getString(0), r.getString(1));
        }
        return out;
    }

    /** The earlier run's rows of {@code table} that belong to the documents in {@code unchanged} ({@link #DOCUMENT_IDS}). */
    Dataset<Row> rowsOf(FactTable table, Dataset<Row> unchanged) {
        Dataset<Row> rows = table(table);
        return switch (table) {
            case DOCUMENTS -> keep(rows, "id", unchanged);
            case ACTORS, LINEAGE, MENTIONS, RELATIONS, EVENTS -> keep(rows, "document_id", unchanged);
            case ALIASES -> keep(rows, "document_id", unchanged).union(
                keep(rows.filter(col("document_id").equalTo("")), "actor_id",
                    keep(table(FactTable.ACTORS), "document_id", unchanged).select("id")));
            case EVIDENCE -> keep(rows, "fact_id", factIds(FactTable.RELATIONS, unchanged)
                .union(factIds(FactTable.EVENTS, unchanged)));
            case EVENT_ACTORS, EVENT_PLACES -> keep(rows, "event_id", factIds(FactTable.EVENTS, unchanged));
            // Rejected lines are read again in every run, and rejected or not as they are now.
            case REJECTED -> rows.limit(0);
        };
    }

    private Dataset<Row> factIds(FactTable table, Dataset<Row> unchanged) {
        return keep(table(table), "document_id", unchanged).select("id");
    }

    private Dataset<Row> table(FactTable table) {
        return spark.read().schema(table.schema()).parquet(folder + "/" + table.folder());
    }

    /**
     * The rows whose {@code column} is among {@code keys} (a one-column table). The keys are broadcast: they are
     * small beside the rows, and a shuffle join would scatter each table over the shuffle partitions' many small files.
     */
    private static Dataset<Row> keep(Dataset<Row> rows, String column, Dataset<Row> keys) {
        Dataset<Row> k = keys.toDF("previous_run_key");
        return rows.join(broadcast(k), rows.col(column).equalTo(k.col("previous_run_key")), "left_semi");
    }
}
