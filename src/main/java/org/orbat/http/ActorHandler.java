package org.orbat.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.orbat.query.QueryService;

/** {@code GET /api/actors/{name}?at=}: one actor's profile; 404 for an unknown name. */
final class ActorHandler implements Handler {
    private final QueryService queries;

    ActorHandler(QueryService queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        ctx.json(queries.actor(ctx.pathParam("name"), ctx.queryParam("at")));
    }
}
