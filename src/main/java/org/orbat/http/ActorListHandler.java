package org.orbat.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code GET /api/actors?q=&page=&size=}: actors, most mentioned first, optionally filtered by name. */
final class ActorListHandler implements Handler {
    private final QuerySource queries;

    ActorListHandler(QuerySource queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        ctx.json(queries.of(ctx).actors(ctx.queryParam("q"), Params.page(ctx), Params.size(ctx)));
    }
}
