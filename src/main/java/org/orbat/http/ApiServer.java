package org.orbat.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import org.orbat.query.InvalidParameterException;
import org.orbat.query.QueryJson;
import org.orbat.query.QueryService;
import org.orbat.query.UnknownActorException;
import org.orbat.query.UnknownDocumentException;
import org.orbat.query.UnknownFactException;
import org.orbat.query.UnknownPlaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON API over a {@link QueryService}: GET routes for reading, and with {@link Editing} the routes a signed-in editor
 * corrects through; errors as
 * {@code {"status": 4xx, "message": "..."}} (bad parameter 400, unknown actor, fact, place or document 404, too many
 * requests 429; anything unexpected 500 without internals), a token-bucket rate limit per client
 * address, a request size limit, and the page in {@code resources/web/} at {@code /} when present.
 * Start with {@link #start}, stop with {@link #close}. The paths are described in {@code /openapi.json}.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final String WEB = "/web";

    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    /** Starts listening, read-only; returns once the port is bound. */
    public static ApiServer start(QueryService queries, ServerOptions options, RateLimiter limiter) {
        return start(queries, options, limiter, null);
    }

    /**
     * Starts listening; with {@code editing}, signed-in editors may also correct the knowledge base
     * ({@code POST /api/login}, {@code POST /api/corrections}) and read the review queue ({@code GET /api/review}).
     */
    public static ApiServer start(QueryService queries, ServerOptions options, RateLimiter limiter, Editing editing) {
        return start(ctx -> queries, queries, options, limiter, editing);
    }

    /**
     * Starts listening; read routes ask {@code source} for the queries of each request (the current knowledge base, or a
     * release named by {@code ?release=}); editing works on {@code current}.
     */
    public static ApiServer start(QuerySource source, QueryService current, ServerOptions options, RateLimiter limiter,
                                  Editing editing) {
        QuerySource queries = source;
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = options.maxRequestBytes();
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(QueryJson.mapper(), false));
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                // GET requests carry everything in the URL and headers, so that is where the size limit bites.
                http.setRequestHeaderSize((int) Math.min(Integer.MAX_VALUE, options.maxRequestBytes()));
            });
            if (ApiServer.class.getResource(WEB) != null) {
                config.staticFiles.add(WEB, Location.CLASSPATH);
            }
        });
        app.before(ctx -> {
            if (!limiter.tryAcquire(ctx.ip())) {
                throw new RateLimitedException(ctx.ip());
            }
        });
        // Read routes answer repeats from memory while the knowledge base is unchanged.
        ResponseCache cache = ResponseCache.standard(current.staleness());
        app.get("/api/actors", cache.cached(queries, new ActorListHandler(queries)));
        app.get("/api/actors/{name}", cache.cached(queries, new ActorHandler(queries)));
        app.get("/api/network", cache.cachedUnder(ctx -> queries.of(ctx).networkAnswerToken(ctx.queryParam("around")),
            new NetworkHandler(queries)));
        app.get("/api/lineage/{name}", cache.cached(queries, new LineageHandler(queries)));
        app.get("/api/relations/{a}/{b}", cache.cached(queries, new PairHistoryHandler(queries)));
        app.get("/api/events", cache.cached(queries, new EventsHandler(queries)));
        app.get("/api/evidence/{factId}", cache.cached(queries, new EvidenceHandler(queries)));
        app.get("/api/documents", cache.cached(queries, new DocumentListHandler(queries)));
        app.get("/api/documents/{id}", cache.cached(queries, new DocumentHandler(queries)));
        app.get("/api/vocabulary", new VocabularyHandler());
        app.get("/openapi.json", new OpenApiHandler());
        if (editing != null) {
            EditingHandlers edits = new EditingHandlers(editing, current);
            app.post("/api/login", edits::login);
            app.post("/api/corrections", edits::correct);
            app.get("/api/review", edits::review);
        }
        app.exception(InvalidParameterException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(UnknownActorException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
        app.exception(UnknownFactException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
        app.exception(UnknownPlaceException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
        app.exception(UnknownDocumentException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
        app.exception(RateLimitedException.class, (e, ctx) -> {
            ctx.header("Retry-After", "1");
            error(ctx, 429, e.getMessage());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error");
        });
        try {
            app.start(options.host(), options.port());
        } catch (JavalinBindException e) {
            app.stop();
            throw new PortUnavailableException(options.host(), options.port(), e);
        }
        LOG.info("Orbat API listening on http://{}:{}/", options.host(), app.port());
        return new ApiServer(app);
    }

    /** The bound port: the one asked for, or the one picked when 0 was asked. */
    public int port() {
        return app.port();
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(new ApiError(status, message));
    }

    @Override
    public void close() {
        app.stop();
    }
}
