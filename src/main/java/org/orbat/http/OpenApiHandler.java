package org.orbat.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /openapi.json}: the hand-written OpenAPI 3 document shipped in {@code resources/http/openapi.json},
 * with every {@code "x-orbat-enum": "event_type"} or {@code "relation_type"} marker replaced by the codes of
 * the model's enum, so the schema cannot fall behind the types.
 */
final class OpenApiHandler implements Handler {
    static final String RESOURCE = "/http/openapi.json";
    private static final String MARKER = "x-orbat-enum";

    private final String document;

    OpenApiHandler() {
        try (InputStream in = OpenApiHandler.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            ObjectMapper mapper = new ObjectMapper();
            JsonNode root = mapper.readTree(in);
            fillEnums(root);
            document = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static void fillEnums(JsonNode node) {
        if (node instanceof ObjectNode object && object.has(MARKER)) {
            ArrayNode values = object.putArray("enum");
            Vocabulary.codes(object.remove(MARKER).asText()).forEach(values::add);
        }
        node.forEach(OpenApiHandler::fillEnums);
    }

    @Override
    public void handle(Context ctx) {
        ctx.contentType("application/json").result(document);
    }
}
