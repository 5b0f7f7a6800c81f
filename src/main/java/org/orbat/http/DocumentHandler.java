package org.orbat.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code GET /api/documents/{id}}: one document (by id, JSONL id, path or file name) and its facts; 404 for an unknown one. */
final class DocumentHandler implements Handler {
    private final QuerySource queries;

    DocumentHandler(QuerySource queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        ctx.json(queries.of(ctx).document(ctx.pathParam("id")));
    }
}
