package org.orbat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.orbat.query.DocumentDetail;
import org.orbat.query.DocumentSummary;
import org.orbat.query.QueryJson;
import org.orbat.query.RelationSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code orbat document ID}: one document's source, title, outlet and date, and every fact read from it. */
@Command(name = "document", mixinStandardHelpOptions = true,
    description = "Show one document (by id, JSONL id, path or file name) and the relations and events read from it.")
final class DocumentCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Mixin
    ReleaseOption release;

    @Parameters(paramLabel = "ID", description = "A document id as results cite it (doc-…), its JSONL id, its path or file name.")
    String key;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DocumentDetail facts;
        try (QuerySession session = QuerySession.open(database.db, release)) {
            facts = session.queries().document(key);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(QueryJson.line(facts));
            return OrbatCommand.OK;
        }
        DocumentSummary d = facts.document();
        out.printf("%s: %s%n", d.id(), d.title() == null ? "(no title)" : d.title());
        out.printf("file: %s%n", d.path());
        if (d.sourceId() != null) {
            out.printf("source id: %s%n", d.sourceId());
        }
        out.printf("outlet: %s; published: %s%n", d.outlet() == null ? "unknown" : d.outlet(),
            d.published() == null ? "unknown" : d.published());
        if (d.url() != null) {
            out.printf("url: %s%n", d.url());
        }
        out.printf("%nRelations (%d):%n", d.relations());
        if (!facts.relations().isEmpty()) {
            Table table = new Table("ID", "TYPE", "SOURCE", "TARGET", "START", "END");
            for (RelationSummary r : facts.relations()) {
                table.row(r.id(), r.type().code(), r.source().name(), r.target().name(), r.start(), r.end());
            }
            table.print(out);
        }
        out.printf("%nEvents (%d):%n", d.events());
        if (!facts.events().isEmpty()) {
            EventsCommand.table(facts.events()).print(out);
        }
        return OrbatCommand.OK;
    }
}
