package org.orbat.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.orbat.export.JsonExporter;
import org.orbat.ingest.ArticleReader;
import org.orbat.query.EventMerger;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.KnowledgeSnapshot;
import scala.Tuple2;

/**
 * Ingests a JSONL corpus of any size on a Spark cluster: the same per-document stages as
 * {@code orbat ingest}, spread over partitions, then one merged knowledge base.
 *
 * <pre>
 * spark-submit --class org.orbat.spark.SparkIngestJob orbat-spark.jar \
 *     --input hdfs:///corpus/*.jsonl --output hdfs:///orbat/run-2 [--jdbc jdbc:postgresql://..] [--partitions N]
 *     [--previous hdfs:///orbat/run-1]
 * </pre>
 *
 * <ol>
 *   <li>Reads the corpus as text lines, numbered as in the file(s), and keys them by JSONL id so a
 *       repeated article is processed once (see {@link LineKeys}); the shuffle that groups the keys
 *       also spreads the articles over {@code --partitions} partitions.</li>
 *   <li>On each partition, the executor's one standard pipeline ({@link ExecutorPipeline}) turns each
 *       line into its facts ({@link ArticleProcessor}); with {@code --jdbc}, each document is also
 *       stored in PostgreSQL, idempotently by content hash. With {@code --previous}, an article the
 *       earlier run holds with the same content hash is not processed ({@link PreviousRun}).</li>
 *   <li>Writes each {@link FactTable} as Parquet under {@code --output}, then merges them into one
 *       knowledge base ({@link ParquetSnapshot}) and writes it as {@code --output/kb.json} in the format
 *       of {@code orbat export --format json}, events merged across documents by the same rules. The
 *       unchanged articles' rows are copied from the earlier run, so the output is the whole input's.</li>
 * </ol>
 *
 * Exit codes follow the CLI's: 0 success, 1 when some lines were rejected (listed in the
 * {@code rejected} table; the others are in the knowledge base), 2 for a usage error.
 */
public final class SparkIngestJob {
    private SparkIngestJob() {
    }

    /**
     * What a run did.
     *
     * @param documents articles processed (all of them, or with {@code --previous} the new and changed ones)
     * @param unchanged articles not processed because the previous run holds the same content; its rows stand for them
     * @param rejected lines that could not be read or processed
     * @param knowledgeBase where {@code kb.json} was written
     */
    public record Summary(long documents, long unchanged, long rejected, String knowledgeBase) {
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("SparkIngestJob: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        Summary summary;
        try (SparkSession spark = SparkSession.builder().appName("orbat-ingest").getOrCreate()) {
            summary = run(spark, options);
        }
        System.out.printf("%d documents processed, %d unchanged, %d rejected; knowledge base in %s%n", summary.documents(),
            summary.unchanged(), summary.rejected(), summary.knowledgeBase());
        System.exit(summary.rejected() > 0 ? 1 : 0);
    }

    /** Runs the job in {@code spark} with command-line {@code args}; for tests and embedding. */
    public static Summary run(SparkSession spark, String... args) {
        return run(spark, JobOptions.parse(args));
    }

    static Summary run(SparkSession spark, JobOptions options) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // Migrate the schema once here, rather than from every partition at once.
        options.jdbc().ifPresent(url -> JdbcKnowledgeBase.open(url).close());
        int partitions = options.partitions() > 0 ? options.partitions() : 2 * jsc.defaultParallelism();
        Optional<PreviousRun> previous = options.previous().map(folder -> new PreviousRun(spark, folder));
        Broadcast<Map<String, String>> previousHashes = previous.isPresent()
            ? jsc.<Map<String, String>>broadcast(previous.get().contentHashes()) : null;
        JavaRDD<DocumentRows> documents = firstLineOfEachDocument(jsc, options.input(), partitions)
            .mapPartitions(new ArticleProcessor(options.input(), options.jdbc().orElse(null), previousHashes))
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            Dataset<Row> unchangedIds = spark.createDataFrame(
                documents.filter(DocumentRows::isUnchanged).map(d -> RowFactory.create(d.unchangedDocument())),
                PreviousRun.DOCUMENT_IDS);
            for (FactTable table : FactTable.values()) {
                JavaRDD<Row> rows = documents.flatMap(d -> d.rows(table).iterator());
                Dataset<Row> made = spark.createDataFrame(rows, table.schema());
                Dataset<Row> all = previous.isPresent() ? made.union(previous.get().rowsOf(table, unchangedIds)) : made;
                all.write().mode(SaveMode.Overwrite).parquet(options.output() + "/" + table.folder());
            }
            long rejected = documents.filter(DocumentRows::isRejected).count();
            long unchanged = documents.filter(DocumentRows::isUnchanged).count();
            long processed = documents.count() - rejected - unchanged;
            // As an ingest does: reports of one happening from several documents become one event for every reader.
            options.jdbc().ifPresent(url -> {
                try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(url)) {
                    kb.mergeEvents(new EventMerger()::mergedIds);
                }
            });
            KnowledgeSnapshot snapshot = new ParquetSnapshot(spark, options.output()).read();
            String kb = options.output() + "/kb.json";
            writeJson(spark, snapshot, kb);
            return new Summary(processed, unchanged, rejected, kb);
        } finally {
            documents.unpersist(false);
            if (previousHashes != null) {
                previousHashes.destroy();
            }
        }
    }

    /** The corpus lines numbered from 1, one per document, spread over {@code partitions}. */
    private static JavaRDD<NumberedLine> firstLineOfEachDocument(JavaSparkContext jsc, String input, int partitions) {
        JavaPairRDD<String, NumberedLine> keyed = jsc.textFile(input).zipWithIndex().mapPartitionsToPair(lines -> {
            ArticleReader reader = LineKeys.reader();
            List<Tuple2<String, NumberedLine>> out = new ArrayList<>();
            while (lines.hasNext()) {
                Tuple2<String, Long> line = lines.next();
                long number = line._2() + 1;
                out.add(new Tuple2<>(LineKeys.key(line._1(), number, reader), new NumberedLine(line._1(), number, null)));
            }
            return out.iterator();
        });
        return keyed.groupByKey(partitions).mapPartitions(groups -> {
            ArticleReader reader = LineKeys.reader();
            List<NumberedLine> out = new ArrayList<>();
            groups.forEachRemaining(g -> out.addAll(LineKeys.firstOfEach(g._1(), g._2(), reader)));
            return out.iterator();
        });
    }

    private static void writeJson(SparkSession spark, KnowledgeSnapshot snapshot, String file) {
        Path path = new Path(file);
        try {
            FileSystem fs = FileSystem.get(URI.create(file), spark.sparkContext().hadoopConfiguration());
            try (OutputStream out = fs.create(path, true)) {
                new JsonExporter().write(snapshot, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
