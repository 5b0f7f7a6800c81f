package org.orbat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.orbat.query.EvidenceItem;
import org.orbat.query.FactEvidence;
import org.orbat.query.PairHistory;
import org.orbat.query.QueryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code orbat relations A B}: what two actors have been to each other, oldest first, each change with its sentence. */
@Command(name = "relations", mixinStandardHelpOptions = true,
    description = "Show every relation stated between two actors, in either direction, oldest first, each with the "
        + "sentences and documents behind it.")
final class RelationsCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Mixin
    ReleaseOption release;

    @Parameters(index = "0", paramLabel = "A", description = "An actor's id, canonical name or any alias.")
    String first;

    @Parameters(index = "1", paramLabel = "B", description = "The other actor's id, canonical name or any alias.")
    String second;

    @Option(names = "--json", description = "Print the history as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PairHistory history;
        try (QuerySession session = QuerySession.open(database.db, release)) {
            history = session.queries().relations(first, second);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(QueryJson.line(history));
            return OrbatCommand.OK;
        }
        if (history.relations().isEmpty()) {
            out.printf("%s and %s: no relation stated between them%n", history.first().name(), history.second().name());
            return OrbatCommand.OK;
        }
        out.printf("%s and %s, oldest first (%d statement(s)):%n", history.first().name(), history.second().name(),
            history.relations().size());
        for (FactEvidence fact : history.relations()) {
            out.printf("%n  %-23s %s %s %s  [%s; %s]%n", period(fact), fact.actors().get(0).name(), fact.type(),
                fact.actors().get(1).name(), fact.factId(), Cells.join(fact.stances().stream().map(s -> s.code()).toList()));
            for (EvidenceItem e : fact.evidence()) {
                out.printf("    \"%s\"%n    %s, %s%n", e.text(), e.reportedBy() == null ? "no source named" : "per " + e.reportedBy(),
                    e.document().title() == null ? e.document().id() : e.document().title()
                        + (e.document().published() == null ? "" : " (" + e.document().published() + ")"));
            }
        }
        return OrbatCommand.OK;
    }

    private static String period(FactEvidence fact) {
        if (fact.date() == null && fact.dateEnd() == null) {
            return "undated";
        }
        return (fact.date() == null ? "?" : fact.date().toString()) + (fact.dateEnd() == null ? "" : " to " + fact.dateEnd());
    }
}
