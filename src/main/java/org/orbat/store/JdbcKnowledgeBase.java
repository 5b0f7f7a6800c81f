package org.orbat.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.orbat.extract.places.GazetteerPlace;
import org.orbat.ingest.StorySignature;
import org.orbat.store.corrections.Correction;
import org.orbat.store.corrections.CorrectionApplier;
import org.orbat.store.corrections.CorrectionEntry;
import org.orbat.store.corrections.CorrectionLog;
import org.orbat.store.corrections.CorrectionStatus;

/**
 * {@link KnowledgeBase} over JDBC: a SQLite file by default, PostgreSQL when given a
 * {@code jdbc:postgresql:} URL. The schema is migrated by Flyway from {@code db/migration} on open.
 *
 * <p>One connection for writes, used under this object's lock, so threads may share an instance; each
 * document is written in its own transaction so a failure mid-way leaves the database as it was. On SQLite the
 * query side reads through a few connections of its own ({@link SqliteReaders}), side by side and never behind a
 * write; on PostgreSQL through the one connection, under the lock.
 */
public final class JdbcKnowledgeBase implements KnowledgeBase {
    static final String[] TABLES = {"documents", "sentences", "actors", "aliases", "lineage", "mentions",
        "relations", "events", "event_actors", "event_places", "evidence"};

    private final String location;
    private final Connection connection;
    private final boolean sqlite;
    // SQLite only: the query side's connections; null on PostgreSQL.
    private final SqliteReaders readers;
    // Writes through this object, counted under its lock; see changeToken.
    private long writes;

    // When a document was stored is read from this clock, so tests can fix it.
    private final Clock clock;

    private JdbcKnowledgeBase(String location, Connection connection, SqliteReaders readers, Clock clock) {
        this.location = location;
        this.connection = connection;
        this.sqlite = readers != null;
        this.readers = readers;
        this.clock = clock;
    }

    /**
     * Opens (creating if needed) the knowledge base at {@code db}: a file path for SQLite, or a
     * {@code jdbc:postgresql://host/db?user=..&password=..} URL.
     */
    public static JdbcKnowledgeBase open(String db) {
        return open(db, Clock.systemUTC());
    }

