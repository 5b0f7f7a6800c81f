package org.orbat.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.orbat.export.FactDiff;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.KnowledgeSnapshot;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code orbat diff A B}: the facts added, changed (field by field) and removed from release A to release B. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "List the facts added, changed (field by field) and removed between two releases ('current' is the "
        + "knowledge base as it is now).")
final class DiffCommand implements Callable<Integer> {
    static final String CURRENT = "current";

    @Mixin
    DatabaseOption database;

    @Parameters(index = "0", paramLabel = "A", description = "The older release, or 'current'.")
    String from;

    @Parameters(index = "1", paramLabel = "B", description = "The newer release, or 'current'.")
    String to;

    @Option(names = "--json", description = "Print the changes as JSON.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<FactDiff.Change> changes = FactDiff.between(snapshot(from), snapshot(to));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(changes));
            return OrbatCommand.OK;
        }
        if (changes.isEmpty()) {
            out.printf("No changes from %s to %s.%n", from, to);
            return OrbatCommand.OK;
        }
        Table table = new Table("CHANGE", "FACT", "WHAT", "FIELD", "BEFORE", "AFTER");
        for (FactDiff.Change c : changes) {
            if (c.fields().isEmpty()) {
                table.row(c.change(), c.fact(), c.label(), "", "", "");
            }
            for (FactDiff.FieldChange f : c.fields()) {
                table.row(c.change(), c.fact(), c.label(), f.field(), f.before() == null ? "-" : f.before(), f.after() == null ? "-" : f.after());
            }
        }
        table.print(out);
        out.printf("%d added, %d changed, %d removed%n", count(changes, "added"), count(changes, "changed"), count(changes, "removed"));
        return OrbatCommand.OK;
    }

    private static long count(List<FactDiff.Change> changes, String change) {
        return changes.stream().filter(c -> c.change().equals(change)).count();
    }

    private KnowledgeSnapshot snapshot(String release) {
        try (JdbcKnowledgeBase kb = CURRENT.equals(release) ? QuerySession.openExisting(database.db)
                : QuerySession.openRelease(database.db, release, "diff: ")) {
            return kb.snapshot();
        }
    }
}
