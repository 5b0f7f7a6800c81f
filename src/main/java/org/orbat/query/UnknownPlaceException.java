package org.orbat.query;

import java.util.List;
import org.orbat.OrbatException;

/** No known place and no event's place goes by the given name; carries the name and the closest names that do. */
public final class UnknownPlaceException extends OrbatException {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<String> suggestions;

    public UnknownPlaceException(String name, List<String> suggestions) {
        super("unknown place '" + name + "'" + Suggestions.phrase(suggestions));
        this.name = name;
        this.suggestions = List.copyOf(suggestions);
    }

    public String name() {
        return name;
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
