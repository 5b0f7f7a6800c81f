package org.orbat.http;

import io.javalin.http.Context;
import org.orbat.query.QueryParameters;

/** Reads paging parameters, checked as {@link QueryParameters} checks them (negative page or size over 500: 400). */
final class Params {
    static final int DEFAULT_SIZE = 50;

    private Params() {
    }

    static int page(Context ctx) {
        int page = QueryParameters.integer("page", ctx.queryParam("page"), 0);
        QueryParameters.requirePage(page);
        return page;
    }

    static int size(Context ctx) {
        int size = QueryParameters.integer("size", ctx.queryParam("size"), DEFAULT_SIZE);
        QueryParameters.requireSize(size);
        return size;
    }
}
