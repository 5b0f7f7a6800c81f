-- The document an actor's name, kind and discovered flag were taken from. Documents may name one actor differently
-- ("Ansar Sharia", "Ansar al-Sharia"); the one with the greatest id wins, whatever order the documents are written in
-- (ingest threads, retried writes, the Spark job, which merges by the same rule), so one corpus makes one knowledge
-- base. Rows stored before have none, and take the next document's.
ALTER TABLE actors ADD COLUMN named_by TEXT;
