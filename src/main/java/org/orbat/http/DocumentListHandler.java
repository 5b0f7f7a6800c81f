package org.orbat.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code GET /api/documents?page=&size=}: the ingested documents, newest first, with their fact counts. */
final class DocumentListHandler implements Handler {
    private final QuerySource queries;

    DocumentListHandler(QuerySource queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        ctx.json(queries.of(ctx).documents(Params.page(ctx), Params.size(ctx)));
    }
}
