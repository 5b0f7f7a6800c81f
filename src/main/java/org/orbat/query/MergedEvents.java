package org.orbat.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.orbat.model.Event;
import org.orbat.model.Evidence;
import org.orbat.store.ReadModel;

/**
 * Events as every reader shows them: the reports the last ingest's {@link EventMerger} pass grouped
 * (stored with each report) folded into one event by the same merger, as the export makes them, each
 * report keeping its own date and toll. Read by index for the events a page shows, never the whole table.
 * Stateless; threads may share it.
 */
final class MergedEvents {
    private final ReadModel read;
    private final ActorDirectory directory;
    private final EventMerger merger = new EventMerger();

    MergedEvents(ReadModel read, ActorDirectory directory) {
        this.read = read;
        this.directory = directory;
    }

    /** One merged event and its reports. */
    record Merged(Event event, List<Event> reports) {
        Merged {
            reports = List.copyOf(reports);
        }
    }

    /** The event that {@code id} (its own or any of its reports') names. */
    Optional<Merged> find(String id) {
        List<Event> reports = read.reportsOf(List.of(id)).get(id);
        return reports == null || reports.isEmpty() ? Optional.empty() : Optional.of(new Merged(merger.fold(reports), reports));
    }

    /** The events that {@code ids} name, in that order, each once. */
    List<EventSummary> summaries(Collection<String> ids) {
        Map<String, List<Event>> reports = read.reportsOf(ids);
        List<Merged> merged = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String id : ids) {
            List<Event> r = reports.get(id);
            if (r != null && !r.isEmpty()) {
                Event event = merger.fold(r);
                if (seen.add(event.id())) {
                    merged.add(new Merged(event, r));
                }
            }
        }
        return summarise(merged);
    }

    /** Each report as its own event: what one document read, before merging. */
    List<EventSummary> asReported(List<Event> reports) {
        return summarise(reports.stream().map(r -> new Merged(r, List.of(r))).toList());
    }

    private List<EventSummary> summarise(List<Merged> merged) {
        Set<String> ids = new LinkedHashSet<>();
        merged.forEach(m -> ids.addAll(m.event().actors()));
        Map<String, ActorRef> names = directory.refs(ids);
        return merged.stream().map(m -> summary(m, names)).toList();
    }

    private static EventSummary summary(Merged m, Map<String, ActorRef> names) {
        Event e = m.event();
        List<Event> reports = new ArrayList<>(m.reports());
        reports.sort(EventMerger.ORDER);
        return new EventSummary(e.id(), e.type(), e.date(), e.dateEnd(), e.actors().stream().map(names::get).toList(),
            e.locations(), e.fatalities(), reports.get(0).evidence().stream().map(Evidence::documentId).findFirst()
                .orElse(null), tolls(e), reports.stream().map(MergedEvents::report).toList());
    }

    /** The distinct tolls an event's evidence gives, lowest first; the event's own toll when no evidence gives one. */
    static List<Integer> tolls(Event e) {
        List<Integer> tolls = e.evidence().stream().map(Evidence::fatalities).filter(Objects::nonNull).distinct().sorted().toList();
        return tolls.isEmpty() && e.fatalities() != null ? List.of(e.fatalities()) : tolls;
    }

    static EventReport report(Event r) {
        return new EventReport(r.id(), r.evidence().stream().map(Evidence::documentId).findFirst().orElse(null), r.date(),
            r.dateEnd(), r.fatalities());
    }
}
