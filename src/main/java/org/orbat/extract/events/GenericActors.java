package org.orbat.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orbat.OrbatException;
import org.orbat.extract.PhraseLexicon;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.TsvResource;
import org.orbat.model.Actor;
import org.orbat.model.ActorKind;
import org.orbat.model.Alias;
import org.orbat.model.EventType;
import org.orbat.nlp.AnnotatedSentence;

/**
 * ACLED's generic actors: who acts or suffers when a report names no organisation ("unknown gunmen
 * shot dead a farmer", "protesters blocked the road"). They are found by a lexicon of role words
 * ({@code resources/lang/en/generic-actors.tsv}) and named by role and country the way ACLED names
 * them: "Civilians (Yemen)", "Unidentified Armed Group (Libya)", "Protesters (Iraq)", "Rioters (India)".
 * Immutable and thread-safe.
 */
final class GenericActors {
    /** The role a generic phrase names. */
    enum Role {
        CIVILIAN, UNIDENTIFIED, COMMUNAL, OPPOSITION, ISLAMIST, PROTESTERS, RIOTERS;

        /** Whether the role names armed men: a name right before it ("IS gunmen") says whose they are. */
        boolean armed() {
            return this == UNIDENTIFIED || this == COMMUNAL || this == OPPOSITION || this == ISLAMIST;
        }
    }

    /** A generic phrase in a sentence, over tokens {@code [tokenBegin, tokenEnd)}. */
    record Mention(int tokenBegin, int tokenEnd, Role role) {
    }

    private static final String NAMES = "/extract/country-names.tsv";

    private final PhraseLexicon<Role> lexicon = PhraseLexicon.load(Language.ENGLISH.resource("generic-actors.tsv"),
        code -> Role.valueOf(code.trim().toUpperCase(Locale.ROOT)));
    private final Map<String, String> countryNames = loadNames();
    /** The last words of the armed roles' phrases ("gunmen", "militant*"), a trailing "*" for any ending. */
    private final List<String> armedHeads = armedHeads(lexicon);

    /** The generic phrases of a sentence, longest first at each position, without overlaps. */
    List<Mention> find(AnnotatedSentence s) {
        List<Mention> out = new ArrayList<>();
        for (PhraseLexicon.Match<Role> m : lexicon.find(s)) {
            out.add(new Mention(m.tokenBegin(), m.tokenEnd(), m.label()));
        }
        return out;
    }

    /**
     * The actor a role stands for in an event of the given type, in the given country. In a protest the
     * people on the street are protesters whatever the report calls them ("residents protested"), in a
     * riot rioters.
     *
     * @param countryIso ISO 3166 alpha-2 code of the event's country, or {@code null} when unknown
     */
    Actor actor(Role role, EventType type, String countryIso) {
        Role r = role;
        if (role == Role.CIVILIAN || role == Role.PROTESTERS || role == Role.RIOTERS) {
            if (type == EventType.PROTEST) {
                r = Role.PROTESTERS;
            } else if (type == EventType.RIOT) {
                r = Role.RIOTERS;
            }
        }
        String country = countryIso == null ? null : countryName(countryIso);
        String base = switch (r) {
            case CIVILIAN -> "Civilians";
            case UNIDENTIFIED -> "Unidentified Armed Group";
            // the codebook's unnamed identity militia: ethnic, tribal, clan or communal fighters (inter 4)
            case COMMUNAL -> "Unidentified Communal Militia";
            // the codebook's umbrella for rebels a report names only as the opposition ("Opposition Rebels (Syria)")
            case OPPOSITION -> "Opposition Rebels";
            // the codebook's name for an unnamed Islamist armed group ("Islamist Militia (Mozambique)")
            case ISLAMIST -> "Islamist Militia";
            case PROTESTERS -> "Protesters";
            case RIOTERS -> "Rioters";
        };
        ActorKind kind = switch (r) {
            case CIVILIAN -> ActorKind.CIVILIAN;
            case UNIDENTIFIED, COMMUNAL, OPPOSITION, ISLAMIST -> ActorKind.UNIDENTIFIED;
            case PROTESTERS, RIOTERS -> ActorKind.CROWD;
        };
        String id = base.toLowerCase(Locale.ROOT).replace(' ', '-') + (countryIso == null ? "" : "-" + countryIso.toLowerCase(Locale.ROOT));
        String name = country == null ? base : base + " (" + country + ")";
        return new Actor(id, name, kind, List.of(Alias.registry(name)), List.of(), false);
    }

    /**
     * An unnamed militia named by its patron, the codebook's way: "Militia (Pro-Government)",
     * "Militia (Pro-Iran)". One actor per patron wherever it fights, as ACLED keeps it.
     */
    Actor militia(String patron) {
        String name = "Militia (Pro-" + patron + ")";
        String id = "militia-pro-" + patron.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        return new Actor(id, name, ActorKind.UNIDENTIFIED, List.of(Alias.registry(name)), List.of(), false);
    }

    /**
     * A militia a report names by the community it fights for ("Murle militia", "Kuchi gunmen"), the
     * codebook's identity militia named after its community: "Murle Communal Militia (South Sudan)".
     */
    Actor communal(String community, String countryIso) {
        String base = community + " Communal Militia";
        String name = countryIso == null ? base : base + " (" + countryName(countryIso) + ")";
        String id = "communal-militia-" + community.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
            + (countryIso == null ? "" : "-" + countryIso.toLowerCase(Locale.ROOT));
        return new Actor(id, name, ActorKind.UNIDENTIFIED, List.of(Alias.registry(name)), List.of(), false);
    }

    /**
     * Whether {@code word} is the head of an armed role's phrase ("gunmen", "raiders", "militants"): a
     * nationality right before it names where the armed men come from.
     */
    boolean armedHead(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return armedHeads.stream().anyMatch(h -> h.endsWith("*") ? w.startsWith(h.substring(0, h.length() - 1)) : w.equals(h));
    }

    private static final java.util.Set<String> NOT_ARMED_HEADS = java.util.Set.of("people", "persons", "person", "men", "man", "armed");

    /** The last words of the armed roles' phrases, from the lexicon already loaded (not the file read again). */
    private static List<String> armedHeads(PhraseLexicon<Role> lexicon) {
        List<String> out = new ArrayList<>();
        for (PhraseLexicon.Entry<Role> entry : lexicon.entries()) {
            if (!entry.label().armed()) {
                continue;
            }
            String head = entry.words().get(entry.words().size() - 1);
            // "unknown people", "unidentified men": the role is in the qualifier; "Kenyan people" are not armed men
            if (!NOT_ARMED_HEADS.contains(head) && !out.contains(head)) {
                out.add(head);
            }
        }
        return List.copyOf(out);
    }

    /** ACLED's English name of a country. */
    String countryName(String iso) {
        String code = iso.toUpperCase(Locale.ROOT);
        String name = countryNames.get(code);
        if (name != null) {
            return name;
        }
        String display = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return display.isBlank() || display.equals(code) ? code : display;
    }

    private static Map<String, String> loadNames() {
        Map<String, String> out = new HashMap<>();
        for (TsvResource.Row row : TsvResource.read(NAMES)) {
            if (row.columns().length < 2) {
                throw new OrbatException(NAMES + ":" + row.line() + ": expected 'iso2<TAB>name', got '" + row.text() + "'");
            }
            out.put(row.columns()[0].trim().toUpperCase(Locale.ROOT), row.columns()[1].trim());
        }
        return Map.copyOf(out);
    }
}
