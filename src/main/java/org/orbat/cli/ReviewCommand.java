package org.orbat.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.orbat.model.Event;
import org.orbat.model.Evidence;
import org.orbat.query.ReviewQueue;
import org.orbat.query.ReviewQueue.Item;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.corrections.Correction;
import org.orbat.store.corrections.CorrectionAction;
import org.orbat.store.corrections.CorrectionEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code orbat review}: the events most worth an analyst's check first, least confident and most consequential at the
 * top (many reports, a toll, an actor found in the text rather than the registry), each with its evidence; one key
 * accepts (a confirm-event correction), rejects (reject-event) or skips it. Events already confirmed or rejected are
 * not asked again.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = "Review events, least confident and most consequential first: [a]ccept, [r]eject, [s]kip or [q]uit "
        + "each (answers are corrections signed --by you).")
final class ReviewCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Option(names = "--by", paramLabel = "NAME", description = "Who reviews (required unless --list).")
    String editor;

    @Option(names = "--list", description = "Only print the queue.")
    boolean list;

    @Option(names = "--limit", defaultValue = "25", paramLabel = "N", description = "How many events (default: ${DEFAULT-VALUE}).")
    int limit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!list && (editor == null || editor.isBlank())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give --by NAME (your answers are signed corrections), or --list");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (JdbcKnowledgeBase kb = QuerySession.openExisting(database.db)) {
            List<Item> queue = ReviewQueue.of(kb.snapshot(), kb.corrections(), limit);
            if (queue.isEmpty()) {
                out.println("Nothing to review.");
                return OrbatCommand.OK;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            int n = 0;
            for (Item item : queue) {
                show(out, ++n, queue.size(), item);
                if (list) {
                    continue;
                }
                out.print("  [a]ccept  [r]eject  [s]kip  [q]uit > ");
                out.flush();
                String answer = in.readLine();
                if (answer == null || answer.strip().toLowerCase(Locale.ROOT).startsWith("q")) {
                    break;
                }
                String key = answer.strip().toLowerCase(Locale.ROOT);
                if (key.startsWith("a") || key.startsWith("r")) {
                    CorrectionAction action = CorrectionAction.fromCode((key.startsWith("a") ? "confirm-" : "reject-") + item.kind());
                    CorrectionEntry written = kb.correct(Correction.draft(editor, "review: " + (key.startsWith("a") ? "accepted" : "rejected")
                        + String.format(Locale.ROOT, " at confidence %.2f", item.confidence()), action, item.factId(), Map.of()));
                    out.printf("  correction #%d: %s%n", written.correction().id(), written.status().detail());
                }
            }
        }
        return OrbatCommand.OK;
    }

    private static void show(PrintWriter out, int n, int of, Item item) {
        if (item.event() == null) {
            org.orbat.model.Relation r = item.statements().get(0);
            out.printf(Locale.ROOT, "[%d/%d] relation %s: %s -> %s  confidence %.2f  (%d sentence(s))%n", n, of, r.type().code(),
                item.names().get(r.source()), item.names().get(r.target()), item.confidence(), item.statements().size());
            for (org.orbat.model.Relation s : item.statements()) {
                out.printf("  \"%s\" (%s, %s)%n", s.evidence().text(), s.evidence().documentId(),
                    s.evidence().stance().name().toLowerCase(Locale.ROOT));
            }
            return;
        }
        Event e = item.event();
        out.printf(Locale.ROOT, "[%d/%d] %s  %s %s  confidence %.2f  (%d sentence(s)%s)%n", n, of, e.id(), e.type().code(),
            e.date() == null ? "undated" : e.date().iso(), item.confidence(), e.evidence().size(),
            e.fatalities() == null ? "" : ", " + e.fatalities() + " killed");
        out.printf("  %s%s; places: %s%n", names(e.side1().isEmpty() ? e.actors() : e.side1(), item.names()),
            e.side2().isEmpty() ? "" : " against " + names(e.side2(), item.names()),
            e.locations().isEmpty() ? "none" : String.join(", ", e.locations().stream().map(p -> p.name()
                + (p.admin1() == null ? "" : " (" + p.admin1() + ")")).toList()));
        for (Evidence ev : e.evidence()) {
            out.printf("  \"%s\" (%s%s, %s)%n", ev.text(), ev.documentId(), ev.reportedBy() == null ? "" : ", reported by " + ev.reportedBy(),
                ev.stance().name().toLowerCase(Locale.ROOT));
        }
    }

    private static String names(List<String> ids, Map<String, String> names) {
        return String.join(", ", ids.stream().map(id -> names.getOrDefault(id, id)).toList());
    }
}
