package org.orbat.http;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;
import org.orbat.query.QueryService;
import org.orbat.query.Staleness;

/**
 * The JSON bodies of read routes, kept by URL (path and query string) for as long as the knowledge base they were read
 * from has not changed: before answering from memory, the body's {@link QueryService#answerToken()} (the knowledge
 * base's change token and today's date) is compared with the current one, so a document ingested by any process, or a
 * correction, shows in the next answer; or, when the server allows answers to lag ({@link Staleness}), in the first
 * answer read after the kept one has grown that old. Many readers on one page ask the same actors, months and event pages; this
 * answers the repeats without the database. Only 200 answers are kept, at most {@code maxBodyBytes} each, the most
 * recently used first, up to {@code maxTotalBytes} in all.
 *
 * <p>A body of {@value #GZIP_FROM_BYTES} bytes or more is also kept gzipped, compressed once when it is stored, and a
 * client that accepts gzip (every browser does) gets that: a whole network at a date on a knowledge base of a million
 * events is 3.3 MB of JSON, and compressing it for each request, or sending it whole to fifty clients at once, is what
 * held a loaded server's slowest answers near a second (docs/performance.md). Thread-safe.
 */
final class ResponseCache {
    /** Bodies this large are kept gzipped too; smaller ones gain less than the header costs. */
    static final int GZIP_FROM_BYTES = 1024;

    /** A body as read under {@code token} at {@code readAt}, and gzipped when it is large enough ({@code null} otherwise). */
    private record Entry(String token, long readAt, byte[] body, byte[] gzipped) {
        long bytes() {
            return body.length + (gzipped == null ? 0 : gzipped.length);
        }
    }

    /**
     * What {@code orbat serve} keeps: bodies up to a quarter of the heap, none over 16 MB. A whole network at a date is
     * a few MB on a knowledge base of a million events (3.3 MB), and the page asks one per month of its slider: a
     * hundred months need about a third of a GB, which the launcher's 3 GB heap has.
     */
    static final int DEFAULT_BODY_BYTES = 16 << 20;

    private final long maxTotalBytes;
    private final int maxBodyBytes;
    // Access order: the least recently used body is the first to go.
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(1024, 0.75f, true);
    private final Staleness staleness;
    private long totalBytes;

    ResponseCache(long maxTotalBytes, int maxBodyBytes) {
        this(maxTotalBytes, maxBodyBytes, Staleness.exact());
    }

    /** A cache whose bodies stay good for as long as {@code staleness} allows once the knowledge base has changed. */
    ResponseCache(long maxTotalBytes, int maxBodyBytes, Staleness staleness) {
        if (maxTotalBytes < 1 || maxBodyBytes < 1 || maxBodyBytes > maxTotalBytes) {
            throw new IllegalArgumentException("A response cache needs room for a body, got " + maxTotalBytes + " bytes in all and "
                + maxBodyBytes + " a body");
        }
        this.maxTotalBytes = maxTotalBytes;
        this.maxBodyBytes = maxBodyBytes;
        this.staleness = staleness;
    }

    /** A quarter of the heap, bodies up to {@link #DEFAULT_BODY_BYTES}, good as long as {@code staleness} allows. */
    static ResponseCache standard(Staleness staleness) {
        return new ResponseCache(Math.max(DEFAULT_BODY_BYTES, Runtime.getRuntime().maxMemory() / 4), DEFAULT_BODY_BYTES, staleness);
    }

    /** {@code handler}, answering from this cache when the knowledge base {@code queries} reads is as it was. */
    Handler cached(QuerySource queries, Handler handler) {
        return cachedUnder(ctx -> queries.of(ctx).answerToken(), handler);
    }

    /** {@code handler}, answering from this cache while {@code token} of a request is the token its body was read under. */
    Handler cachedUnder(java.util.function.Function<Context, String> tokenOf, Handler handler) {
        return ctx -> {
            long now = staleness.now();
            String token = tokenOf.apply(ctx);
            String key = ctx.path() + '?' + Objects.toString(ctx.queryString(), "");
            Entry hit;
            synchronized (entries) {
                hit = entries.get(key);
            }
            if (hit != null && staleness.stillGood(hit.token(), hit.readAt(), token)) {
                answer(ctx, hit);
                return;
            }
            handler.handle(ctx);
            if (ctx.statusCode() == HttpStatus.OK.getCode()) {
                String body = ctx.result();
                byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
                if (bytes != null && bytes.length <= maxBodyBytes) {
                    Entry entry = new Entry(token, now, bytes, bytes.length >= GZIP_FROM_BYTES ? gzip(bytes) : null);
                    put(key, entry);
                    answer(ctx, entry);
                }
            }
        };
    }

    /** The entry's body, gzipped when the client accepts it and a gzipped copy is kept. */
    private static void answer(Context ctx, Entry entry) {
        ctx.contentType(ContentType.APPLICATION_JSON);
        // Caches between the server and its clients must keep the two encodings apart.
        ctx.header("Vary", "Accept-Encoding");
        if (entry.gzipped() != null && acceptsGzip(ctx.header("Accept-Encoding"))) {
            ctx.header("Content-Encoding", "gzip");
            ctx.result(entry.gzipped());
        } else {
            ctx.result(entry.body());
        }
    }

    /** Whether an Accept-Encoding header admits gzip (a q-value of zero refuses it). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.trim().split(";");
            if (parts[0].trim().equals("gzip") || parts[0].trim().equals("*")) {
                for (int i = 1; i < parts.length; i++) {
                    String param = parts[i].replace(" ", "");
                    if (param.startsWith("q=") && zeroQuality(param.substring(2))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Whether a q-value is zero; one that is no number refuses nothing, as if it were absent. */
    private static boolean zeroQuality(String q) {
        try {
            return Double.parseDouble(q) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 6 + 64);
        try (GZIPOutputStream zip = new FastGzip(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip in memory", e);
        }
        return out.toByteArray();
    }

    /**
     * Gzip at deflate's fastest level: a whole network of a million events (3.3 MB of JSON) took most of its time to
     * compress at the default level, and a server recompresses each month's network whenever the relations it holds are
     * reloaded; the fastest level costs a few percent more bytes.
     */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(ByteArrayOutputStream out) throws IOException {
            super(out, 64 << 10);
            def.setLevel(java.util.zip.Deflater.BEST_SPEED);
        }
    }

    private void put(String key, Entry entry) {
        synchronized (entries) {
            Entry old = entries.put(key, entry);
            totalBytes += entry.bytes() - (old == null ? 0 : old.bytes());
            Iterator<Entry> oldest = entries.values().iterator();
            while (totalBytes > maxTotalBytes && oldest.hasNext()) {
                totalBytes -= oldest.next().bytes();
                oldest.remove();
            }
        }
    }

    /** How many bodies are kept, for tests. */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
