package org.orbat.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.orbat.model.Actor;
import org.orbat.model.Alias;

/**
 * What one article teaches while it is read: aliases and abbreviations it defines, groups and people
 * it introduces, and the surface forms each actor takes in it. Lives for one article, one thread.
 */
final class ArticleState {
    private final Map<String, NameMatch> learnedKeys = new HashMap<>();
    private final Map<String, String> learnedAbbreviations = new HashMap<>();
    private final Map<String, Actor> discovered = new LinkedHashMap<>();
    private final Map<String, Map<String, Alias>> aliases = new LinkedHashMap<>();

    Optional<NameMatch> learned(String key) {
        return Optional.ofNullable(learnedKeys.get(key));
    }

    Optional<String> learnedAbbreviation(String word) {
        return Optional.ofNullable(learnedAbbreviations.get(word));
    }

    void learnKey(String key, String actorId, String rule) {
        if (!key.isEmpty()) {
            learnedKeys.putIfAbsent(key, new NameMatch(actorId, rule));
        }
    }

    void learnAbbreviation(String word, String actorId) {
        learnedAbbreviations.putIfAbsent(word, actorId);
    }

    void discover(Actor actor) {
        discovered.putIfAbsent(actor.id(), actor);
    }

    Optional<Actor> discovered(String id) {
        return Optional.ofNullable(discovered.get(id));
    }

    /** Records a surface form of an actor; the first origin and note given for a surface are kept. */
    void alias(String actorId, String surface, String origin, String note) {
        if (surface.isBlank()) {
            return;
        }
        aliases.computeIfAbsent(actorId, k -> new LinkedHashMap<>())
                .putIfAbsent(surface, new Alias(surface, origin, note));
    }

    List<Alias> aliasesOf(String actorId) {
        Map<String, Alias> seen = aliases.get(actorId);
        return seen == null ? List.of() : new ArrayList<>(seen.values());
    }
}
