package org.orbat.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.EventType;
import org.orbat.model.Evidence;
import org.orbat.model.Place;
import org.orbat.model.Stance;
import org.orbat.store.JdbcKnowledgeBase;

/**
 * Searches that find, or say what was meant (issue 14): a place by any spelling its gazetteer entry
 * knows, "did you mean" for unknown actors and places, and the valid event types for a wrong one.
 */
class SearchThatFindsTest {
    /** Stands in for the gazetteer: Manbij, Menbij and Minbij are one town; Menbij is the name events carry. */
    private static final Map<String, Set<String>> GAZETTEER = Map.of(
        "manbij", Set.of("Menbij", "Manbij", "Minbij"), "menbij", Set.of("Menbij", "Manbij", "Minbij"));

    @TempDir
    Path dir;
    JdbcKnowledgeBase kb;
    QueryService queries;

    @BeforeEach
    void open() {
        kb = SyrianFixture.create(dir.resolve("kb.db"));
        String sentence = "Hazm fighters clashed with IS near Menbij.";
        SyrianFixture.addReport(kb, "doc-9", sentence, new Event("doc-9-e0", EventType.BATTLE, DateValue.month(2015, 6), null,
            List.of("hazm-movement"), List.of(new Place("Menbij", 36.53, 37.95, "Aleppo", "SY", "city", "exact")), null,
            List.of(new Evidence("doc-9", 0, sentence, null, null, Stance.ASSERTED))));
        PlaceSpellings spellings = name -> GAZETTEER.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), Set.of());
        queries = new QueryService(kb.readModel(), ActorFinder.none(), spellings, QueryServiceTest.CLOCK, Duration.ZERO);
    }

    @AfterEach
    void close() {
        kb.close();
    }

    private List<String> eventsAt(String place) {
        return queries.events(new EventCriteria(null, place, null, null, null, 0, 50)).events().stream().map(EventSummary::id).toList();
    }

    @Test
    void findsEventsPlacedAtMenbijWhenManbijIsAsked() {
        assertThat(eventsAt("Manbij")).containsExactly("doc-9-e0");
        assertThat(eventsAt("Menbij")).containsExactly("doc-9-e0");
    }

    @Test
    void stillFindsAPlaceOrGovernorateTheSpellingsDoNotKnow() {
        assertThat(eventsAt("atarib")).containsExactly("doc-2-e0");
        assertThat(eventsAt("Aleppo")).contains("doc-9-e0", "doc-2-e0");
    }

    @Test
    void unknownPlaceSuggestsTheClosestPlaceEventsHave() {
        assertThatThrownBy(() -> eventsAt("Atarb")).isInstanceOf(UnknownPlaceException.class)
            .hasMessage("unknown place 'Atarb'; did you mean Atarib?");
    }

    @Test
    void placeKnownToTheGazetteerButWithoutEventsIsNoError() {
        assertThat(queries.events(new EventCriteria("Nusra", "Manbij", null, null, null, 0, 50)).events()).isEmpty();
    }

    @Test
    void unknownActorSuggestsTheClosestCanonicalName() {
        assertThatThrownBy(() -> queries.actor("Levant Frnt", null)).isInstanceOf(UnknownActorException.class)
            .hasMessage("unknown actor 'Levant Frnt'; did you mean Levant Front?")
            .extracting(e -> ((UnknownActorException) e).suggestions()).isEqualTo(List.of("Levant Front"));
    }

    @Test
    void wrongEventTypeListsTheTypesAndTheClosestOne() {
        assertThatThrownBy(() -> eventsAt(null, "battles")).isInstanceOf(InvalidParameterException.class)
            .hasMessageStartingWith("type 'battles': not an event type; did you mean battle? (one of: ")
            .hasMessageContaining("remote_violence", "territory_capture", "violence_against_civilians");
    }

    private List<EventSummary> eventsAt(String place, String type) {
        return queries.events(new EventCriteria(null, place, null, null, type, 0, 50)).events();
    }
}
