package org.orbat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.orbat.bench.QueryBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code orbat bench-queries}: the warm median and 95th-percentile latency of the analyst's queries
 * over a knowledge base written by {@code orbat generate}.
 */
@Command(name = "bench-queries", mixinStandardHelpOptions = true,
    description = "Time actor, network and events queries (median and p95, warm) over a knowledge base written by orbat generate.")
final class BenchQueriesCommand implements Callable<Integer> {
    @Option(names = "--rounds", paramLabel = "N", defaultValue = "" + QueryBenchmark.DEFAULT_ROUNDS,
        description = "Timed rounds per query; the whole network runs a quarter as many (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Parameters(index = "0", paramLabel = "FILE", description = "SQLite file written by orbat generate.")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1, got " + rounds);
        }
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("orbat: " + file + ": no such knowledge base (write one with orbat generate)");
            return OrbatCommand.FAILED;
        }
        QueryBenchmark.run(file.toString(), rounds, spec.commandLine().getOut());
        return OrbatCommand.OK;
    }
}
