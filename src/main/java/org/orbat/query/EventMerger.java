package org.orbat.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.EventType;
import org.orbat.model.Evidence;
import org.orbat.model.Place;

/**
 * Merges reports of the same happening from different documents into one event with several pieces
 * of evidence: same type (a battle and a capture of the same ground count as one), the same day, at
 * least one shared actor, and a shared place (same name or within 5 km). Events of different days or
 * places farther apart are different incidents and are never merged. Differing tolls survive in the evidence; the event keeps the lowest, after ACLED's
 * convention of the most conservative estimate. Stateless.
 */
public final class EventMerger {
    /** Reports of one incident place it within a few km; farther apart they are two incidents. */
    private static final double NEAR_KM = 5;

    /** The order reports are merged in: dated first, by date then id; undated last, by id. */
    static final Comparator<Event> ORDER =
        Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Event::id);

    /** One merged event and the reports it was built from, in the order they were merged. */
    public record Merged(Event event, List<Event> reports) {
        public Merged {
            reports = List.copyOf(reports);
        }
    }

    public List<Event> merge(List<Event> events) {
        return groups(events).stream().map(Merged::event).toList();
    }

    /**
     * Merges as {@link #merge} does, keeping each merged event's reports. Each report joins the
     * latest-formed event it matches ({@link #same}), else starts its own. Only events sharing an
     * actor with the report can match, and while dated reports are merged (in date order), only events
     * whose period reaches the report's day; so the events compared are looked up by actor, and events
     * whose period has ended are dropped from that look-up, which keeps the work near-linear on a
     * knowledge base of a million events instead of comparing every pair.
     */
    public List<Merged> groups(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(ORDER);
        List<Event> out = new ArrayList<>();
        List<List<Event>> members = new ArrayList<>();
        ActorLookup lookup = new ActorLookup();
        boolean undatedPhase = false;
        for (Event e : sorted) {
            if (e.date() == null && !undatedPhase) {
                // Undated reports may join any dated event whatever its day or precision: look them all up.
                undatedPhase = true;
                lookup = new ActorLookup();
                for (int i = 0; i < out.size(); i++) {
                    if (out.get(i).date() != null) {
                        lookup.add(i, new LinkedHashSet<>(out.get(i).actors()));
                    }
                }
            }
            int target = -1;
            boolean dayPrecise = e.date() != null && e.date().precision() == DateValue.Precision.DAY;
            if (undatedPhase || dayPrecise) {
                for (int i : lookup.candidates(e, out, undatedPhase)) {
                    if (same(out.get(i), e)) {
                        target = i;
                        break;
                    }
                }
            }
            if (target < 0) {
                out.add(e);
                List<Event> list = new ArrayList<>();
                list.add(e);
                members.add(list);
                if (dayPrecise) {
                    lookup.add(out.size() - 1, new LinkedHashSet<>(e.actors()));
                }
            } else {
                Event before = out.get(target);
                Event combined = combine(before, e);
                out.set(target, combined);
                members.get(target).add(e);
                Set<String> added = new LinkedHashSet<>(combined.actors());
                added.removeAll(before.actors());
                lookup.add(target, added);
            }
        }
        List<Merged> merged = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            merged.add(new Merged(out.get(i), members.get(i)));
        }
        merged.sort(Comparator.comparing(m -> m.event().id()));
        return merged;
    }

    /**
     * For each report merged with others, the id of the event they make (its first report's); what the
     * store records after an ingest ({@link org.orbat.store.KnowledgeBase#mergeEvents}).
     */
    public Map<String, String> mergedIds(List<Event> reports) {
        Map<String, String> out = new HashMap<>();
        for (Merged m : groups(reports)) {
            if (m.reports().size() > 1) {
                m.reports().forEach(r -> out.put(r.id(), m.event().id()));
            }
        }
        return out;
    }

    /**
     * The event the reports of one merged event make, merged in {@link #groups}' order: given the
     * reports {@link #groups} put together, the same event it made.
     */
    public Event fold(List<Event> reports) {
        List<Event> sorted = new ArrayList<>(reports);
        sorted.sort(ORDER);
        Event out = sorted.get(0);
        for (Event e : sorted.subList(1, sorted.size())) {
            out = combine(out, e);
        }
        return out;
    }

    /**
     * Formed events by actor, for finding those a report may match. While dated reports are merged,
     * an event whose period ended before the report's day can match none of the later ones (they
     * come in date order) and is dropped when met.
     */
    private static final class ActorLookup {
        private final Map<String, List<Integer>> byActor = new HashMap<>();

        /** Files a formed event under actors it was not filed under yet (each once). */
        void add(int event, Set<String> actors) {
            for (String a : actors) {
                byActor.computeIfAbsent(a, k -> new ArrayList<>()).add(event);
            }
        }

        /** Events sharing an actor with {@code e}, latest formed first. */
        List<Integer> candidates(Event e, List<Event> out, boolean undated) {
            Set<Integer> found = new HashSet<>();
            for (String a : new LinkedHashSet<>(e.actors())) {
                List<Integer> list = byActor.get(a);
                if (list == null) {
                    continue;
                }
                if (!undated) {
                    list.removeIf(i -> ended(out.get(i), e.date()));
                }
                found.addAll(list);
            }
            List<Integer> sorted = new ArrayList<>(found);
            sorted.sort(Comparator.reverseOrder());
            return sorted;
        }

        private static boolean ended(Event formed, DateValue day) {
            DateValue end = formed.dateEnd() == null ? formed.date() : formed.dateEnd();
            return end.last().isBefore(day.date());
        }
    }

    /**
     * Whether two reports describe one happening. Only day-precise dates are compared: a report
     * dated "2015" overlaps every event of that year and would swallow them. A report with no date
     * at all (its article gave none) joins a dated one only when both name the same two parties and
     * the same exact place.
     */
    static boolean same(Event a, Event b) {
        boolean typeOk = a.type().compatible(b.type());
        boolean docsDiffer = a.evidence().stream().map(Evidence::documentId).noneMatch(
            d -> b.evidence().stream().anyMatch(x -> x.documentId().equals(d)));
        if (!typeOk || !docsDiffer) {
            return false;
        }
        long sharedActors = a.actors().stream().filter(b.actors()::contains).count();
        if (a.date() == null || b.date() == null) {
            return (a.date() != null || b.date() != null) && sharedActors >= 2 && sharedExactPlace(a, b, false);
        }
        if (a.date().precision() != DateValue.Precision.DAY || b.date().precision() != DateValue.Precision.DAY) {
            return false;
        }
        // Different days are different incidents (ACLED codes one event per day and place): the periods must share a day.
        DateValue aEnd = a.dateEnd() == null ? a.date() : a.dateEnd();
        DateValue bEnd = b.dateEnd() == null ? b.date() : b.dateEnd();
        boolean overlap = !aEnd.last().isBefore(b.date().date()) && !bEnd.last().isBefore(a.date().date());
        return overlap && sharedActors >= 1 && sharedExactPlace(a, b, true);
    }

    /** A place both name, or two places within 30 km; places inferred from the article as a whole do not count. */
    private static boolean sharedExactPlace(Event a, Event b, boolean nearEnough) {
        for (Place p : a.locations()) {
            for (Place q : b.locations()) {
                if ("governorate".equals(p.precision()) || "governorate".equals(q.precision())) {
                    continue;
                }
                if (p.name().equalsIgnoreCase(q.name()) || nearEnough && km(p, q) <= NEAR_KM) {
                    return true;
                }
            }
        }
        return false;
    }

    static Event combine(Event a, Event b) {
        Set<String> side1 = new LinkedHashSet<>(a.side1());
        Set<String> side2 = new LinkedHashSet<>(a.side2());
        b.side1().stream().filter(x -> !side2.contains(x)).forEach(side1::add);
        b.side2().stream().filter(x -> !side1.contains(x)).forEach(side2::add);
        Set<String> actors = new LinkedHashSet<>(side1);
        actors.addAll(side2);
        actors.addAll(a.actors());
        actors.addAll(b.actors());
        List<Place> places = new ArrayList<>(a.locations());
        for (Place p : b.locations()) {
            if (places.stream().noneMatch(q -> q.name().equals(p.name()))) {
                places.add(p);
            }
        }
        List<Evidence> evidence = new ArrayList<>(a.evidence());
        evidence.addAll(b.evidence());
        if (b.date() == null || a.date() == null) {
            Event dated = a.date() != null ? a : b;
            return new Event(a.id(), a.type(), dated.date(), dated.dateEnd(), List.copyOf(actors), List.copyOf(side1),
                List.copyOf(side2), a.subEvent(), places, lowest(evidence), evidence);
        }
        DateValue start = a.date().compareTo(b.date()) <= 0 ? a.date() : b.date();
        DateValue end = latest(List.of(a.date(), b.date(), a.dateEnd() == null ? a.date() : a.dateEnd(),
            b.dateEnd() == null ? b.date() : b.dateEnd()));
        return new Event(a.id(), a.type(), start, end.equals(start) ? null : end, List.copyOf(actors), List.copyOf(side1),
            List.copyOf(side2), a.subEvent(), places, lowest(evidence), evidence);
    }

    /**
     * The lowest toll any report gives (reports of one incident disagree; ACLED takes the most
     * conservative), never a sum; 0 when reports say nobody died and none says otherwise.
     */
    private static Integer lowest(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::fatalities).filter(Objects::nonNull).filter(f -> f > 0)
            .min(Integer::compareTo)
            .orElse(evidence.stream().anyMatch(e -> Integer.valueOf(0).equals(e.fatalities())) ? 0 : null);
    }

    private static DateValue latest(List<DateValue> dates) {
        return dates.stream().max(Comparator.comparing(DateValue::last)).orElseThrow();
    }

    private static double km(Place a, Place b) {
        double la1 = Math.toRadians(a.lat());
        double la2 = Math.toRadians(b.lat());
        double dla = la2 - la1;
        double dlo = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dla / 2) * Math.sin(dla / 2) + Math.cos(la1) * Math.cos(la2) * Math.sin(dlo / 2) * Math.sin(dlo / 2);
        return 12742 * Math.asin(Math.sqrt(h));
    }
}
