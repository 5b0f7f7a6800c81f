package org.orbat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.orbat.ingest.ArticleReader;
import org.orbat.ingest.IngestOptions;
import org.orbat.model.DateValue;
import org.orbat.pipeline.IngestReport;
import org.orbat.pipeline.Pipeline;
import org.orbat.pipeline.StandardPipeline;
import org.orbat.query.EventMerger;
import org.orbat.store.JdbcKnowledgeBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code orbat ingest}: reads reports into the knowledge base and prints a summary. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Ingest .txt, .html and .jsonl reports (files or folders) into the knowledge base.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Option(names = "--published", paramLabel = "DATE",
        description = "Publication date (YYYY-MM-DD, YYYY-MM or YYYY) for every article of this run; overrides what the text says.")
    String published;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        DateValue override = null;
        if (published != null) {
            override = DateValue.parse(published).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "Invalid --published '" + published + "': expected YYYY-MM-DD, YYYY-MM or YYYY"));
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, got " + workers);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestOptions options = override == null ? IngestOptions.defaults() : IngestOptions.defaults().withPublishedOverride(override);
        ArticleReader reader = new ArticleReader(options);
        IngestReport report;
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(database.db)) {
            Pipeline pipeline = StandardPipeline.create(workers, kb.importedPlaces());
            report = pipeline.ingest(paths, reader, kb, ProgressReporter.forTerminal(err));
            mergeEvents(kb, report.ingested());
            printSummary(out, report, kb.counts(), kb.location());
        }
        for (String failure : report.failures()) {
            err.println("orbat: " + failure);
        }
        return report.failed() == 0 ? OrbatCommand.OK : OrbatCommand.FAILED;
    }

    private static void printSummary(PrintWriter out, IngestReport r, Map<String, Long> counts, String where) {
        out.printf("Ingested %d article(s), %d unchanged, %d failed in %.1f s into %s%n", r.ingested(), r.unchanged(),
            r.failed(), r.elapsed().toMillis() / 1000.0, where);
        out.printf("Knowledge base: %d documents, %d sentences, %d actors, %d mentions, %d relations, %d events, %d evidence%n",
            counts.get("documents"), counts.get("sentences"), counts.get("actors"), counts.get("mentions"),
            counts.get("relations"), counts.get("events"), counts.get("evidence"));
    }

    /**
     * Reports of one happening from different documents are one event for every reader, the new ones too; a run that
     * stored nothing leaves merges as they are (the pass reads every event).
     */
    static void mergeEvents(JdbcKnowledgeBase kb, int ingested) {
        if (ingested > 0 || !kb.eventsMerged()) {
            kb.mergeEvents(new EventMerger()::mergedIds);
        }
    }
}
