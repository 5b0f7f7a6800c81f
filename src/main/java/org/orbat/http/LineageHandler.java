package org.orbat.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.orbat.query.QueryService;

/** {@code GET /api/lineage/{name}}: the actor's succession chain (renames, mergers, splits), backwards and forwards. */
final class LineageHandler implements Handler {
    private final QueryService queries;

    LineageHandler(QueryService queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        ctx.json(queries.lineage(ctx.pathParam("name")));
    }
}
