package org.orbat.extract.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.orbat.OrbatException;
import org.orbat.actors.ActorResolver;
import org.orbat.lexicon.TsvResource;
import org.orbat.model.Actor;

/**
 * Abbreviations too ambiguous for the registry ("PDF", "AA") that name one armed group in a report from
 * that group's country: "the PDF attacked a convoy" in a report whose places lie in Myanmar is the People's
 * Defence Force. Data: {@code resources/extract/country-abbreviations.tsv} (curated, sources named there);
 * every name must resolve in the registry. Immutable and thread-safe.
 */
final class CountryAbbreviations {
    private static final String RESOURCE = "/extract/country-abbreviations.tsv";

    private final Map<String, Actor> byKey;

    CountryAbbreviations(ActorResolver resolver) {
        Map<String, Actor> out = new HashMap<>();
        for (TsvResource.Row row : TsvResource.read(RESOURCE)) {
            String[] cols = row.columns();
            if (cols.length != 3 || !cols[1].trim().matches("[A-Z]{2}")) {
                throw new OrbatException(RESOURCE + ":" + row.line() + ": expected 'abbreviation<TAB>ISO2<TAB>registry name': " + row.text());
            }
            Actor actor = resolver.resolve(cols[2].trim()).map(r -> r.actor())
                .orElseThrow(() -> new OrbatException(RESOURCE + ":" + row.line() + ": not in the actor registry: " + cols[2].trim()));
            out.put(key(cols[0].trim(), cols[1].trim()), actor);
        }
        this.byKey = Map.copyOf(out);
    }

    /** The group {@code word}, written exactly so, names in a report from the country {@code iso2}; empty otherwise. */
    Optional<Actor> in(String word, String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(word, iso2)));
    }

    private static String key(String word, String iso2) {
        return word + "\t" + iso2.toUpperCase(Locale.ROOT);
    }
}
