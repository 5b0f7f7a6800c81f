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

    @Option(names = "--ingest", paramLabel = "PATH", description = "Files or folders one worker ingests into the same knowledge base during the load.")
    java.util.List<java.nio.file.Path> ingest = new java.util.ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        QuerySession.requireExisting(db);
        if (warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--warmup cannot be negative, got " + warmup);
        }
        var results = ServeLoadBenchmark.run(db, clients, Duration.ofSeconds(warmup), Duration.ofSeconds(seconds), burst, rate, ingest,
            spec.commandLine().getOut());
        return results.stream().anyMatch(r -> r.serverErrors() > 0) ? OrbatCommand.FAILED : OrbatCommand.OK;
    }
}
