package org.orbat.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.orbat.query.QueryService;

/** {@code GET /api/documents/{id}}: one document (by id, JSONL id, path or file name) and its facts; 404 for an unknown one. */
final class DocumentHandler implements Handler {
    private final QueryService queries;

    DocumentHandler(QueryService queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        ctx.json(queries.document(ctx.pathParam("id")));
    }
}
