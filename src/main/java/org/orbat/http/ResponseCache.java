package org.orbat.http;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Objects;
import org.orbat.query.QueryService;

/**
 * The JSON bodies of read routes, kept by URL (path and query string) for as long as the knowledge base they were read
 * from has not changed: before answering from memory, the body's {@link QueryService#answerToken()} (the knowledge
 * base's change token and today's date) is compared with the current one, so a document ingested by any process, or a
 * correction, shows in the next answer. Many readers on one page ask the same actors, months and event pages; this
 * answers the repeats without the database. Only 200 answers are kept, at most {@code maxBodyBytes} each, the most
 * recently used first, up to {@code maxTotalBytes} in all. Thread-safe.
 */
final class ResponseCache {
    private record Entry(String token, byte[] body) {
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
    private long totalBytes;

    ResponseCache(long maxTotalBytes, int maxBodyBytes) {
        if (maxTotalBytes < 1 || maxBodyBytes < 1 || maxBodyBytes > maxTotalBytes) {
            throw new IllegalArgumentException("A response cache needs room for a body, got " + maxTotalBytes + " bytes in all and "
                + maxBodyBytes + " a body");
        }
        this.maxTotalBytes = maxTotalBytes;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** A quarter of the heap, bodies up to {@link #DEFAULT_BODY_BYTES}. */
    static ResponseCache standard() {
        return new ResponseCache(Math.max(DEFAULT_BODY_BYTES, Runtime.getRuntime().maxMemory() / 4), DEFAULT_BODY_BYTES);
    }

    /** {@code handler}, answering from this cache when the knowledge base {@code queries} reads is as it was. */
    Handler cached(QuerySource queries, Handler handler) {
        return ctx -> {
            String token = queries.of(ctx).answerToken();
            String key = ctx.path() + '?' + Objects.toString(ctx.queryString(), "");
            Entry hit;
            synchronized (entries) {
                hit = entries.get(key);
            }
            if (hit != null && hit.token().equals(token)) {
                ctx.contentType(ContentType.APPLICATION_JSON).result(hit.body());
                return;
            }
            handler.handle(ctx);
            if (ctx.statusCode() == HttpStatus.OK.getCode()) {
                String body = ctx.result();
                byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
                if (bytes != null && bytes.length <= maxBodyBytes) {
                    put(key, new Entry(token, bytes));
                }
            }
        };
    }

    private void put(String key, Entry entry) {
        synchronized (entries) {
            Entry old = entries.put(key, entry);
            totalBytes += entry.body().length - (old == null ? 0 : old.body().length);
            Iterator<Entry> oldest = entries.values().iterator();
            while (totalBytes > maxTotalBytes && oldest.hasNext()) {
                totalBytes -= oldest.next().body().length;
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
