package org.orbat.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.orbat.query.QueryParameters;
import org.orbat.query.QueryService;

/** {@code GET /api/network?at=&around=&depth=}: relations in force at a date, whole or around an actor. */
final class NetworkHandler implements Handler {
    private final QueryService queries;

    NetworkHandler(QueryService queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        int depth = QueryParameters.integer("depth", ctx.queryParam("depth"), 1);
        QueryParameters.requireDepth(depth);
        ctx.json(queries.network(ctx.queryParam("at"), ctx.queryParam("around"), depth));
    }
}
