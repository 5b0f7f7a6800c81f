package org.orbat.actors;

import java.util.List;
import java.util.Objects;
import org.orbat.model.Actor;

/**
 * One curated actor with what the registry knows beyond the {@link Actor} record.
 *
 * @param actor the actor, its aliases marked {@code registry}
 * @param abbreviations acronyms, matched case-sensitively ({@code HTS}, {@code IS}, {@code US})
 * @param references generic phrases that by coder convention name this actor and may be written in
 *                   lower case ({@code government forces} for the Syrian Arab Army)
 * @param sources where the entry comes from, as {@code source-id} or {@code source-id:article}
 * @param takesOver actors whose mentions this one stands for from a date on ({@link Succession})
 */
public record RegistryEntry(Actor actor, List<String> abbreviations, List<String> references, List<String> sources,
                            List<Succession> takesOver) {
    public RegistryEntry {
        Objects.requireNonNull(actor, "actor");
        abbreviations = List.copyOf(abbreviations);
        references = List.copyOf(references);
        sources = List.copyOf(sources);
        takesOver = List.copyOf(takesOver);
    }

    public RegistryEntry(Actor actor, List<String> abbreviations, List<String> references, List<String> sources) {
        this(actor, abbreviations, references, sources, List.of());
    }

    public String id() {
        return actor.id();
    }
}
