package org.orbat.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.orbat.query.EventCriteria;

/**
 * {@code GET /api/events?actor=&place=&from=&to=&undated=&type=&page=&size=}: a page of events merged across
 * documents, newest first; {@code undated=with|without|only} (with: after the dated ones when a period is asked).
 */
final class EventsHandler implements Handler {
    private final QuerySource queries;

    EventsHandler(QuerySource queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        ctx.json(queries.of(ctx).events(new EventCriteria(ctx.queryParam("actor"), ctx.queryParam("place"), ctx.queryParam("from"),
            ctx.queryParam("to"), ctx.queryParam("type"), Params.page(ctx), Params.size(ctx), ctx.queryParam("undated"))));
    }
}
