package org.orbat.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.orbat.query.QueryService;

/** {@code GET /api/evidence/{factId}}: the reports behind a relation or event; 404 for an unknown id. */
final class EvidenceHandler implements Handler {
    private final QueryService queries;

    EvidenceHandler(QueryService queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        ctx.json(queries.evidence(ctx.pathParam("factId")));
    }
}
