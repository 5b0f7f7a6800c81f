package org.orbat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.orbat.extract.places.Gazetteer;
import org.orbat.extract.places.PlaceLookup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code orbat gazetteer lookup NAME [--country CC]}: the namesakes of a place name and why one wins. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true, description = "Inspect the gazetteer.",
    subcommands = GazetteerCommand.Lookup.class)
final class GazetteerCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: lookup");
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true,
        description = "The places a name may mean, best first, with the reasons for each score.")
    static final class Lookup implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "A place name as written (any spelling).")
        String name;

        @Option(names = "--country", paramLabel = "CC", description = "The article's country (ISO 3166-1 alpha-2).")
        String country;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<PlaceLookup.Ranked> ranked = new PlaceLookup(Gazetteer.loadDefault()).lookup(name, Optional.ofNullable(country));
            if (ranked.isEmpty()) {
                out.println("No place named '" + name + "' in the gazetteer");
                out.flush();
                return OrbatCommand.FAILED;
            }
            for (PlaceLookup.Ranked r : ranked) {
                var p = r.place();
                out.printf("%s%-28s %-2s %-24s %-24s %-12s %9.4f %9.4f  score %.2f  %s%n", r.eligible() ? "  " : "x ",
                    p.name(), p.country(), p.admin1(), p.admin2(), p.featureClass(), p.lat(), p.lon(), r.score(),
                    String.join("; ", r.reasons()));
            }
            out.flush();
            return OrbatCommand.OK;
        }
    }
}
