package org.orbat.extract.places;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.orbat.lexicon.CalendarNames;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;

/**
 * The curated words around a name that decide whether it is a place and how precise it is, read from
 * {@code lang/en/place-context-words.tsv}: armed-group prefixes and designators (so "Ahrar al-Sham" and
 * "Levant Front" give no place), place cues ("the village of"), "near" cues, governorate suffixes
 * ("province"), directions ("northern Aleppo") and place names that are also common words.
 *
 * @param groupPrefixes words that open an armed group's name (Jaysh, Ahrar, Liwa, ...)
 * @param groupDesignators words that close one (Front, Army, Brigade, ...)
 * @param placeCues words after which a place name is expected (in, near, village, ...)
 * @param nearCues words that make the position approximate (near, outskirts, ...)
 * @param governorateSuffixes words after a governorate seat that mean the governorate (province, countryside)
 * @param directions words before a governorate seat that mean part of the governorate (northern, rural)
 * @param stopNames gazetteer names that are also common words, accepted only after a place cue; the month and
 *     weekday names among them come from the calendar's one list ({@code lang/en/months.tsv}, {@code weekdays.tsv})
 * @param locatingNouns words between a place and the names that say where it lies ("town", "district", "countryside")
 */
record ContextWords(Set<String> groupPrefixes, Set<String> groupDesignators, Set<String> placeCues,
                    Set<String> nearCues, Set<String> governorateSuffixes, Set<String> directions,
                    Set<String> stopNames, Set<String> locatingNouns) {
    static final String RESOURCE = "lang/en/place-context-words.tsv";
    /** This class's words, kept as data: {@code lang/en/grammar/context-words.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/context-words.tsv");
    /** Cues strong enough to make even a common word a place ("the village of Sham"). */
    static final Set<String> SETTLEMENT_NOUNS = GRAMMAR.words("settlement-nouns");

    /** The file's stop names, and every month and weekday ("Friday", "May" and "Sunday" are also places). */
    private static Set<String> readStopNames() {
        Set<String> names = new HashSet<>(ResourceTables.words(RESOURCE, "stop_name"));
        CalendarNames calendar = CalendarNames.of(Language.ENGLISH);
        calendar.months().forEach(m -> names.add(m.name().toLowerCase(Locale.ROOT)));
        names.addAll(calendar.weekdayNames());
        return Set.copyOf(names);
    }

    static ContextWords load() {
        return new ContextWords(ResourceTables.words(RESOURCE, "group_prefix"),
                ResourceTables.words(RESOURCE, "group_designator"), ResourceTables.words(RESOURCE, "place_cue"),
                ResourceTables.words(RESOURCE, "near_cue"), ResourceTables.words(RESOURCE, "governorate_suffix"),
                ResourceTables.words(RESOURCE, "direction"), readStopNames(),
                ResourceTables.words(RESOURCE, "locating_noun"));
    }
}
