package org.orbat.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables the job writes under {@code --output}, one folder each, with the columns of the
 * store's tables of the same name ({@code db/migration/V1__knowledge_base.sql}). Rows carry the
 * document they came from, so one document's facts can be found, or replaced, in every table. Dates
 * are ISO strings of their precision ({@code 2015}, {@code 2015-03}, {@code 2015-03-14}), as in the store.
 */
enum FactTable {
    DOCUMENTS("documents", field("id"), field("source_key"), field("path"), field("source_id"), field("title"),
        field("outlet"), field("url"), field("published"), field("published_how"), field("content_hash"),
        field("body"), field("language")),
    ACTORS("actors", field("document_id"), field("id"), field("name"), field("kind"),
        DataTypes.createStructField("discovered", BooleanType, false)),
    /** Registry aliases carry the document id {@code ""}, as in the store: they belong to no document. */
    ALIASES("aliases", field("document_id"), field("actor_id"), field("name"), field("origin"), field("note")),
    LINEAGE("lineage", field("document_id"), field("actor_id"), field("type"), field("target_id"), field("date")),
    MENTIONS("mentions", field("document_id"), number("sentence_idx"), number("token_begin"), number("token_end"),
        field("text"), field("actor_id"), field("rule")),
    RELATIONS("relations", field("id"), field("document_id"), field("type"), field("source_actor"),
        field("target_actor"), field("start_date"), field("end_date")),
    EVENTS("events", field("id"), field("document_id"), field("type"), field("date"), field("date_end"),
        DataTypes.createStructField("fatalities", IntegerType, true), field("sub_event_type")),
    /** {@code side}: {@link org.orbat.model.Event#sideCode}: 1 acted, 2 acted against, 3 both, 0 only mentioned. */
    EVENT_ACTORS("event_actors", field("event_id"), number("ord"), field("actor_id"), number("side")),
    EVENT_PLACES("event_places", field("event_id"), number("ord"), field("name"),
        DataTypes.createStructField("lat", DoubleType, false), DataTypes.createStructField("lon", DoubleType, false),
        field("admin1"), field("country"), field("feature_class"), field("precision")),
    /** One row per sentence behind a relation or event; {@code fact_id} is the relation's or event's id. */
    EVIDENCE("evidence", field("fact_id"), number("ord"), field("document_id"), number("sentence_idx"), field("text"),
        field("reported_by"), DataTypes.createStructField("fatalities", IntegerType, true), field("stance")),
    /** Lines and articles that could not be read or processed, with the reason: the job does not stop for them. */
    REJECTED("rejected", field("source"), field("reason"));

    private final String folder;
    private final StructType schema;

    FactTable(String folder, StructField... fields) {
        this.folder = folder;
        this.schema = DataTypes.createStructType(fields);
    }

    /** The table's folder name under the output directory. */
    String folder() {
        return folder;
    }

    StructType schema() {
        return schema;
    }

    private static StructField field(String name) {
        return DataTypes.createStructField(name, StringType, true);
    }

    private static StructField number(String name) {
        return DataTypes.createStructField(name, IntegerType, false);
    }
}
