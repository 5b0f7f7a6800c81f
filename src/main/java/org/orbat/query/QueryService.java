package org.orbat.query;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.orbat.model.DateValue;
import org.orbat.store.ReadModel;

/**
 * The read side's front door, shared by the CLI and the HTTP API: text parameters in, records out.
 * Each method checks its parameters ({@link InvalidParameterException}), resolves actor names through
 * the {@link ActorFinder} chain (exact id or alias, then any plugged-in resolver;
 * {@link UnknownActorException} on a miss) and delegates to one query class. A missing date means
 * today, by the injected clock. Stateless; threads may share it.
 */
public final class QueryService {
    private final Clock clock;
    private final ReadModel read;
    private final ActorQuery actors;
    private final NetworkQuery network;
    private final LineageQuery lineage;
    private final EventQuery events;
    private final EvidenceQuery evidence;
    private final DocumentQuery documents;
    private final PairHistoryQuery pairs;
    private final Staleness staleness;

    /** Queries over {@code read}, finding actors by exact id or alias, then through {@code resolver}. */
    public QueryService(ReadModel read, ActorFinder resolver, Clock clock) {
        this(read, resolver, clock, Duration.ZERO);
    }

    /**
     * Like {@link #QueryService(ReadModel, ActorFinder, Clock)}, but when {@code networkCacheTtl} is
     * positive the whole network is answered from relations held in memory that long: for servers.
     */
    public QueryService(ReadModel read, ActorFinder resolver, Clock clock, Duration networkCacheTtl) {
        this(read, resolver, PlaceSpellings.none(), clock, networkCacheTtl);
    }

    /**
     * Like {@link #QueryService(ReadModel, ActorFinder, Clock, Duration)}, with events searched by every
     * spelling {@code places} knows for the place asked.
     */
    public QueryService(ReadModel read, ActorFinder resolver, PlaceSpellings places, Clock clock, Duration networkCacheTtl) {
        this(read, resolver, CuratedActors.none(), places, clock, networkCacheTtl);
    }

    /**
     * Like {@link #QueryService(ReadModel, ActorFinder, PlaceSpellings, Clock, Duration)}, with the
     * curated actors answering for ids no document mentioned (names, profiles, lineage).
     */
    public QueryService(ReadModel read, ActorFinder resolver, CuratedActors curated, PlaceSpellings places, Clock clock,
                        Duration networkCacheTtl) {
        this(read, resolver, curated, places, clock, networkCacheTtl, Staleness.exact());
    }

    /**
     * Like {@link #QueryService(ReadModel, ActorFinder, CuratedActors, PlaceSpellings, Clock, Duration)}, with answers a
     * server keeps (actor standings here, response bodies in the server) good for as long as {@code staleness} allows.
     */
    public QueryService(ReadModel read, ActorFinder resolver, CuratedActors curated, PlaceSpellings places, Clock clock,
                        Duration networkCacheTtl, Staleness staleness) {
        this.clock = clock;
        this.staleness = staleness;
        this.read = read;
        ActorDirectory directory = new ActorDirectory(read, ActorFinder.exact(read).orElse(resolver), curated);
        // A server (one that keeps the network) also keeps each actor's standing between dates.
        this.actors = new ActorQuery(read, directory, !networkCacheTtl.isZero(), staleness);
        this.network = networkCacheTtl.isZero() ? new NetworkQuery(read, directory)
            : new NetworkQuery(read, directory, clock, networkCacheTtl);
        this.lineage = new LineageQuery(read, directory);
        this.events = new EventQuery(read, directory, places);
        this.evidence = new EvidenceQuery(read, directory);
        this.documents = new DocumentQuery(read, directory);
        this.pairs = new PairHistoryQuery(read, directory, evidence);
    }

    /**
     * What every answer depends on besides its parameters: the knowledge base's change token ({@link
     * ReadModel#changeToken()}) and today's date, the default of every date parameter. An answer read under an equal
     * token is still the answer, so a server may keep it.
     */
    public String answerToken() {
        return read.changeToken() + "@" + LocalDate.now(clock);
    }

    /**
     * Like {@link #answerToken()}, for a network answer: whole networks ({@code around} absent) of a server that holds
     * the relations in memory are read from that copy only, so their token is its generation and today's date. A
     * commit then does not throw away answers that would come out byte for byte the same until the copy is reloaded
     * (after its time to live): under an ingest committing every few seconds, recomputing each month's whole network
     * (a few MB of JSON, gzipped) after every commit held fifty readers' answers at seconds (docs/performance.md).
     */
    public String networkAnswerToken(String around) {
        if (around != null && !around.isBlank()) {
            return answerToken();
        }
        java.util.OptionalLong generation = network.wholeNetworkGeneration();
        return generation.isPresent() ? "network#" + generation.getAsLong() + "@" + LocalDate.now(clock) : answerToken();
    }

    /** How far behind the knowledge base answers kept for these queries may be. */
    public Staleness staleness() {
        return staleness;
    }

    /** Queries finding actors by exact id or alias only. */
    public static QueryService over(ReadModel read, Clock clock) {
        return new QueryService(read, ActorFinder.none(), clock);
    }

    public ActorProfile actor(String name, String at) {
        return actors.profile(name, date("at", at));
    }

    /** The whole network at a date, or the neighbourhood of {@code around} when it is given. */
    public Network network(String at, String around, int depth) {
        DateValue when = date("at", at);
        return around == null || around.isBlank() ? network.at(when) : network.around(around, when, depth);
    }

    /** The renames, mergers and splits leading to and from the actor, oldest first. */
    public LineageChain lineage(String name) {
        return lineage.chain(name);
    }

    /** Every relation stated between two actors, in either direction, oldest first, with its evidence. */
    public PairHistory relations(String first, String second) {
        return pairs.between(first, second);
    }

    public EventPage events(EventCriteria criteria) {
        return events.find(criteria);
    }

    public FactEvidence evidence(String factId) {
        return evidence.requireFact(factId);
    }

    /** Documents, newest first, with their fact counts. */
    public List<DocumentSummary> documents(int page, int size) {
        return documents.list(page, size);
    }

    /** The document a key names (id, source id, path or file name) and the facts read from it. */
    public DocumentDetail document(String key) {
        return documents.require(key);
    }

    /** Actors, most mentioned first; {@code filter} keeps those with a name or alias containing it. */
    public List<ActorSummary> actors(String filter, int page, int size) {
        QueryParameters.requirePage(page);
        QueryParameters.requireSize(size);
        long offset = (long) page * size;
        if (offset > Integer.MAX_VALUE) {
            throw new InvalidParameterException("page", Integer.toString(page), "too far");
        }
        return read.actorsByMentions(filter, (int) offset, size).stream()
            .map(a -> new ActorSummary(a.actor().id(), a.actor().name(), a.actor().kind(), a.mentions())).toList();
    }

    private DateValue date(String parameter, String text) {
        return QueryParameters.date(parameter, text).orElseGet(() -> DateValue.day(LocalDate.now(clock)));
    }
}
