package org.orbat.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.orbat.bench.ServeLoadBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code orbat bench-serve FILE}: the API under concurrent load on loopback (see {@link ServeLoadBenchmark}). */
@Command(name = "bench-serve", mixinStandardHelpOptions = true,
    description = "Load the API with concurrent clients on loopback for a while: per route requests, p50, p99, 429s and 5xx.")
final class BenchServeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "A knowledge base (SQLite file or jdbc:postgresql:// URL), e.g. one orbat generate wrote.")
    String db;

    @Option(names = "--clients", defaultValue = "50", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "How long (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "0",
        description = "Seconds of the same load before the timed run, not counted (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rate", defaultValue = "1000000",
        description = "The server's sustained requests a second per client address; all clients share 127.0.0.1 (default: no practical limit).")
    double rate;

    @Option(names = "--burst", defaultValue = "1000000", description = "Requests a client address may send at once (default: ${DEFAULT-VALUE}).")
    int burst;

    @Option(names = "--ingest", paramLabel = "PATH", description = "Files or folders orbat ingest (another process, one worker) ingests into the same knowledge base during the load.")
    java.util.List<java.nio.file.Path> ingest = new java.util.ArrayList<>();

    @Option(names = "--max-lag", paramLabel = "SECONDS", defaultValue = "10",
        description = "How far behind the knowledge base kept answers may be, as serve --max-lag (default: ${DEFAULT-VALUE}).")
    long maxLag;

    @Option(names = "--ingest-nice", paramLabel = "N", defaultValue = "0",
        description = "CPU priority of the --ingest process, as nice -n: 0 shares the cores evenly with the server, 19 takes what it leaves (default: ${DEFAULT-VALUE}).")
    int ingestNice;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        QuerySession.requireExisting(db);
        if (warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--warmup cannot be negative, got " + warmup);
        }
        if (ingestNice < 0 || ingestNice > 19) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--ingest-nice must be 0-19, got " + ingestNice);
        }
        if (maxLag < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-lag cannot be negative, got " + maxLag);
        }
        var results = ServeLoadBenchmark.run(db, clients, Duration.ofSeconds(warmup), Duration.ofSeconds(seconds), burst, rate,
            Duration.ofSeconds(maxLag), ingest, ingestNice, spec.commandLine().getOut());
        return results.stream().anyMatch(r -> r.serverErrors() > 0) ? OrbatCommand.FAILED : OrbatCommand.OK;
    }
}
