-- Who did what to whom: each event actor's side (1 acted, 2 acted against, 0 only mentioned), and the
-- ACLED sub-event type the event is filed under (NULL for rows written before it was coded).
ALTER TABLE events ADD COLUMN sub_event_type TEXT;
ALTER TABLE event_actors ADD COLUMN side INTEGER NOT NULL DEFAULT 0;
