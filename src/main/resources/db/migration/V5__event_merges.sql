-- Reports of one happening from several documents are one event (query.EventMerger, run after each ingest):
-- each report merged with others names the merged event's id (the id of its first report, which names itself);
-- NULL for a report merged with none, or stored since the last merge.
ALTER TABLE events ADD COLUMN merged_id TEXT;
CREATE INDEX idx_events_merged_id ON events (merged_id);
-- One row once a merging pass has run: a knowledge base written before merges were recorded needs one even
-- when its next ingest finds nothing new.
CREATE TABLE event_merges (done INTEGER NOT NULL);
