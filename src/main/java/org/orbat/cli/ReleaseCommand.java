package org.orbat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.orbat.OrbatException;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.ReleaseRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code orbat release NAME}: freezes the knowledge base, corrections applied, as a named version; {@code --list} lists them. */
@Command(name = "release", mixinStandardHelpOptions = true,
    description = "Freeze the knowledge base (corrections applied) as a named version that never changes; read it with "
        + "'export --release NAME' and compare versions with 'diff'.")
final class ReleaseCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The release's name, e.g. 2026-w49.")
    String name;

    @Option(names = "--list", description = "List the releases instead.")
    boolean list;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!list && name == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give a release NAME, or --list");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (JdbcKnowledgeBase kb = QuerySession.openExisting(database.db)) {
            if (list) {
                List<ReleaseRecord> all = kb.releases();
                if (all.isEmpty()) {
                    out.println("No releases.");
                }
                for (ReleaseRecord r : all) {
                    out.printf("%-24s %s  %s%n", r.name(), r.madeAt(), r.location());
                }
                return OrbatCommand.OK;
            }
            ReleaseRecord r = kb.release(name);
            out.printf("release %s frozen at %s (%s)%n", r.name(), r.madeAt(), r.location());
            return OrbatCommand.OK;
        } catch (IllegalArgumentException e) {
            throw new OrbatException("release " + name + ": " + e.getMessage(), e);
        }
    }
}
