package org.orbat.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.orbat.model.Actor;
import org.orbat.model.Event;
import org.orbat.model.Evidence;
import org.orbat.query.EventConfidence;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.KnowledgeSnapshot;
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
    private static final EventConfidence CONFIDENCE = EventConfidence.load();

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

    /** One event of the queue with its confidence and priority. */
    record Item(Event event, double confidence, double priority) {
    }

    @Override
    public Integer call() throws Exception {
        if (!list && (editor == null || editor.isBlank())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give --by NAME (your answers are signed corrections), or --list");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (JdbcKnowledgeBase kb = QuerySession.openExisting(database.db)) {
            KnowledgeSnapshot snapshot = kb.snapshot();
            Map<String, Actor> actors = new HashMap<>();
            snapshot.actors().forEach(a -> actors.put(a.actor().id(), a.actor()));
            List<Item> queue = queue(snapshot, actors, reviewed(kb.corrections()));
            if (queue.isEmpty()) {
                out.println("Nothing to review.");
                return OrbatCommand.OK;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            int n = 0;
            for (Item item : queue.subList(0, Math.min(limit, queue.size()))) {
                show(out, ++n, Math.min(limit, queue.size()), item, actors);
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
                    CorrectionAction action = key.startsWith("a") ? CorrectionAction.CONFIRM_EVENT : CorrectionAction.REJECT_EVENT;
                    CorrectionEntry written = kb.correct(Correction.draft(editor, "review: " + (key.startsWith("a") ? "accepted" : "rejected")
                        + String.format(Locale.ROOT, " at confidence %.2f", item.confidence()), action, item.event().id(), Map.of()));
                    out.printf("  correction #%d: %s%n", written.correction().id(), written.status().detail());
                }
            }
        }
        return OrbatCommand.OK;
    }

    /** Events not yet confirmed or rejected, by priority: doubt times consequence. */
    static List<Item> queue(KnowledgeSnapshot snapshot, Map<String, Actor> actors, Set<String> reviewed) {
        Map<String, Double> confidence = CONFIDENCE.ofAll(snapshot.events());
        List<Item> out = new ArrayList<>();
        for (Event e : snapshot.events()) {
            if (reviewed.contains(e.id())) {
                continue;
            }
            double c = confidence.get(e.id());
            boolean newActor = e.actors().stream().map(actors::get).anyMatch(a -> a != null && a.discovered());
            double consequence = (1 + Math.log1p(e.evidence().size())) * (e.fatalities() != null && e.fatalities() > 0 ? 2 : 1)
                * (newActor ? 1.5 : 1);
            out.add(new Item(e, c, (1 - c) * consequence));
        }
        out.sort(Comparator.comparingDouble(Item::priority).reversed().thenComparing(i -> i.event().id()));
        return out;
    }

    private static Set<String> reviewed(List<CorrectionEntry> corrections) {
        Set<String> out = new HashSet<>();
        for (CorrectionEntry e : corrections) {
            CorrectionAction a = e.correction().action();
            if ((a == CorrectionAction.CONFIRM_EVENT || a == CorrectionAction.REJECT_EVENT) && e.status() != null) {
                out.add(e.status().target());
            }
        }
        return out;
    }

    private static void show(PrintWriter out, int n, int of, Item item, Map<String, Actor> actors) {
        Event e = item.event();
        out.printf(Locale.ROOT, "[%d/%d] %s  %s %s  confidence %.2f  (%d report(s)%s)%n", n, of, e.id(), e.type().code(),
            e.date() == null ? "undated" : e.date().iso(), item.confidence(), e.evidence().size(),
            e.fatalities() == null ? "" : ", " + e.fatalities() + " killed");
        out.printf("  %s%s; places: %s%n", names(e.side1().isEmpty() ? e.actors() : e.side1(), actors),
            e.side2().isEmpty() ? "" : " against " + names(e.side2(), actors),
            e.locations().isEmpty() ? "none" : String.join(", ", e.locations().stream().map(p -> p.name()
                + (p.admin1() == null ? "" : " (" + p.admin1() + ")")).toList()));
        for (Evidence ev : e.evidence()) {
            out.printf("  \"%s\" (%s%s, %s)%n", ev.text(), ev.documentId(), ev.reportedBy() == null ? "" : ", reported by " + ev.reportedBy(),
                ev.stance().name().toLowerCase(Locale.ROOT));
        }
    }

    private static String names(List<String> ids, Map<String, Actor> actors) {
        return String.join(", ", ids.stream().map(id -> actors.containsKey(id) ? actors.get(id).name() : id).toList());
    }
}
