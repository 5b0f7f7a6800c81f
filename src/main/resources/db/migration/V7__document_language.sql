-- The language each document was read in (ISO 639 code, the folder of its words under lang/): the language seam
-- picks its NLP pipeline and lexicons by it. Documents stored before were all read as English.
ALTER TABLE documents ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
