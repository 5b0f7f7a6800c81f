package org.orbat.http;

import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.orbat.query.InvalidParameterException;
import org.orbat.query.QueryService;

/**
 * {@code ?release=NAME} on any read route: the queries over that frozen release, opened on first use and kept open
 * (a release never changes, so its answers can be held as long as the server runs); without it, the current
 * knowledge base.
 */
public final class Releases implements QuerySource {
    private final QueryService current;
    private final Function<String, QueryService> open;
    private final Map<String, QueryService> opened = new ConcurrentHashMap<>();

    /**
     * @param current the queries over the knowledge base as it is now
     * @param open opens the queries over a named release; throws {@link IllegalArgumentException} for an unknown name
     */
    public Releases(QueryService current, Function<String, QueryService> open) {
        this.current = current;
        this.open = open;
    }

    @Override
    public QueryService of(Context ctx) {
        String name = ctx.queryParam("release");
        if (name == null || name.isBlank()) {
            return current;
        }
        try {
            return opened.computeIfAbsent(name, open);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("release", name, e.getMessage());
        }
    }
}
