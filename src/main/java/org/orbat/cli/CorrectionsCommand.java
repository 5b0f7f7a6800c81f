package org.orbat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.corrections.CorrectionEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code orbat corrections [--stale]}: the corrections log, oldest first, with what each found when last applied. */
@Command(name = "corrections", mixinStandardHelpOptions = true,
    description = "List the analysts' corrections, oldest first: who, when, why, and whether each still finds its target.")
final class CorrectionsCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Option(names = "--stale", description = "Only corrections whose target is gone (exit 1 when there are any).")
    boolean staleOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<CorrectionEntry> entries;
        try (JdbcKnowledgeBase kb = QuerySession.openExisting(database.db)) {
            entries = kb.corrections();
        }
        List<CorrectionEntry> shown = entries.stream().filter(e -> !staleOnly || e.stale()).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (shown.isEmpty()) {
            out.println(staleOnly ? "No stale corrections." : "No corrections.");
            return OrbatCommand.OK;
        }
        Table table = new Table("#", "MADE", "BY", "ACTION", "TARGET", "STATUS", "FOUND", "REASON");
        for (CorrectionEntry e : shown) {
            var c = e.correction();
            table.row(c.id(), c.madeAt().toString().substring(0, 16).replace('T', ' '), c.editor(), c.action().code(), c.target(),
                e.status() == null ? "not applied" : e.stale() ? "STALE" : "holds", e.status() == null ? "" : e.status().detail(), c.reason());
        }
        table.print(out);
        return staleOnly ? OrbatCommand.FAILED : OrbatCommand.OK;
    }
}
