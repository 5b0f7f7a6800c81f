package org.orbat.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code GET /api/lineage/{name}}: the actor's succession chain (renames, mergers, splits), backwards and forwards. */
final class LineageHandler implements Handler {
    private final QuerySource queries;

    LineageHandler(QuerySource queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        ctx.json(queries.of(ctx).lineage(ctx.pathParam("name")));
    }
}
