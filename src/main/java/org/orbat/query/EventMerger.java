package org.orbat.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
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

    public List<Event> merge(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Event::id));
        // Undated reports go last, so they join an event already dated by another report.
        List<Event> out = new ArrayList<>();
        for (Event e : sorted) {
            int target = -1;
            for (int i = out.size() - 1; i >= 0 && target < 0; i--) {
                if (same(out.get(i), e)) {
                    target = i;
                }
            }
            if (target < 0) {
                out.add(e);
            } else {
                out.set(target, combine(out.get(target), e));
            }
        }
        out.sort(Comparator.comparing(Event::id));
        return out;
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

    private static Event combine(Event a, Event b) {
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
