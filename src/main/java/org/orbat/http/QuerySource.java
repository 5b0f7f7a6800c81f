package org.orbat.http;

import io.javalin.http.Context;
import org.orbat.query.QueryService;

/**
 * The queries a request reads: the knowledge base as it is now, or, with {@code ?release=NAME}, one of its frozen
 * releases ({@link Releases}).
 */
@FunctionalInterface
public interface QuerySource {
    QueryService of(Context ctx);
}
