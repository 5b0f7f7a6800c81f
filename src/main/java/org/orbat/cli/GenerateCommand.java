package org.orbat.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.orbat.bench.KbGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code orbat generate}: writes a synthetic knowledge base of the size a desk reaches after years
 * of reports, for {@code orbat bench-queries} and for trying the API and web page at scale.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write a synthetic SQLite knowledge base (default 1,000,000 events, 20,000 actors) for query benchmarks.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--events", paramLabel = "N", defaultValue = "" + KbGenerator.DEFAULT_EVENTS,
        description = "Events to write (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--actors", paramLabel = "N", defaultValue = "" + KbGenerator.DEFAULT_ACTORS,
        description = "Actors to write, at least 2 (default: ${DEFAULT-VALUE}).")
    int actors;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + KbGenerator.DEFAULT_SEED,
        description = "Random seed; the same seed writes the same knowledge base (default: ${DEFAULT-VALUE}).")
    long seed;

    @Parameters(index = "0", paramLabel = "FILE", description = "SQLite file to write; an existing one is replaced.")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (events < 0 || actors < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                "--events cannot be negative and --actors must be at least 2, got " + events + " and " + actors);
        }
        long t0 = System.nanoTime();
        Map<String, Long> counts = KbGenerator.generate(file, events, actors, seed);
        spec.commandLine().getOut().printf("wrote %s: %d events, %d actors, %d relations in %.1f s%n", file,
            counts.get("events"), counts.get("actors"), counts.get("relations"), (System.nanoTime() - t0) / 1e9);
        return OrbatCommand.OK;
    }
}
