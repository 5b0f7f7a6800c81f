package org.orbat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.orbat.query.ActorSummary;
import org.orbat.query.QueryJson;
import org.orbat.query.QueryParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code orbat actors}: every actor with its mention count, most mentioned first. */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "List all actors with their mention counts.")
final class ActorsCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Mixin
    ReleaseOption release;

    @Option(names = {"-q", "--query"}, paramLabel = "TEXT", description = "Only actors with a name or alias containing TEXT.")
    String query;

    @Option(names = "--json", description = "Print JSON Lines, one actor per line.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Table table = new Table("ID", "NAME", "KIND", "MENTIONS");
        try (QuerySession session = QuerySession.open(database.db, release)) {
            int size = QueryParameters.MAX_PAGE_SIZE;
            List<ActorSummary> page;
            int n = 0;
            do {
                page = session.queries().actors(query, n++, size);
                for (ActorSummary a : page) {
                    if (json) {
                        out.println(QueryJson.line(a));
                    } else {
                        table.row(a.id(), a.name(), a.kind().code(), a.mentions());
                    }
                }
            } while (page.size() == size);
        }
        if (!json) {
            table.print(out);
        }
        return OrbatCommand.OK;
    }
}
