package org.orbat.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.orbat.model.DateValue;
import org.orbat.model.EventType;
import org.orbat.store.EventFilter;
import org.orbat.store.EventRecord;
import org.orbat.store.ReadModel;

/**
 * Events filtered by actor, place (name or governorate), period and type, newest first, a page at a
 * time. Events are merged across documents ({@link MergedEvents}): an event matches when any of its
 * reports does, and is listed once, where its newest matching report falls. With a period, events no
 * report dates follow the dated ones (they may fall in any period): undated, never dropped, unless
 * {@link EventCriteria#undated} says otherwise ({@link Undated}). Reads report rows in pages until the page and one event more
 * are found, so no count of the whole table is needed. Stateless; threads may share it.
 */
public final class EventQuery {
    private final ReadModel read;
    private final ActorDirectory directory;
    private final PlaceSpellings spellings;
    private final MergedEvents merged;

    /** Events whose place is searched by the name as given. */
    public EventQuery(ReadModel read, ActorDirectory directory) {
        this(read, directory, PlaceSpellings.none());
    }

    /** Events whose place is searched by every spelling {@code spellings} knows for the name given. */
    public EventQuery(ReadModel read, ActorDirectory directory, PlaceSpellings spellings) {
        this.read = read;
        this.directory = directory;
        this.spellings = spellings;
        this.merged = new MergedEvents(read, directory);
    }

    public EventPage find(EventCriteria c) {
        QueryParameters.requirePage(c.page());
        QueryParameters.requireSize(c.size());
        DateValue from = QueryParameters.date("from", c.from()).orElse(null);
        DateValue to = QueryParameters.date("to", c.to()).orElse(null);
        EventType type = QueryParameters.eventType(c.type()).orElse(null);
        String actorId = blank(c.actor()) ? null : directory.requireActor(c.actor()).id();
        String place = blank(c.place()) ? null : c.place().trim();
        List<String> places = place == null ? List.of() : placeNames(place);
        long wanted = (long) (c.page() + 1) * c.size() + 1;
        if (wanted > Integer.MAX_VALUE) {
            throw new InvalidParameterException("page", Integer.toString(c.page()), "too far");
        }
        Undated undated = Undated.parse(c.undated());
        EventFilter filter = new EventFilter(actorId, places, from, to, type, 0, (int) wanted);
        Set<String> events = new LinkedHashSet<>();
        boolean any = switch (undated) {
            case ONLY -> collect(filter.dating(EventFilter.Dating.UNDATED), (int) wanted, events);
            case WITHOUT -> collect(filter.dating(EventFilter.Dating.DATED), (int) wanted, events);
            case WITH -> collect(filter, (int) wanted, events);
        };
        if (undated == Undated.WITH && filter.dated() && events.size() < wanted) {
            // A period cannot tell whether an undated event falls in it: shown after the dated ones, not dropped.
            any |= collect(filter.dating(EventFilter.Dating.UNDATED), (int) wanted, events);
        }
        if (!any && places.size() == 1) {
            requireKnownPlace(place);
        }
        List<String> ids = new ArrayList<>(events);
        int first = Math.min(ids.size(), c.page() * c.size());
        List<String> shown = ids.subList(first, Math.min(ids.size(), first + c.size()));
        return new EventPage(merged.summaries(shown), c.page(), c.size(), ids.size() > first + c.size());
    }

    /**
     * Adds the events of the reports {@code filter} matches, in its order, until {@code wanted} events are
     * known or the reports run out; reads more reports while merged reports leave the count short.
     *
     * @return whether any report matched
     */
    private boolean collect(EventFilter filter, int wanted, Set<String> events) {
        int offset = 0;
        while (true) {
            List<EventRecord> rows = read.events(filter.rows(offset, wanted));
            rows.forEach(r -> events.add(r.eventId()));
            offset += rows.size();
            if (rows.size() < wanted || events.size() >= wanted) {
                return offset > 0;
            }
        }
    }

    /** The place asked for and every other spelling of it. */
    private List<String> placeNames(String place) {
        Set<String> names = new LinkedHashSet<>();
        names.add(place);
        names.addAll(spellings.of(place));
        return List.copyOf(names);
    }

    /**
     * Throws {@link UnknownPlaceException}, with the closest names events are placed at, when no event
     * is placed at {@code place}: asked only after a search by a name with no other spelling found nothing.
     */
    private void requireKnownPlace(String place) {
        List<String> known = read.placeNames();
        if (known.stream().noneMatch(place::equalsIgnoreCase)) {
            throw new UnknownPlaceException(place, Suggestions.closest(place, new TreeSet<>(known)));
        }
    }

    /** The latest {@code limit} events of an actor, for profiles. */
    List<EventSummary> latest(String actorId, int limit) {
        Set<String> events = new LinkedHashSet<>();
        collect(EventFilter.latestOf(actorId, limit), limit, events);
        return merged.summaries(List.copyOf(events).subList(0, Math.min(limit, events.size())));
    }

    /** The events one document reported, each as it reported it (before merging with other documents). */
    List<EventSummary> asReported(List<EventRecord> rows) {
        Map<String, List<org.orbat.model.Event>> reports = read.reportsOf(rows.stream().map(EventRecord::id).toList());
        return merged.asReported(rows.stream().map(r -> reports.getOrDefault(r.id(), List.of()).stream()
            .filter(e -> e.id().equals(r.id())).findFirst()).flatMap(java.util.Optional::stream).toList());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
