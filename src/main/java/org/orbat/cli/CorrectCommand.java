package org.orbat.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.orbat.OrbatException;
import org.orbat.extract.places.Gazetteer;
import org.orbat.extract.places.GazetteerPlace;
import org.orbat.extract.places.PlaceLookup;
import org.orbat.query.QueryService;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.corrections.Correction;
import org.orbat.store.corrections.CorrectionAction;
import org.orbat.store.corrections.CorrectionEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code orbat correct ACTION TARGET --set KEY=VALUE --by NAME --reason TEXT}: writes an analyst's correction to the
 * knowledge base's log and applies it. Actors may be named by any alias; a place by any gazetteer spelling.
 */
@Command(name = "correct", mixinStandardHelpOptions = true,
    description = "Correct the knowledge base (kept through every later ingest): merge-actors, rename-actor, add-alias, "
        + "remove-alias, split-alias, set-kind, reject-event, confirm-event, fix-event, add-event, reject-relation, "
        + "confirm-relation, add-relation.",
    footer = {"", "Examples:",
        "  orbat correct merge-actors \"Jabhat al-Nusra\" --set into=\"Nusra Front\" --by ana --reason \"same group\"",
        "  orbat correct fix-event doc-1a2b-e3 --set fatalities=50 --set place=Atarib --by ana --reason \"SOHR's later count\"",
        "  orbat correct reject-relation \"ally_of|Hazm Movement|Nusra Front\" --by ana --reason \"misread sentence\"",
        "  orbat correct add-relation \"supported_by|Hazm Movement|United States\" --set start=2014 --set source_note=\"CNN\" "
            + "--set note=\"US officials confirmed the TOW deliveries\" --by ana --reason \"analyst's reading\""})
final class CorrectCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Parameters(index = "0", paramLabel = "ACTION", description = "What to do (see above).")
    String action;

    @Parameters(index = "1", paramLabel = "TARGET",
        description = "An actor (id or any name), an event id, TYPE|SOURCE|TARGET for a relation, or 'new' for add-event.")
    String target;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
        description = "The action's values: into, name, alias, id, kind, type, date, fatalities, place, side1, side2, start, end, "
            + "source_note, note.")
    Map<String, String> values = new LinkedHashMap<>();

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who makes the correction.")
    String editor;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
    String reason;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CorrectionAction what;
        try {
            what = CorrectionAction.fromCode(action);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage() + "; one of "
                + String.join(", ", List.of(CorrectionAction.values()).stream().map(CorrectionAction::code).toList()));
        }
        try (JdbcKnowledgeBase kb = QuerySession.openExisting(database.db)) {
            QueryService queries = QuerySession.queriesOver(kb, java.time.Duration.ZERO);
            Correction draft = Correction.draft(editor, reason, what, resolveTarget(what, queries), resolveValues(what, queries, kb));
            CorrectionEntry written = kb.correct(draft);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("correction #%d: %s %s: %s%s%n", written.correction().id(), what.code(), written.correction().target(),
                written.stale() ? "STALE, " : "", written.status() == null ? "recorded" : written.status().detail());
            return written.stale() ? OrbatCommand.FAILED : OrbatCommand.OK;
        } catch (IllegalArgumentException e) {
            throw new OrbatException("correct " + action + " " + target + ": " + e.getMessage(), e);
        }
    }

    private String resolveTarget(CorrectionAction what, QueryService queries) {
        return switch (what.target()) {
            case ACTOR -> what.adds() ? target : actorId(queries, target);
            case EVENT -> target;
            case RELATION -> {
                String[] parts = target.split("\\|", -1);
                if (parts.length != 3) {
                    throw new IllegalArgumentException("a relation is TYPE|SOURCE|TARGET, e.g. \"ally_of|Hazm Movement|Nusra Front\"");
                }
                yield parts[0].trim() + "|" + actorId(queries, parts[1].trim()) + "|" + actorId(queries, parts[2].trim());
            }
        };
    }

    private Map<String, String> resolveValues(CorrectionAction what, QueryService queries, JdbcKnowledgeBase kb) {
        Map<String, String> out = new LinkedHashMap<>(values);
        if (out.containsKey("into")) {
            out.put("into", actorId(queries, out.get("into")));
        }
        for (String side : List.of("side1", "side2")) {
            if (out.containsKey(side)) {
                out.put(side, String.join(",", List.of(out.get(side).split("\\s*,\\s*")).stream()
                    .filter(s -> !s.isBlank()).map(s -> actorId(queries, s)).toList()));
            }
        }
        if (what == CorrectionAction.SPLIT_ALIAS && !out.containsKey("id") && out.containsKey("alias")) {
            out.put("id", out.get("alias").toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", ""));
        }
        String place = out.remove("place");
        if (place != null) {
            GazetteerPlace p = bestPlace(place, Optional.ofNullable(out.remove("country")), kb);
            out.put("place_name", p.name());
            out.put("place_lat", Double.toString(p.lat()));
            out.put("place_lon", Double.toString(p.lon()));
            putIfKnown(out, "place_admin1", p.admin1());
            putIfKnown(out, "place_country", p.country());
            putIfKnown(out, "place_feature", p.featureClass());
        }
        return out;
    }

    private static void putIfKnown(Map<String, String> out, String key, String value) {
        if (value != null && !value.isBlank()) {
            out.put(key, value);
        }
    }

    private static GazetteerPlace bestPlace(String name, Optional<String> country, JdbcKnowledgeBase kb) {
        List<PlaceLookup.Ranked> ranked = new PlaceLookup(Gazetteer.loadDefaultWith(kb.importedPlaces())).lookup(name, country);
        return ranked.stream().filter(PlaceLookup.Ranked::eligible).findFirst().or(() -> ranked.stream().findFirst())
            .map(PlaceLookup.Ranked::place)
            .orElseThrow(() -> new IllegalArgumentException("no place named '" + name + "' in the gazetteer"
                + " (try orbat gazetteer lookup, or give place_name, place_lat and place_lon)"));
    }

    private static String actorId(QueryService queries, String name) {
        return queries.actor(name, null).id();
    }
}
