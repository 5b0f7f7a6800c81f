package org.orbat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.orbat.actors.RegistryEntry;
import org.orbat.actors.TransliterationActorResolver;
import org.orbat.extract.places.Gazetteer;
import org.orbat.extract.places.GazetteerPlace;
import org.orbat.model.Actor;
import org.orbat.query.ActorFinder;
import org.orbat.query.CuratedActors;
import org.orbat.query.PlaceSpellings;
import org.orbat.query.QueryService;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.StoreException;

/**
 * An open knowledge base and the queries over it, for one query command. Refuses a SQLite file that
 * does not exist, so a mistyped {@code --db} is an error rather than a new empty knowledge base.
 */
public final class QuerySession implements AutoCloseable {
    private final JdbcKnowledgeBase kb;
    private final QueryService queries;

    private QuerySession(JdbcKnowledgeBase kb) {
        this.kb = kb;
        this.queries = queriesOver(kb, Duration.ZERO);
    }

    /**
     * The queries every front end asks, over an open knowledge base: names found through the registry, places
     * by any gazetteer spelling, whole networks cached for {@code networkCacheTtl} (zero: not cached).
     */
    public static QueryService queriesOver(JdbcKnowledgeBase kb, Duration networkCacheTtl) {
        return queriesOver(kb, networkCacheTtl, org.orbat.query.Staleness.exact());
    }

    /** As {@link #queriesOver(JdbcKnowledgeBase, Duration)}, with kept answers good as long as {@code staleness} allows. */
    public static QueryService queriesOver(JdbcKnowledgeBase kb, Duration networkCacheTtl, org.orbat.query.Staleness staleness) {
        return new QueryService(kb.readModel(), registryFinder(), registryActors(), gazetteerSpellings(), Clock.systemUTC(),
            networkCacheTtl, staleness);
    }

    /**
     * Names the knowledge base has not seen ("Harakat Hazzm" when only "Hazm Movement" was
     * ingested) still find their actor through the registry's transliteration-aware resolver.
     */
    static ActorFinder registryFinder() {
        TransliterationActorResolver resolver = TransliterationActorResolver.loadDefault();
        return ActorFinder.of(name -> resolver.resolve(name).map(r -> r.actor().id()));
    }

    /** The registry's actors: names and lineage for ids the knowledge base holds no row for. */
    static CuratedActors registryActors() {
        TransliterationActorResolver resolver = TransliterationActorResolver.loadDefault();
        List<Actor> all = resolver.registry().entries().stream().map(RegistryEntry::actor).toList();
        return new CuratedActors() {
            @Override
            public List<Actor> all() {
                return all;
            }

            @Override
            public Optional<Actor> find(String id) {
                return resolver.actor(id);
            }
        };
    }

    /**
     * A place searched by any of its names ("Manbij", "Palmyra") finds events placed under the
     * gazetteer's ("Menbij", "Tadmor"): the names and alternates of every gazetteer place so called.
     * The gazetteer loads on the first place searched, not with every query command.
     */
    static PlaceSpellings gazetteerSpellings() {
        return name -> {
            Set<String> names = new LinkedHashSet<>();
            for (GazetteerPlace place : Gazetteer.loadDefault().find(name)) {
                names.add(place.name());
                names.addAll(place.alternates());
            }
            return names;
        };
    }

    static QuerySession open(String db) {
        return new QuerySession(openExisting(db));
    }

    /** The queries over release {@code release} of {@code db}, or over {@code db} itself when it is null. */
    static QuerySession open(String db, ReleaseOption release) {
        if (release == null || release.name == null) {
            return open(db);
        }
        return new QuerySession(openRelease(db, release.name, ""));
    }

    /**
     * Release {@code name} of the knowledge base at {@code db}; an unknown release is one line, prefixed with
     * {@code command}, naming the releases there are.
     */
    static JdbcKnowledgeBase openRelease(String db, String name, String command) {
        try {
            return JdbcKnowledgeBase.openRelease(requireExisting(db), name);
        } catch (IllegalArgumentException e) {
            throw new org.orbat.OrbatException(command + e.getMessage(), e);
        }
    }

    /** Opens a knowledge base that must already exist (any PostgreSQL URL counts as existing). */
    static JdbcKnowledgeBase openExisting(String db) {
        return JdbcKnowledgeBase.open(requireExisting(db));
    }

    /** {@code db}, if a knowledge base is there (any PostgreSQL URL counts as existing); opening it would create one. */
    static String requireExisting(String db) {
        if (!db.startsWith("jdbc:") && !Files.isRegularFile(Path.of(db))) {
            throw new StoreException(db, "no knowledge base here (ingest first, or pass --db)", null);
        }
        return db;
    }

    QueryService queries() {
        return queries;
    }

    @Override
    public void close() {
        kb.close();
    }
}
