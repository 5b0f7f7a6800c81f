package org.orbat.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code GET /api/evidence/{factId}}: the reports behind a relation or event; 404 for an unknown id. */
final class EvidenceHandler implements Handler {
    private final QuerySource queries;

    EvidenceHandler(QuerySource queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        ctx.json(queries.of(ctx).evidence(ctx.pathParam("factId")));
    }
}
