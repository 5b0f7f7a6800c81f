package org.orbat.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code GET /api/vocabulary}: the event and relation types with their traits (see {@link Vocabulary}). */
final class VocabularyHandler implements Handler {
    private final Vocabulary vocabulary = Vocabulary.current();

    @Override
    public void handle(Context ctx) {
        ctx.json(vocabulary);
    }
}
