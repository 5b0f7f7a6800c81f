-- An analyst's corrections: an append-only log (rows are written once, never updated or deleted), applied to the
-- facts again after every write of a document so that they survive re-ingest. values holds the action's values as JSON.
CREATE TABLE corrections (
    id       INTEGER PRIMARY KEY,
    made_at  TEXT NOT NULL,
    editor   TEXT NOT NULL,
    reason   TEXT NOT NULL,
    action   TEXT NOT NULL,
    target   TEXT NOT NULL,
    vals     TEXT NOT NULL
);

-- What the last application of each correction found (derived, rewritten on every application).
CREATE TABLE correction_status (
    correction_id INTEGER PRIMARY KEY,
    stale         INTEGER NOT NULL,
    target        TEXT NOT NULL,
    basis         TEXT,
    detail        TEXT NOT NULL
);

-- Named, frozen versions of the knowledge base (orbat release): a copy of every table, never written again.
-- location: for SQLite the copy's file, for PostgreSQL the schema holding the copy.
CREATE TABLE releases (
    name     TEXT PRIMARY KEY,
    made_at  TEXT NOT NULL,
    location TEXT NOT NULL
);

-- One story carried by several outlets (orbat watch): each document's MinHash bands, so that a new report
-- repeating a stored story is found without comparing it with every document, and the other outlets that carried it.
CREATE TABLE story_bands (
    band        TEXT NOT NULL,
    document_id TEXT NOT NULL,
    PRIMARY KEY (band, document_id)
);
CREATE INDEX idx_story_bands_doc ON story_bands (document_id);

CREATE TABLE document_outlets (
    document_id TEXT NOT NULL,
    source_key  TEXT NOT NULL,
    outlet      TEXT,
    url         TEXT,
    published   TEXT,
    PRIMARY KEY (document_id, source_key)
);
