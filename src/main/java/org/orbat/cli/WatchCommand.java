package org.orbat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orbat.ingest.ArticleReader;
import org.orbat.ingest.FeedReader;
import org.orbat.ingest.IngestOptions;
import org.orbat.pipeline.IngestReport;
import org.orbat.pipeline.Pipeline;
import org.orbat.pipeline.ProgressListener;
import org.orbat.pipeline.StandardPipeline;
import org.orbat.store.JdbcKnowledgeBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code orbat watch SOURCE...}: polls RSS/Atom feeds and folders on an interval and ingests only what is new or
 * changed, logging one line per source and poll. The same story from a second outlet is kept as one document with
 * both outlets. Language models load at the first poll that finds something new, and stay loaded.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Follow RSS/Atom feeds (http(s) addresses or .xml/.rss/.atom files) and folders: every interval, ingest "
        + "only new or changed items, the same story from several outlets as one document.")
final class WatchCommand implements Callable<Integer> {
    private static final Pattern INTERVAL = Pattern.compile("(\\d+)\\s*([smhd])");

    @Mixin
    DatabaseOption database;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Feed addresses or files, or folders of reports.")
    List<String> sources;

    @Option(names = "--every", defaultValue = "15m", paramLabel = "INTERVAL",
        description = "Time between polls: a number and s, m, h or d (default: ${DEFAULT-VALUE}).")
    String every;

    @Option(names = "--polls", defaultValue = "0", paramLabel = "N", description = "Stop after N polls (default: never).")
    int polls;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Duration interval = interval(every);
        if (polls < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--polls must be 0 (never stop) or more, got " + polls);
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        PrintWriter out = spec.commandLine().getOut();
        IngestOptions options = IngestOptions.defaults();
        FeedReader feeds = new FeedReader(options);
        ArticleReader files = new ArticleReader(options);
        Clock clock = Clock.systemUTC();
        boolean anyFailed = false;
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(database.db)) {
            Pipeline pipeline = StandardPipeline.create(workers, kb.importedPlaces());
            for (int poll = 1; polls == 0 || poll <= polls; poll++) {
                for (String source : sources) {
                    IngestReport report = FeedReader.isFeed(source)
                        ? pipeline.ingestItems(feeds.read(source), kb, ProgressListener.SILENT, true)
                        : pipeline.ingest(List.of(Path.of(source)), files, kb, ProgressListener.SILENT);
                    out.printf(Locale.ROOT, "poll %d %s %s: %d new or changed, %d unchanged, %d same story as a stored report, %d failed%n",
                        poll, clock.instant().toString().substring(0, 19) + "Z", source, report.ingested(), report.unchanged(),
                        report.sameStory(), report.failed());
                    for (String failure : report.failures()) {
                        out.println("  failed: " + failure);
                    }
                    anyFailed |= report.failed() > 0;
                    IngestCommand.mergeEvents(kb, report.ingested());
                }
                out.flush();
                if (polls == 0 || poll < polls) {
                    Thread.sleep(interval.toMillis());
                }
            }
        }
        return anyFailed ? OrbatCommand.FAILED : OrbatCommand.OK;
    }

    private Duration interval(String text) {
        Matcher m = INTERVAL.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid --every '" + text + "': expected e.g. 30s, 15m, 2h or 1d");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
