package org.orbat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.orbat.query.ActorRef;
import org.orbat.query.LineageChain;
import org.orbat.query.QueryJson;
import org.orbat.query.SuccessionStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code orbat lineage NAME}: the renames, mergers and splits leading to and from an actor, as a dated chain. */
@Command(name = "lineage", mixinStandardHelpOptions = true,
    description = "Show an actor's succession (renames, mergers, splits) backwards and forwards, oldest first, with dates.")
final class LineageCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Mixin
    ReleaseOption release;

    @Parameters(paramLabel = "NAME", description = "The actor's id, canonical name or any alias.")
    String name;

    @Option(names = "--json", description = "Print the chain as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LineageChain chain;
        try (QuerySession session = QuerySession.open(database.db, release)) {
            chain = session.queries().lineage(name);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(QueryJson.line(chain));
            return OrbatCommand.OK;
        }
        if (chain.steps().isEmpty()) {
            out.printf("%s: no renames, mergers or splits known%n", chain.actor().name());
            return OrbatCommand.OK;
        }
        out.printf("Lineage of %s (renames, mergers and splits, oldest first):%n", chain.actor().name());
        for (SuccessionStep s : chain.steps()) {
            out.printf("  %-10s  %s %s %s%n", s.date() == null ? "undated" : s.date(), s.from().name(), s.phrase(), s.to().name());
        }
        out.printf("Before it: %s%nAfter it: %s%n", names(chain.predecessors()), names(chain.successors()));
        return OrbatCommand.OK;
    }

    private static String names(List<ActorRef> actors) {
        return actors.isEmpty() ? "-" : Cells.actors(actors);
    }
}
