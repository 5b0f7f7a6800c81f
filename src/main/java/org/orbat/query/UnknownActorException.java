package org.orbat.query;

import java.util.List;
import org.orbat.OrbatException;

/** No actor has the given id, canonical name or alias; carries the name asked for. */
public final class UnknownActorException extends OrbatException {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<String> suggestions;

    public UnknownActorException(String name) {
        this(name, List.of());
    }

    /** With the known names closest to {@code name}, offered in the message ("did you mean Levant Front?"). */
    public UnknownActorException(String name, List<String> suggestions) {
        super("unknown actor '" + name + "'" + Suggestions.phrase(suggestions));
        this.name = name;
        this.suggestions = List.copyOf(suggestions);
    }

    public List<String> suggestions() {
        return suggestions;
    }

    public String name() {
        return name;
    }
}
