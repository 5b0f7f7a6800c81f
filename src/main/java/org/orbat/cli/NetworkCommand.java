package org.orbat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.orbat.query.Network;
import org.orbat.query.QueryJson;
import org.orbat.query.Tie;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code orbat network [--at DATE] [--around NAME --depth N]}: the relations in force at a date. */
@Command(name = "network", mixinStandardHelpOptions = true,
    description = "List the relations in force at a date; for allies and rivals the latest statement about a pair wins.")
final class NetworkCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Mixin
    ReleaseOption release;

    @Option(names = "--at", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD (default: today).")
    String at;

    @Option(names = "--around", paramLabel = "NAME", description = "Only the neighbourhood of this actor.")
    String around;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "1",
        description = "Steps from --around to follow (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--json", description = "Print JSON Lines, one relation per line.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Network network;
        try (QuerySession session = QuerySession.open(database.db, release)) {
            network = session.queries().network(at, around, depth);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            network.ties().forEach(t -> out.println(QueryJson.line(t)));
            return OrbatCommand.OK;
        }
        Table table = new Table("TYPE", "SOURCE", "TARGET", "SINCE", "UNTIL", "FACTS");
        for (Tie t : network.ties()) {
            table.row(t.type().code(), t.source().name(), t.target().name(), t.since(), t.until(), Cells.join(t.factIds()));
        }
        table.print(out);
        out.printf("%d relation(s) among %d actor(s) at %s%n", network.ties().size(), network.actors().size(), network.at());
        return OrbatCommand.OK;
    }
}
