package org.orbat.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.orbat.model.DateValue;
import org.orbat.model.Place;
import org.orbat.query.ActorRef;

/** Short text forms of query values for table cells. */
final class Cells {
    private Cells() {
    }

    static String actors(List<ActorRef> actors) {
        return actors.stream().map(ActorRef::name).collect(Collectors.joining(", "));
    }

    static String places(List<Place> places) {
        return places.stream().map(p -> p.admin1() == null || p.admin1().equals(p.name()) ? p.name()
            : p.name() + " (" + p.admin1() + ")").collect(Collectors.joining(", "));
    }

    /** A date or period ({@code 2015-03-01/2015-03-04}); {@code undated} when none is known, never blank. */
    static String period(DateValue date, DateValue end) {
        return date == null ? "undated" : end == null ? date.iso() : date.iso() + "/" + end.iso();
    }

    static String join(List<?> values) {
        return values.isEmpty() ? "-" : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
