package org.orbat.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.orbat.bench.BenchReport;
import org.orbat.bench.BenchSettings;
import org.orbat.bench.Benchmark;
import org.orbat.ingest.ArticleReader;
import org.orbat.ingest.IngestOptions;
import org.orbat.nlp.CoreNlpPipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code orbat bench}: ingests a corpus with Orbat into a temporary knowledge base and runs plain
 * CoreNLP (with {@code depparse}) over the same texts in the same JVM, then prints both side by side.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure Orbat's speed and memory against plain CoreNLP (tokenize,ssplit,pos,lemma,ner,depparse) on a corpus.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--threads", paramLabel = "N", description = "Orbat worker threads (default: number of cores).")
    Integer threads;

    @Option(names = "--reference-threads", paramLabel = "N", description = "Reference worker threads (default: as --threads).")
    Integer referenceThreads;

    @Option(names = "--reference-limit", paramLabel = "N", defaultValue = "0",
        description = "Run the reference on the first N documents only, for a quick run (default: all).")
    int referenceLimit;

    @Option(names = "--warmup-passes", paramLabel = "N", defaultValue = "" + Benchmark.DEFAULT_WARMUP_PASSES,
        description = "Untimed passes each phase makes over the corpus's first documents (up to "
            + Benchmark.WARMUP_CHARACTERS + " characters) before it is timed, so that neither rate includes JIT"
            + " compilation (default: ${DEFAULT-VALUE}; 0 for none).")
    int warmupPasses;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "" + Benchmark.DEFAULT_RUNS,
        description = "Timed runs each phase makes over the corpus; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "Files or folders, as orbat ingest takes them.")
    List<Path> corpus;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        int referenceWorkers = referenceThreads == null ? workers : referenceThreads;
        BenchSettings settings;
        try {
            settings = new BenchSettings(workers, referenceWorkers, referenceLimit, warmupPasses, runs);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ArticleReader reader = new ArticleReader(IngestOptions.defaults());
        BenchReport report = new Benchmark(reader, CoreNlpPipeline::new, settings).run(corpus);
        report.print(spec.commandLine().getOut());
        return report.orbat().failed() == 0 ? OrbatCommand.OK : OrbatCommand.FAILED;
    }
}
