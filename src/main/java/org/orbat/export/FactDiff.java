package org.orbat.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.orbat.store.KnowledgeSnapshot;

/**
 * What changed between two versions of a knowledge base (two releases, or a release and now), fact by fact and field by
 * field, as the JSON export shows them. Facts are matched by what identifies them across re-ingest, not by row ids,
 * which a re-read article may number anew: an actor by its id, a relation by type, parties and start, an event by its
 * type and the first report (article and sentence) that states it.
 */
public final class FactDiff {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FactDiff() {
    }

    /** One fact added, removed, or changed in some fields. */
    public record Change(String change, String fact, String key, String label, List<FieldChange> fields) {
        public Change {
            fields = List.copyOf(fields);
        }
    }

    /** One field of a changed fact, before and after (null where absent). */
    public record FieldChange(String field, String before, String after) {
    }

    /** The changes from {@code before} to {@code after}: removed, then changed, then added; actors, relations, events. */
    public static List<Change> between(KnowledgeSnapshot before, KnowledgeSnapshot after) {
        JsonNode a = exported(before);
        JsonNode b = exported(after);
        List<Change> out = new ArrayList<>();
        out.addAll(compare("actor", a.get("actors"), b.get("actors"), n -> n.get("id").asText(), FactDiff::actorFields,
            n -> n.get("name").asText()));
        out.addAll(compare("relation", a.get("relations"), b.get("relations"), FactDiff::relationKey, FactDiff::relationFields,
            FactDiff::relationKey));
        out.addAll(compare("event", a.get("events"), b.get("events"), FactDiff::eventKey, FactDiff::eventFields,
            n -> n.get("type").asText() + " " + text(n.get("date")) + " " + list(n.get("actors"))));
        Map<String, Integer> order = Map.of("removed", 0, "changed", 1, "added", 2);
        out.sort(Comparator.comparing((Change c) -> order.get(c.change())));
        return out;
    }

    private static List<Change> compare(String fact, JsonNode before, JsonNode after, Function<JsonNode, String> key,
                                        Function<JsonNode, Map<String, String>> fields, Function<JsonNode, String> label) {
        Map<String, JsonNode> was = keyed(before, key);
        Map<String, JsonNode> now = keyed(after, key);
        List<Change> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : was.entrySet()) {
            JsonNode then = e.getValue();
            JsonNode current = now.get(e.getKey());
            if (current == null) {
                out.add(new Change("removed", fact, e.getKey(), label.apply(then), List.of()));
                continue;
            }
            Map<String, String> f0 = fields.apply(then);
            Map<String, String> f1 = fields.apply(current);
            List<FieldChange> changed = new ArrayList<>();
            for (String field : new TreeSet<>(union(f0, f1))) {
                if (!Objects.equals(f0.get(field), f1.get(field))) {
                    changed.add(new FieldChange(field, f0.get(field), f1.get(field)));
                }
            }
            if (!changed.isEmpty()) {
                out.add(new Change("changed", fact, e.getKey(), label.apply(current), changed));
            }
        }
        for (Map.Entry<String, JsonNode> e : now.entrySet()) {
            if (!was.containsKey(e.getKey())) {
                out.add(new Change("added", fact, e.getKey(), label.apply(e.getValue()), List.of()));
            }
        }
        return out;
    }

    private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> all = new TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }

    /** Facts by key; two facts with one key (two events of one type read from one sentence) are told apart by a count. */
    private static Map<String, JsonNode> keyed(JsonNode array, Function<JsonNode, String> key) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode n : array) {
            String k = key.apply(n);
            String unique = k;
            for (int i = 2; out.containsKey(unique); i++) {
                unique = k + " #" + i;
            }
            out.put(unique, n);
        }
        return out;
    }

    private static Map<String, String> actorFields(JsonNode n) {
        Map<String, String> f = new TreeMap<>();
        f.put("name", text(n.get("name")));
        f.put("kind", text(n.get("kind")));
        f.put("aliases", String.join(", ", new TreeSet<>(strings(n.get("aliases")))));
        return f;
    }

    private static String relationKey(JsonNode n) {
        return n.get("type").asText() + "|" + n.get("source").asText() + "|" + n.get("target").asText() + "|" + text(n.get("start"));
    }

    private static Map<String, String> relationFields(JsonNode n) {
        Map<String, String> f = new TreeMap<>();
        f.put("end", text(n.get("end")));
        f.put("reports", Integer.toString(n.get("evidence").size()));
        return f;
    }

    /** The event's type and its first report's article and sentence. */
    private static String eventKey(JsonNode n) {
        String anchor = null;
        for (JsonNode ev : n.get("evidence")) {
            String here = ev.get("document").asText() + "#" + String.format("%06d", ev.get("sentence").asInt());
            if (anchor == null || here.compareTo(anchor) < 0) {
                anchor = here;
            }
        }
        return n.get("type").asText() + "@" + anchor;
    }

    private static Map<String, String> eventFields(JsonNode n) {
        Map<String, String> f = new TreeMap<>();
        f.put("type", text(n.get("type")));
        f.put("date", text(n.get("date")));
        f.put("date_end", text(n.get("date_end")));
        f.put("fatalities", text(n.get("fatalities")));
        f.put("actors", list(n.get("actors")));
        f.put("side1", list(n.get("side1")));
        f.put("side2", list(n.get("side2")));
        List<String> places = new ArrayList<>();
        for (JsonNode p : n.get("locations")) {
            places.add(p.get("name").asText());
        }
        f.put("places", String.join(", ", places));
        f.put("reports", Integer.toString(n.get("evidence").size()));
        return f;
    }

    private static String list(JsonNode array) {
        return array == null ? null : String.join(", ", new TreeSet<>(strings(array)));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static JsonNode exported(KnowledgeSnapshot kb) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new JsonExporter().write(kb, out);
            return JSON.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
