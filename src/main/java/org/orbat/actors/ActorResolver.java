package org.orbat.actors;

import java.util.Optional;

/**
 * Resolves one name, out of context, to a registry actor: what {@code orbat resolve} does for an
 * analyst's spreadsheet column. Implementations are safe to share between threads.
 */
public interface ActorResolver {
    Optional<Resolution> resolve(String name);
}
