package org.orbat.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.orbat.model.Actor;
import org.orbat.model.ActorKind;
import org.orbat.model.Alias;
import org.orbat.model.DateValue;
import org.orbat.model.Lineage;

/** Reads the registry's JSON form (see {@code actors/registry.json}) into an {@link ActorRegistry}. */
final class RegistryReader {
    private RegistryReader() {
    }

    static ActorRegistry read(InputStream in, String resource) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        List<RegistrySource> sources = new ArrayList<>();
        for (JsonNode s : root.path("sources")) {
            sources.add(new RegistrySource(s.path("id").asText(), s.path("title").asText(), s.path("url").asText()));
        }
        List<RegistryEntry> entries = new ArrayList<>();
        for (JsonNode a : root.path("actors")) {
            entries.add(entry(a, resource));
        }
        return new ActorRegistry(entries, sources);
    }

    private static RegistryEntry entry(JsonNode a, String resource) {
        String id = a.path("id").asText("");
        if (id.isEmpty() || a.path("name").asText("").isEmpty()) {
            throw new InvalidRegistryException(resource, "actor without id or name: " + a);
        }
        ActorKind kind;
        try {
            kind = ActorKind.fromCode(a.path("kind").asText(""));
        } catch (IllegalArgumentException e) {
            throw new InvalidRegistryException(id, e.getMessage());
        }
        List<Alias> aliases = new ArrayList<>();
        for (String alias : strings(a.path("aliases"))) {
            aliases.add(Alias.registry(alias));
        }
        List<Lineage> lineage = new ArrayList<>();
        for (JsonNode l : a.path("lineage")) {
            String target = l.hasNonNull("target") ? l.get("target").asText() : null;
            DateValue date = l.hasNonNull("date") ? DateValue.parse(l.get("date").asText())
                    .orElseThrow(() -> new InvalidRegistryException(id, "bad lineage date " + l.get("date"))) : null;
            lineage.add(new Lineage(l.path("type").asText(), target, date));
        }
        List<Succession> takesOver = new ArrayList<>();
        for (JsonNode t : a.path("takes_over")) {
            DateValue from = DateValue.parse(t.path("from").asText(""))
                    .orElseThrow(() -> new InvalidRegistryException(id, "bad takes_over date " + t.get("from")));
            takesOver.add(new Succession(t.path("actor").asText(), from.date()));
        }
        Actor actor = new Actor(id, a.get("name").asText(), kind, aliases, lineage, false);
        return new RegistryEntry(actor, strings(a.path("abbreviations")), strings(a.path("references")),
                strings(a.path("sources")), takesOver);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return out;
    }
}
