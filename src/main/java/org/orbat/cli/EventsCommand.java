package org.orbat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.orbat.query.EventCriteria;
import org.orbat.query.EventPage;
import org.orbat.query.EventSummary;
import org.orbat.query.QueryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code orbat events [--actor] [--place] [--from] [--to] [--type] [--limit] [--page]}: events, newest first. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List events, newest first, a page at a time.")
final class EventsCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Mixin
    ReleaseOption release;

    @Option(names = "--actor", paramLabel = "NAME", description = "Events this actor took part in.")
    String actor;

    @Option(names = "--place", paramLabel = "PLACE", description = "A place name or governorate (case ignored).")
    String place;

    @Option(names = "--from", paramLabel = "DATE", description = "Events ending on or after this date.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Events starting on or before this date.")
    String to;

    @Option(names = "--undated", paramLabel = "WHAT", description = "Events no report dates: with (default; after the"
        + " dated ones when --from or --to is given, as they may fall in the period), without, or only.")
    String undated;

    @Option(names = "--type", paramLabel = "TYPE", description = "battle, territory_capture, remote_violence, ...")
    String type;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Events per page, 1-500 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--page", paramLabel = "N", defaultValue = "0", description = "Page number from 0 (default: ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--json", description = "Print JSON Lines, one event per line.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EventPage result;
        try (QuerySession session = QuerySession.open(database.db, release)) {
            result = session.queries().events(new EventCriteria(actor, place, from, to, type, page, limit, undated));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            result.events().forEach(e -> out.println(QueryJson.line(e)));
            return OrbatCommand.OK;
        }
        table(result.events()).print(out);
        out.printf("page %d: %d event(s)%s%n", result.page(), result.events().size(),
            result.more() ? "; more with --page " + (result.page() + 1) : "");
        return OrbatCommand.OK;
    }

    /**
     * One row per event, reports of one happening merged as in the export. Where its sources disagree the
     * toll is their range ({@code 50-80}) and REPORTS gives each report's date; {@code orbat evidence ID}
     * gives each source's toll and sentence.
     */
    static Table table(List<EventSummary> events) {
        Table table = new Table("ID", "DATE", "TYPE", "ACTORS", "PLACES", "KILLED", "REPORTS");
        for (EventSummary e : events) {
            table.row(e.id(), Cells.period(e.date(), e.dateEnd()), e.type().code(), Cells.actors(e.actors()),
                Cells.places(e.places()), toll(e), reports(e));
        }
        return table;
    }

    /** The event's toll, or the range its sources give when they disagree. */
    static String toll(EventSummary e) {
        if (e.tollsDisagree()) {
            return e.tolls().get(0) + "-" + e.tolls().get(e.tolls().size() - 1);
        }
        return e.fatalities() == null ? "" : e.fatalities().toString();
    }

    /** How many reports; with each one's date when they give different dates. */
    static String reports(EventSummary e) {
        if (!e.datesDisagree()) {
            return Integer.toString(e.reports().size());
        }
        return e.reports().size() + " (" + String.join("; ", e.reports().stream()
            .map(r -> Cells.period(r.date(), r.dateEnd())).toList()) + ")";
    }
}
