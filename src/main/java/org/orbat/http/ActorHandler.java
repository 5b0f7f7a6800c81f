package org.orbat.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code GET /api/actors/{name}?at=}: one actor's profile; 404 for an unknown name. */
final class ActorHandler implements Handler {
    private final QuerySource queries;

    ActorHandler(QuerySource queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        ctx.json(queries.of(ctx).actor(ctx.pathParam("name"), ctx.queryParam("at")));
    }
}
