package org.orbat.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orbat.query.EventReport;
import org.orbat.query.FactEvidence;
import org.orbat.query.InvalidParameterException;
import org.orbat.query.QueryService;
import org.orbat.query.ReviewQueue;
import org.orbat.store.corrections.Correction;
import org.orbat.store.corrections.CorrectionAction;
import org.orbat.store.corrections.CorrectionEntry;

/**
 * The page's editing routes: {@code POST /api/login} (name and password for a session token), {@code POST
 * /api/corrections} (a signed-in editor's correction; anyone else gets 401) and {@code GET /api/review} (the review
 * queue). Names are resolved as the command line resolves them: an actor by any alias, a relation by its id, an
 * event by its merged id (a rejection or confirmation then covers each of its reports).
 */
final class EditingHandlers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Editing editing;
    private final QueryService queries;

    EditingHandlers(Editing editing, QueryService queries) {
        this.editing = editing;
        this.queries = queries;
    }

    void login(Context ctx) throws Exception {
        JsonNode body = JSON.readTree(ctx.body());
        String name = body.path("name").asText("");
        String password = body.path("password").asText("");
        String token = editing.editors().signIn(name, password.toCharArray())
            .orElseThrow(() -> new UnauthorizedResponse("Wrong name or password"));
        ctx.json(Map.of("token", token, "editor", name));
    }

    void correct(Context ctx) throws Exception {
        String editor = editing.editors().editorOf(ctx.header("Authorization"))
            .orElseThrow(() -> new UnauthorizedResponse("Sign in as an editor to correct the knowledge base"));
        JsonNode body = JSON.readTree(ctx.body());
        CorrectionAction action;
        try {
            action = CorrectionAction.fromCode(body.path("action").asText(""));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("action", body.path("action").asText(""), e.getMessage());
        }
        String target = body.path("target").asText("");
        String reason = body.path("reason").asText("");
        Map<String, String> values = new LinkedHashMap<>();
        body.path("values").properties().forEach(f -> values.put(f.getKey(), f.getValue().asText()));
        List<Map<String, Object>> written = new ArrayList<>();
        try {
            if (values.containsKey("into")) {
                values.put("into", queries.actor(values.get("into"), null).id());
            }
            for (String t : targets(action, target)) {
                CorrectionEntry e = editing.desk().correct(Correction.draft(editor, reason, action, t, values));
                // the editor's next read shows the correction, whatever lag the server allows other changes
                queries.staleness().written();
                written.add(Map.of("id", e.correction().id(), "action", action.code(), "target", e.correction().target(),
                    "stale", e.stale(), "found", e.status() == null ? "" : e.status().detail()));
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("correction", action.code() + " " + target, e.getMessage());
        }
        ctx.status(201).json(Map.of("editor", editor, "corrections", written));
    }

    /** What a correction from the page applies to, in the log's terms. */
    private List<String> targets(CorrectionAction action, String target) {
        return switch (action.target()) {
            case ACTOR -> List.of(queries.actor(target, null).id());
            case RELATION -> {
                if (target.contains("|")) {
                    yield List.of(target);
                }
                FactEvidence f = queries.evidence(target);
                yield List.of(f.type() + "|" + f.actors().get(0).id() + "|" + f.actors().get(1).id());
            }
            case EVENT -> {
                if (action.adds()) {
                    yield List.of(target);
                }
                FactEvidence f = queries.evidence(target);
                yield f.reports().isEmpty() ? List.of(f.factId()) : f.reports().stream().map(EventReport::id).toList();
            }
        };
    }

    void review(Context ctx) {
        int limit = Params.size(ctx);
        List<Map<String, Object>> items = new ArrayList<>();
        for (ReviewQueue.Item i : ReviewQueue.of(editing.desk().snapshot(), editing.desk().corrections(), limit)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", i.kind());
            m.put("fact_id", i.factId());
            m.put("confidence", Math.round(i.confidence() * 100) / 100.0);
            if (i.event() != null) {
                m.put("type", i.event().type().code());
                m.put("date", i.event().date() == null ? null : i.event().date().iso());
                m.put("actors", i.event().actors().stream().map(a -> i.names().getOrDefault(a, a)).toList());
                m.put("places", i.event().locations().stream().map(p -> p.name()).toList());
                m.put("fatalities", i.event().fatalities());
                m.put("sentences", i.event().evidence().stream().map(e -> e.text()).toList());
            } else {
                var r = i.statements().get(0);
                m.put("type", r.type().code());
                m.put("date", r.start() == null ? null : r.start().iso());
                m.put("actors", java.util.List.of(i.names().get(r.source()), i.names().get(r.target())));
                m.put("places", java.util.List.of());
                m.put("fatalities", null);
                m.put("sentences", i.statements().stream().map(x -> x.evidence().text()).toList());
            }
            items.add(m);
        }
        ctx.json(Map.of("items", items, "note", String.format(Locale.ROOT,
            "%d fact(s), least confident and most consequential first", items.size())));
    }
}
