package org.orbat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.orbat.query.DocumentSummary;
import org.orbat.query.QueryJson;
import org.orbat.query.QueryParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code orbat documents}: every ingested document, newest first, with where it came from and what was read from it. */
@Command(name = "documents", mixinStandardHelpOptions = true,
    description = "List the ingested documents: id, file or source id, title, outlet, date and fact counts.")
final class DocumentsCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Mixin
    ReleaseOption release;

    @Option(names = "--json", description = "Print JSON Lines, one document per line.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Table table = new Table("ID", "SOURCE", "TITLE", "OUTLET", "PUBLISHED", "RELATIONS", "EVENTS");
        try (QuerySession session = QuerySession.open(database.db, release)) {
            int size = QueryParameters.MAX_PAGE_SIZE;
            List<DocumentSummary> page;
            int n = 0;
            do {
                page = session.queries().documents(n++, size);
                for (DocumentSummary d : page) {
                    if (json) {
                        out.println(QueryJson.line(d));
                    } else {
                        table.row(d.id(), source(d), d.title(), d.outlet(), d.published(), d.relations(), d.events());
                    }
                }
            } while (page.size() == size);
        }
        if (!json) {
            table.print(out);
        }
        return OrbatCommand.OK;
    }

    /** The JSONL id when the document had one, else the file's name (the path is in {@code orbat document ID}). */
    static String source(DocumentSummary d) {
        if (d.sourceId() != null) {
            return d.sourceId();
        }
        int slash = Math.max(d.path().lastIndexOf('/'), d.path().lastIndexOf('\\'));
        return d.path().substring(slash + 1);
    }
}
