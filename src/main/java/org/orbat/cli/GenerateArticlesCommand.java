package org.orbat.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.orbat.bench.ArticleGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code orbat generate-articles}: writes synthetic news reports as JSON Lines, for measuring ingest at the scale of
 * a year of news.
 */
@Command(name = "generate-articles", mixinStandardHelpOptions = true,
    description = "Write synthetic news reports (JSON Lines, as orbat ingest reads them) for ingest benchmarks.")
final class GenerateArticlesCommand implements Callable<Integer> {
    @Option(names = "--articles", paramLabel = "N", defaultValue = "" + ArticleGenerator.DEFAULT_ARTICLES,
        description = "Articles to write (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + ArticleGenerator.DEFAULT_SEED,
        description = "Random seed; the same seed writes the same articles (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--year", paramLabel = "YYYY", defaultValue = "" + ArticleGenerator.DEFAULT_YEAR,
        description = "Year the articles are published in (default: ${DEFAULT-VALUE}).")
    int year;

    @Parameters(index = "0", paramLabel = "FILE", description = "JSONL file to write; an existing one is replaced.")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (articles < 0 || year < 1900 || year > 2200) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                "--articles cannot be negative and --year must be 1900 to 2200, got " + articles + " and " + year);
        }
        long t0 = System.nanoTime();
        long bytes = ArticleGenerator.standard(seed, year).write(file, articles);
        spec.commandLine().getOut().printf("wrote %s: %d articles, %.1f MB in %.1f s%n", file, articles, bytes / 1e6,
            (System.nanoTime() - t0) / 1e9);
        return OrbatCommand.OK;
    }
}