    /** Like {@link #open(String)}, stamping each stored document's {@code ingested_at} from {@code clock}. */
    public static JdbcKnowledgeBase open(String db, Clock clock) {
        boolean sqlite = !db.startsWith("jdbc:");
        String url = sqlite ? "jdbc:sqlite:" + db : db;
        try {
            if (sqlite) {
                Path parent = Path.of(db).toAbsolutePath().getParent();
                if (parent != null && !Files.isDirectory(parent)) {
                    throw new StoreException(db, "folder does not exist: " + parent, null);
                }
            } else if (!db.startsWith("jdbc:postgresql:")) {
                throw new StoreException(db, "unsupported database URL; use a file path or jdbc:postgresql:", null);
            }
            migrate(url);
            Connection c = DriverManager.getConnection(url);
            if (sqlite) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode=WAL");
                    s.execute("PRAGMA synchronous=NORMAL");
                    s.execute("PRAGMA busy_timeout=30000");
                }
            }
            c.setAutoCommit(false);
            SqliteReaders readers = null;
            if (sqlite) {
                try {
                    readers = new SqliteReaders(url, SqliteReaders.DEFAULT_SIZE);
                } catch (SQLException e) {
                    c.close();
                    throw e;
                }
            }
            return new JdbcKnowledgeBase(db, c, readers, clock);
        } catch (SQLException | org.flywaydb.core.api.FlywayException e) {
            throw new StoreException(db, "cannot open knowledge base", e);
        }
    }

    /**
     * Brings the schema up to date. Flyway serialises migrations on PostgreSQL with a lock, but two
     * processes opening a fresh database can still collide creating its history table; the loser
     * retries and then finds the schema migrated.
     */
    private static void migrate(String url) {
        for (int attempt = 1; ; attempt++) {
            try {
                Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                    .loggers("slf4j").load().migrate();
                return;
            } catch (org.flywaydb.core.api.FlywayException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                backOff(attempt);
            }
        }
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public synchronized Optional<String> contentHash(String sourceKey) {
        try {
            Optional<String> hash = storedHash(sourceKey);
            connection.commit();
            return hash;
        } catch (SQLException e) {
            throw new StoreException(location, "cannot read document " + sourceKey, e);
        }
    }

    /** The content hash stored for a source, read in the current transaction. */
    private Optional<String> storedHash(String sourceKey) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT content_hash FROM documents WHERE source_key = ?")) {
            ps.setString(1, sourceKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Replaces the document's facts in one transaction. Other processes may write the same
     * PostgreSQL database at once: the transaction first takes an advisory lock on the document id,
     * so two writers of the same document take turns (the second replaces the first's rows instead
     * of adding to them); a deadlock or serialization failure the server reports anyway is retried.
     */
    @Override
    public synchronized void replaceDocument(DocumentFacts facts) {
        write(facts, false);
    }

    /**
     * As {@link #replaceDocument}, but the stored content hash is read inside the write's transaction, under the
     * document's lock: of two writers of the same content at once, the second finds the first's and writes nothing.
     */
    @Override
    public synchronized boolean storeIfChanged(DocumentFacts facts) {
        return write(facts, true);
    }

    private boolean write(DocumentFacts facts, boolean unlessStored) {
        writes++;
        DocumentRecord d = facts.document();
        for (int attempt = 1; ; attempt++) {
            try {
                if (!sqlite) {
                    lockDocument(d.id());
                }
                if (unlessStored && storedHash(d.sourceKey()).filter(d.contentHash()::equals).isPresent()) {
                    connection.rollback();
                    return false;
                }
                new DocumentWriter(connection, clock).replace(facts);
                // The analyst's corrections hold for the facts just written as for all others.
                new CorrectionApplier(connection).applyAll();
                connection.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                rollbackAfter(e);
                if (attempt < MAX_ATTEMPTS && isTransient(e)) {
                    backOff(attempt);
                    continue;
                }
                throw new StoreException(location, "cannot store " + d.path(), e);
            }
        }
    }

    private static final int MAX_ATTEMPTS = 5;

    /** Rolls back the failed transaction; a failure to roll back is kept with the first failure, not thrown over it. */
    private void rollbackAfter(Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException suppressed) {
            failure.addSuppressed(suppressed);
        }
    }

    /** The advisory lock merging passes take on PostgreSQL, so two ingests ending at once take turns. */
    private static final long MERGE_LOCK = 0x4f72626174L;

    /**
     * Records which reports make one event in one transaction that reads one moment of the database
     * (REPEATABLE READ on PostgreSQL, where a document written meanwhile makes the update fail and the
     * pass run again, from a later moment; a later ingest's pass sees every document committed before it).
     */
    @Override
    public synchronized int mergeEvents(EventGrouping grouping) {
        writes++;
        for (int attempt = 1; ; attempt++) {
            try {
                if (!sqlite) {
                    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                    try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                        ps.setLong(1, MERGE_LOCK);
                        ps.executeQuery().close();
                    }
                }
                int changed = new EventMergeTable(connection).refresh(grouping);
                connection.commit();
                return changed;
            } catch (SQLException | RuntimeException e) {
                rollbackAfter(e);
                if (attempt < MAX_ATTEMPTS && isTransient(e)) {
                    backOff(attempt);
                    continue;
                }
                throw new StoreException(location, "cannot merge events", e);
            } finally {
                readCommitted();
            }
        }
    }

    @Override
    public boolean eventsMerged() {
        return read("event merges", EventMergeTable::merged);
    }

    /** Back to PostgreSQL's default isolation after a pass that raised it; outside a transaction. */
    private void readCommitted() {
        if (!sqlite) {
            try {
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            } catch (SQLException e) {
                throw new StoreException(location, "cannot reset isolation", e);
            }
        }
    }

    /** Held until commit or rollback; the key is the document id's hash, collisions only cost waiting. */
    private void lockDocument(String documentId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            ps.setString(1, documentId);
            ps.executeQuery().close();
        }
    }

    /**
     * PostgreSQL's deadlock (40P01), serialization failure (40001) and unique violation (23505,
     * two writers inserting the same shared row at once): a retry sees the other's committed rows.
     */
    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException x = sql; x != null; x = x.getNextException()) {
                    String state = x.getSQLState();
                    if ("40P01".equals(state) || "40001".equals(state) || "23505".equals(state)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(20L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Optional<String> sameStory(String text, String sourceKey) {
        List<String> bands = StorySignature.of(text).bands();
        return read("stories like " + sourceKey, c -> {
            String marks = String.join(",", java.util.Collections.nCopies(bands.size(), "?"));
            List<String> candidates = new java.util.ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT document_id FROM story_bands WHERE band IN (" + marks
                    + ") ORDER BY document_id")) {
                for (int i = 0; i < bands.size(); i++) {
                    ps.setString(i + 1, bands.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        candidates.add(rs.getString(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT body FROM documents WHERE id = ? AND source_key <> ?")) {
                for (String candidate : candidates) {
                    ps.setString(1, candidate);
                    ps.setString(2, sourceKey);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next() && StorySignature.overlap(rs.getString(1), text) >= StorySignature.SAME_STORY) {
                            return Optional.of(candidate);
                        }
                    }
                }
            }
            return Optional.empty();
        });
    }

    @Override
    public synchronized void addOutlet(String documentId, String sourceKey, String outlet, String url, org.orbat.model.DateValue published) {
        writes++;
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO document_outlets (document_id, source_key, outlet, url, published)"
                + " VALUES (?,?,?,?,?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, documentId);
            ps.setString(2, sourceKey);
            ps.setString(3, outlet);
            ps.setString(4, url);
            ps.setString(5, published == null ? null : published.iso());
            ps.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            rollbackAfter(e);
            throw new StoreException(location, "cannot record outlet " + outlet + " for " + documentId, e);
        }
    }

    /** The other outlets that carried a document's story: source key, outlet, url, in the order recorded. */
    public List<List<String>> outletsOf(String documentId) {
        return read("outlets of " + documentId, c -> {
            List<List<String>> out = new java.util.ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT source_key, outlet, url FROM document_outlets WHERE document_id = ? ORDER BY source_key")) {
                ps.setString(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public synchronized Map<String, Long> counts() {
        return readConsistently("cannot count rows", () -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            try (Statement s = connection.createStatement()) {
                for (String table : TABLES) {
                    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
            return counts;
        });
    }

    @Override
    public synchronized KnowledgeSnapshot snapshot() {
        return readConsistently("cannot read knowledge base", () -> new SnapshotReader(connection).read());
    }

    /**
     * Runs a read of several statements in one transaction that sees one moment of the database, so
     * a document another process is writing shows whole or not at all. SQLite's WAL readers see the
     * state at their first read until they commit; PostgreSQL's default isolation, READ COMMITTED,
     * gives each statement its own moment, so a multi-statement read is raised to REPEATABLE READ.
     */
    private <T> T readConsistently(String failure, ConsistentRead<T> read) {
        try {
            if (!sqlite) {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            try {
                T result = read.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                if (!sqlite) {
                    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(location, failure, e);
        }
    }

    /** Indexed reads for the query side, over this knowledge base's connection and lock. */
    public ReadModel readModel() {
        return new JdbcReadModel(this);
    }

    /**
     * Runs a read and ends its transaction, so a long-lived reader never pins an old snapshot: on SQLite on a reader
     * connection, without the lock; on PostgreSQL on the one connection, under the lock.
     */
    <T> T read(String what, SqlRead<T> read) {
        if (readers != null) {
            try {
                return readers.read(read);
            } catch (SQLException e) {
                throw new StoreException(location, "cannot read " + what, e);
            }
        }
        return readUnderLock(what, read);
    }

    private synchronized <T> T readUnderLock(String what, SqlRead<T> read) {
        try {
            T result = read.read(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackAfter(e);
            throw new StoreException(location, "cannot read " + what, e);
        }
    }

    /**
     * See {@link ReadModel#changeToken}. On SQLite, {@code PRAGMA data_version} of one watch connection that never
     * writes ({@link SqliteReaders#dataVersion}): it moves whenever any other connection commits, this object's writer
     * included, and is read without the lock, so a server's readers never wait behind a write to learn whether
     * anything changed. PostgreSQL keeps no per-database change counter that is up to date at once; its snapshot
     * ({@code txid_current_snapshot()}: the oldest transaction still running, one past the newest that has ended, and
     * those running in between) changes whenever a writing transaction anywhere on the server commits or aborts, so
     * it moves with every write to this database and, needlessly but harmlessly, with writes to others; with it this
     * process's own write count, read under the lock that writes hold, so no read sees the count move before the
     * write is whole. Read-only transactions take no id and do not move it.
     */
    String changeToken() {
        if (readers != null) {
            try {
                return readers.dataVersion();
            } catch (SQLException e) {
                throw new StoreException(location, "cannot read change token", e);
            }
        }
        return readUnderLock("change token", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT txid_current_snapshot()::text")) {
                rs.next();
                return rs.getString(1) + "/" + writes;
            }
        });
    }

    /**
     * Stores an analyst's place list ({@code orbat gazetteer import}) in one transaction, replacing the places an
     * earlier import of the same list stored: on failure nothing of it is stored and the earlier list stays.
     *
     * @param list the list's name (its file name)
     * @return how many places of an earlier import of the list were replaced
     */
    public synchronized int replacePlaceList(String list, List<GazetteerPlace> places) {
        writes++;
        try {
            int replaced = new PlaceListTable(connection).replace(list, places);
            connection.commit();
            return replaced;
        } catch (SQLException | RuntimeException e) {
            rollbackAfter(e);
            throw new StoreException(location, "cannot store place list " + list, e);
        }
    }

    /**
     * Writes an analyst's correction to the log and applies the whole log, in one transaction: on failure nothing is
     * written. Returns the correction as written, with what it found.
     *
     * @throws IllegalArgumentException if the correction names something that does not exist or a bad value
     */
    public synchronized CorrectionEntry correct(Correction draft) {
        writes++;
        try {
            CorrectionApplier applier = new CorrectionApplier(connection);
            Correction written = applier.log().append(applier.prepare(draft), clock.instant());
            CorrectionStatus status = applier.applyAll().stream().filter(st -> st.correctionId() == written.id()).findFirst().orElse(null);
            connection.commit();
            return new CorrectionEntry(written, status);
        } catch (SQLException | RuntimeException e) {
            rollbackAfter(e);
            if (e instanceof IllegalArgumentException bad) {
                throw bad;
            }
            throw new StoreException(location, "cannot store correction " + draft.action().code() + " " + draft.target(), e);
        }
    }

    /** The corrections log, oldest first, each with what its last application found. */
    public List<CorrectionEntry> corrections() {
        return read("corrections", c -> {
            CorrectionLog log = new CorrectionLog(c);
            Map<Long, CorrectionStatus> statuses = log.statuses();
            return log.all().stream().map(x -> new CorrectionEntry(x, statuses.get(x.id()))).toList();
        });
    }

    private static final java.util.regex.Pattern RELEASE_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** Tables a release copies: the facts, the corrections behind them, and the schema history that marks the copy migrated. */
    private static final List<String> RELEASED_TABLES = List.of("documents", "sentences", "actors", "aliases", "lineage",
        "mentions", "relations", "events", "event_actors", "event_places", "evidence", "corrections", "correction_status",
        "flyway_schema_history");

    /**
     * Freezes the knowledge base, corrections applied, as release {@code name}: SQLite copies the database file beside it
     * ({@code DB.releases/NAME.db}), PostgreSQL copies every table into a schema of its own. Orbat never writes a release
     * again; read it with {@link #openRelease}.
     *
     * @throws IllegalArgumentException if the name is not a plain name or a release of that name exists
     */
    public synchronized ReleaseRecord release(String name) {
        if (!RELEASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A release name is letters, digits, '.', '_' or '-' (at most 64), got '" + name + "'");
        }
        if (releases().stream().anyMatch(r -> r.name().equals(name))) {
            throw new IllegalArgumentException("Release " + name + " exists already; releases never change, choose another name");
        }
        writes++;
        try {
            String copy;
            if (sqlite) {
                Path file = Path.of(location + ".releases", name + ".db");
                Files.createDirectories(file.getParent());
                if (Files.exists(file)) {
                    throw new IllegalArgumentException("Release file " + file + " exists already");
                }
                connection.commit();
                // VACUUM cannot run inside a transaction; it writes a consistent copy of the database as it is now.
                connection.setAutoCommit(true);
                try (PreparedStatement ps = connection.prepareStatement("VACUUM INTO ?")) {
                    ps.setString(1, file.toString());
                    ps.execute();
                } finally {
                    connection.setAutoCommit(false);
                }
                copy = file.toString();
            } else {
                String schema = "release_" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
                try (Statement s = connection.createStatement()) {
                    s.execute("CREATE SCHEMA " + schema);
                    for (String table : RELEASED_TABLES) {
                        s.execute("CREATE TABLE " + schema + "." + table + " AS SELECT * FROM " + table);
                    }
                }
                copy = location + (location.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            }
            ReleaseRecord record = new ReleaseRecord(name, clock.instant(), copy);
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO releases (name, made_at, location) VALUES (?,?,?)")) {
                ps.setString(1, record.name());
                ps.setString(2, record.madeAt().toString());
                ps.setString(3, record.location());
                ps.executeUpdate();
            }
            connection.commit();
            return record;
        } catch (SQLException | java.io.IOException e) {
            rollbackAfter(e);
            throw new StoreException(location, "cannot freeze release " + name, e);
        }
    }

    /** The releases frozen so far, oldest first. */
    public List<ReleaseRecord> releases() {
        return read("releases", c -> {
            List<ReleaseRecord> out = new java.util.ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, made_at, location FROM releases ORDER BY made_at, name")) {
                while (rs.next()) {
                    out.add(new ReleaseRecord(rs.getString(1), java.time.Instant.parse(rs.getString(2)), rs.getString(3)));
                }
            }
            return out;
        });
    }

    /**
     * Opens release {@code name} of the knowledge base at {@code db}, for reading.
     *
     * @throws IllegalArgumentException if there is no such release
     */
    public static JdbcKnowledgeBase openRelease(String db, String name) {
        ReleaseRecord release;
        try (JdbcKnowledgeBase kb = open(db)) {
            List<ReleaseRecord> all = kb.releases();
            release = all.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No release " + name + " in " + db + "; releases: "
                    + (all.isEmpty() ? "none" : String.join(", ", all.stream().map(ReleaseRecord::name).toList()))));
        }
        return open(release.location());
    }

    /** The places analysts imported into this knowledge base, which its ingests add to the shipped gazetteer. */
    public List<GazetteerPlace> importedPlaces() {
        return read("imported places", c -> new PlaceListTable(c).readAll());
    }

    /** What a bulk load does with its {@link BulkLoader}. */
    @FunctionalInterface
    public interface BulkLoad {
        void load(BulkLoader loader) throws SQLException;
    }

    /**
     * Inserts rows in one transaction through a {@link BulkLoader}, then refreshes the planner's
     * statistics; for synthetic knowledge bases. Rolls back everything on failure.
     */
    public synchronized void bulkLoad(BulkLoad load) {
        writes++;
        try {
            BulkLoader loader = new BulkLoader(connection, clock);
            load.load(loader);
            loader.finish();
            connection.commit();
            try (Statement s = connection.createStatement()) {
                if (sqlite) {
                    s.execute("PRAGMA analysis_limit=1000");
                }
                s.execute("ANALYZE");
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackAfter(e);
            throw new StoreException(location, "bulk load failed", e);
        }
    }

    /** A multi-statement read run by {@link #readConsistently}. */
    @FunctionalInterface
    private interface ConsistentRead<T> {
        T run() throws SQLException;
    }

    boolean isSqlite() {
        return sqlite;
    }

    @Override
    public synchronized void close() {
        try (connection) {
            if (readers != null) {
                readers.close();
            }
        } catch (SQLException e) {
            throw new StoreException(location, "cannot close", e);
        }
    }
}
