-- Orbat knowledge base, version 1. Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- Every fact row carries the document it came from, so a changed article replaces its own facts only.

CREATE TABLE documents (
    id            TEXT PRIMARY KEY,
    source_key    TEXT NOT NULL UNIQUE,
    path          TEXT NOT NULL,
    source_id     TEXT,
    title         TEXT,
    outlet        TEXT,
    url           TEXT,
    published     TEXT,
    published_how TEXT,
    content_hash  TEXT NOT NULL,
    body          TEXT NOT NULL,
    ingested_at   TEXT NOT NULL
);

CREATE TABLE sentences (
    document_id  TEXT NOT NULL,
    idx          INTEGER NOT NULL,
    begin_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         TEXT NOT NULL,
    PRIMARY KEY (document_id, idx)
);

CREATE TABLE actors (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    discovered INTEGER NOT NULL
);

-- Registry aliases have document_id '' ; aliases seen or learned in a document carry its id.
CREATE TABLE aliases (
    actor_id    TEXT NOT NULL,
    name        TEXT NOT NULL,
    origin      TEXT NOT NULL,
    note        TEXT NOT NULL,
    document_id TEXT NOT NULL,
    PRIMARY KEY (actor_id, name, document_id)
);

CREATE TABLE lineage (
    actor_id  TEXT NOT NULL,
    type      TEXT NOT NULL,
    target_id TEXT NOT NULL,
    date      TEXT,
    PRIMARY KEY (actor_id, type, target_id)
);

CREATE TABLE mentions (
    document_id  TEXT NOT NULL,
    sentence_idx INTEGER NOT NULL,
    token_begin  INTEGER NOT NULL,
    token_end    INTEGER NOT NULL,
    text         TEXT NOT NULL,
    actor_id     TEXT NOT NULL,
    rule         TEXT NOT NULL,
    PRIMARY KEY (document_id, sentence_idx, token_begin)
);

CREATE TABLE relations (
    id           TEXT PRIMARY KEY,
    document_id  TEXT NOT NULL,
    type         TEXT NOT NULL,
    source_actor TEXT NOT NULL,
    target_actor TEXT NOT NULL,
    start_date   TEXT,
    end_date     TEXT
);

CREATE TABLE events (
    id          TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    type        TEXT NOT NULL,
    date        TEXT,
    date_end    TEXT,
    fatalities  INTEGER
);

CREATE TABLE event_actors (
    event_id TEXT NOT NULL,
    ord      INTEGER NOT NULL,
    actor_id TEXT NOT NULL,
    PRIMARY KEY (event_id, ord)
);

CREATE TABLE event_places (
    event_id      TEXT NOT NULL,
    ord           INTEGER NOT NULL,
    name          TEXT NOT NULL,
    lat           DOUBLE PRECISION NOT NULL,
    lon           DOUBLE PRECISION NOT NULL,
    admin1        TEXT,
    country       TEXT,
    feature_class TEXT,
    precision     TEXT,
    PRIMARY KEY (event_id, ord)
);

-- One row per report behind a relation or event: the verbatim sentence, its source, toll and stance.
CREATE TABLE evidence (
    fact_id      TEXT NOT NULL,
    ord          INTEGER NOT NULL,
    document_id  TEXT NOT NULL,
    sentence_idx INTEGER NOT NULL,
    text         TEXT NOT NULL,
    reported_by  TEXT,
    fatalities   INTEGER,
    stance       TEXT NOT NULL,
    PRIMARY KEY (fact_id, ord)
);

CREATE INDEX idx_sentences_doc ON sentences (document_id);
CREATE INDEX idx_aliases_doc ON aliases (document_id);
CREATE INDEX idx_mentions_actor ON mentions (actor_id);
CREATE INDEX idx_relations_doc ON relations (document_id);
CREATE INDEX idx_relations_source ON relations (source_actor);
CREATE INDEX idx_relations_target ON relations (target_actor);
CREATE INDEX idx_events_doc ON events (document_id);
CREATE INDEX idx_events_date ON events (date);
CREATE INDEX idx_event_actors_actor ON event_actors (actor_id);
CREATE INDEX idx_evidence_doc ON evidence (document_id);
