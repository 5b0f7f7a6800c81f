package org.orbat.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code GET /api/relations/{a}/{b}}: every relation stated between two actors, oldest first, with its evidence. */
final class PairHistoryHandler implements Handler {
    private final QuerySource queries;

    PairHistoryHandler(QuerySource queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        ctx.json(queries.of(ctx).relations(ctx.pathParam("a"), ctx.pathParam("b")));
    }
}
