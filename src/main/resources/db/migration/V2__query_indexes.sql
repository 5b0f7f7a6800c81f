-- Orbat knowledge base, version 2: indexes for the read side (orbat actor, network, events, lineage).
-- Portable SQL: expression indexes on lower(...) work in SQLite (3.9+) and PostgreSQL alike.

-- Actor lookup by canonical name or alias, ignoring case.
CREATE INDEX idx_actors_lower_name ON actors (lower(name));
CREATE INDEX idx_aliases_lower_name ON aliases (lower(name));
-- Lineage steps that point at an actor (the other direction is the primary key).
CREATE INDEX idx_lineage_target ON lineage (target_id);
-- The network at a date reads the relations that began by then; covering, so no row lookups.
CREATE INDEX idx_relations_start ON relations (start_date, end_date, type, source_actor, target_actor, id, document_id);
-- Event pages: newest first, by type, by place name or governorate.
CREATE INDEX idx_events_date_id ON events (date, id);
CREATE INDEX idx_events_type_date ON events (type, date);
CREATE INDEX idx_event_places_lower_name ON event_places (lower(name));
CREATE INDEX idx_event_places_lower_admin1 ON event_places (lower(admin1));
-- Evidence by fact is the primary key; evidence rows of a document already have an index.
