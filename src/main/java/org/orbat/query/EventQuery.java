package org.orbat.query;

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
 * time. Reads one row more than the page to know whether another page follows, so no count of the
 * whole table is needed. Stateless; threads may share it.
 */
public final class EventQuery {
    private final ReadModel read;
    private final ActorDirectory directory;
    private final PlaceSpellings spellings;

    /** Events whose place is searched by the name as given. */
    public EventQuery(ReadModel read, ActorDirectory directory) {
        this(read, directory, PlaceSpellings.none());
    }

    /** Events whose place is searched by every spelling {@code spellings} knows for the name given. */
    public EventQuery(ReadModel read, ActorDirectory directory, PlaceSpellings spellings) {
        this.read = read;
        this.directory = directory;
        this.spellings = spellings;
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
        long offset = (long) c.page() * c.size();
        if (offset > Integer.MAX_VALUE) {
            throw new InvalidParameterException("page", Integer.toString(c.page()), "too far");
        }
        List<EventRecord> rows = read.events(new EventFilter(actorId, places, from, to, type, (int) offset, c.size() + 1));
        if (rows.isEmpty() && places.size() == 1) {
            requireKnownPlace(place);
        }
        boolean more = rows.size() > c.size();
        return new EventPage(summaries(rows.subList(0, Math.min(rows.size(), c.size()))), c.page(), c.size(), more);
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
        return summaries(read.events(EventFilter.latestOf(actorId, limit)));
    }

    List<EventSummary> summaries(List<EventRecord> rows) {
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.addAll(r.actors()));
        Map<String, ActorRef> names = directory.refs(ids);
        return rows.stream().map(r -> new EventSummary(r.id(), r.type(), r.date(), r.dateEnd(),
            r.actors().stream().map(names::get).toList(), r.places(), r.fatalities(), r.documentId())).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
