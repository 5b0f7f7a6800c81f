package org.orbat.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.orbat.query.QueryParameters;

/** {@code GET /api/network?at=&around=&depth=}: relations in force at a date, whole or around an actor. */
final class NetworkHandler implements Handler {
    private final QuerySource queries;

    NetworkHandler(QuerySource queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        int depth = QueryParameters.integer("depth", ctx.queryParam("depth"), 1);
        QueryParameters.requireDepth(depth);
        ctx.json(queries.of(ctx).network(ctx.queryParam("at"), ctx.queryParam("around"), depth));
    }
}
