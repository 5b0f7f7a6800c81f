package org.orbat.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.Evidence;

/**
 * Indexed reads of the knowledge base for the query side: each method answers from an index, never
 * by scanning a fact table, with exceptions whose answer is the whole table by nature:
 * {@link #relationsStartedBy} (the whole network at a date), {@link #actorNames} (naming it) and the
 * unfiltered {@link #actorsByMentions} (one pass over the mentions index). Implementations are safe
 * to share between threads.
 */
public interface ReadModel {

    Optional<ActorRecord> findActor(String id);

    /** Actors by id, for naming the actors a result refers to; ids not found are left out. */
    Map<String, ActorRecord> actors(Collection<String> ids);

    /** Every actor's canonical name, by id: the whole actors table, for naming a whole network. */
    Map<String, String> actorNames();

    /**
     * A token that differs from every earlier one whenever the knowledge base may have changed since,
     * by this or any other process, so that what was read under an equal token still holds. Costs
     * microseconds: callers check it before answering from what they read earlier.
     */
    String changeToken();

    /** Ids of actors whose canonical name or an alias equals {@code name}, ignoring case; canonical matches first. */
    List<String> actorIdsNamed(String name);

    /** Actors with their mention counts, most mentioned first; {@code query} filters on a name or alias substring. */
    List<ActorCountRecord> actorsByMentions(String query, int offset, int limit);

    List<AliasRecord> aliases(String actorId);

    long mentionCount(String actorId);

    /** Lineage steps from or to the actor. */
    List<LineageRecord> lineage(String actorId);

    /** Relation rows in which the actor is source or target. */
    List<RelationRecord> relationsOf(String actorId);

    /**
     * Relation rows whose start is unknown or no later than {@code at}'s last day, numbering their
     * actors as {@code actors} does (and those it lacks after them).
     */
    RelationTable relationsStartedBy(DateValue at, ActorNumbering actors);

    Optional<RelationRecord> findRelation(String id);

    Optional<EventRecord> findEvent(String id);

    /**
     * Event reports matching the filter, newest first, ties broken by id; unknown dates sort last on
     * SQLite and first on PostgreSQL. Each row names the merged event it is part of.
     */
    List<EventRecord> events(EventFilter filter);

    /**
     * For each id asked (an event's, or any of the reports merged into it), every stored report of that
     * event, whole: sides, places, evidence. Ids of no event are left out.
     */
    Map<String, List<Event>> reportsOf(Collection<String> eventIds);

    /** The evidence behind a relation or event, in stored order. */
    List<Evidence> evidence(String factId);

    /**
     * Every name and first-level division an event is placed at, distinct: the places a search can
     * find, for suggesting one when a search names none. A whole-table read, for the error path.
     */
    List<String> placeNames();

    /** Documents by id; ids not found are left out. */
    Map<String, DocumentRecord> documents(Collection<String> ids);

    /**
     * The document a key names: its id, the id its JSONL line gave it, the path it was read from, or
     * that path's file name; an id wins over the others.
     */
    Optional<DocumentRecord> findDocument(String key);

    /** Documents with their fact counts, newest publication first (unknown dates last), ties by id. */
    List<DocumentCountRecord> documentsByDate(int offset, int limit);

    /** The relation rows read from one document, in the order they were read (shorter ids first: r2 before r10). */
    List<RelationRecord> relationsIn(String documentId);

    /** The event rows read from one document, with their actors and places, in the order they were read. */
    List<EventRecord> eventsIn(String documentId);

    /** The analysts' corrections, oldest first, each with what its last application found. */
    List<org.orbat.store.corrections.CorrectionEntry> corrections();
}
