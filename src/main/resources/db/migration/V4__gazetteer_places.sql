-- Places an analyst imported with `orbat gazetteer import`: they join the shipped gazetteer whenever this
-- knowledge base ingests. Each imported file is one list, named by its file name; importing a file of the
-- same name again replaces that list's places (in one transaction), so a corrected list never doubles up.
CREATE TABLE gazetteer_places (
    list_name  TEXT NOT NULL,
    ordinal    INTEGER NOT NULL,
    name       TEXT NOT NULL,
    alternates TEXT NOT NULL,
    lat        DOUBLE PRECISION NOT NULL,
    lon        DOUBLE PRECISION NOT NULL,
    admin1     TEXT NOT NULL,
    admin2     TEXT NOT NULL,
    country    TEXT NOT NULL,
    feature    TEXT NOT NULL,
    weight     INTEGER NOT NULL,
    population BIGINT NOT NULL,
    source     TEXT NOT NULL,
    PRIMARY KEY (list_name, ordinal)
);
