package org.orbat.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.orbat.OrbatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code orbat} command. Exit codes are decided here, in one place: 0 when everything
 * worked, 1 when the run (or part of it) failed, 2 for a usage error.
 */
@Command(name = "orbat", mixinStandardHelpOptions = true, version = "orbat 0.1.0",
    description = "Turns news reports about armed conflict into a sourced, time-aware knowledge base of armed actors.",
    subcommands = {IngestCommand.class, ExportCommand.class, ResolveCommand.class, ActorCommand.class, ActorsCommand.class,
        NetworkCommand.class, LineageCommand.class, RelationsCommand.class, EventsCommand.class, EvidenceCommand.class, DocumentsCommand.class,
        DocumentCommand.class, CorrectCommand.class, CorrectionsCommand.class, ReleaseCommand.class, DiffCommand.class, WatchCommand.class, ReviewCommand.class, EditorsCommand.class, ServeCommand.class,
        BenchCommand.class, GenerateCommand.class, GenerateArticlesCommand.class, BenchQueriesCommand.class, BenchServeCommand.class, GazetteerCommand.class,
        CommandLine.HelpCommand.class})
public final class OrbatCommand implements Runnable {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'orbat --help'");
    }

    /** Runs the command line with the process's standard streams. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs the command line with the given writers, as tests do. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new OrbatCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : FAILED);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof OrbatException) {
                commandLine.getErr().println("orbat: " + e.getMessage());
            } else {
                commandLine.getErr().println("orbat: unexpected error: " + e);
                e.printStackTrace(commandLine.getErr());
            }
            return FAILED;
        });
        cl.setParameterExceptionHandler((e, args2) -> {
            e.getCommandLine().getErr().println("orbat: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return USAGE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
