package org.orbat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.orbat.query.ActorProfile;
import org.orbat.query.AliasView;
import org.orbat.query.LineageStep;
import org.orbat.query.QueryJson;
import org.orbat.query.Tie;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code orbat actor NAME [--at DATE]}: one actor's profile. */
@Command(name = "actor", mixinStandardHelpOptions = true,
    description = "Show an actor: names and where they were seen, lineage, relations in force at a date, latest events.")
final class ActorCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Mixin
    ReleaseOption release;

    @Parameters(paramLabel = "NAME", description = "The actor's id, canonical name or any alias (case ignored).")
    String name;

    @Option(names = "--at", paramLabel = "DATE", description = "Relations in force at YYYY, YYYY-MM or YYYY-MM-DD (default: today).")
    String at;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ActorProfile p;
        try (QuerySession session = QuerySession.open(database.db, release)) {
            p = session.queries().actor(name, at);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(QueryJson.line(p));
            return OrbatCommand.OK;
        }
        out.printf("%s (%s): %s%s, %d mention(s)%n", p.name(), p.id(), p.kind().code(),
            p.discovered() ? ", discovered" : "", p.mentions());
        out.println();
        out.println("Names:");
        Table aliases = new Table("NAME", "ORIGIN", "SEEN IN");
        for (AliasView a : p.aliases()) {
            aliases.row(a.name(), a.origin(), a.documents().isEmpty() ? "registry" : Cells.join(a.documents()));
        }
        aliases.print(out);
        if (!p.lineage().isEmpty()) {
            out.println();
            out.println("Lineage:");
            Table lineage = new Table("DATE", "FROM", "STEP", "TO", "SOURCE");
            for (LineageStep s : p.lineage()) {
                lineage.row(s.date(), s.from().name(), s.type(), s.to().name(), s.source());
            }
            lineage.print(out);
        }
        out.println();
        out.println("Relations in force at " + p.at() + ":");
        Table relations = new Table("TYPE", "SOURCE", "TARGET", "SINCE", "UNTIL", "FACTS");
        for (Tie t : p.relations()) {
            relations.row(t.type().code(), t.source().name(), t.target().name(), t.since(), t.until(), Cells.join(t.factIds()));
        }
        relations.print(out);
        out.println();
        out.println("Latest events:");
        EventsCommand.table(p.latestEvents()).print(out);
        return OrbatCommand.OK;
    }
}
