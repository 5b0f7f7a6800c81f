package org.orbat.query;

import java.util.List;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.EventType;
import org.orbat.model.Evidence;
import org.orbat.model.Place;
import org.orbat.model.Stance;
import org.orbat.store.JdbcKnowledgeBase;

/**
 * Adds to the {@link SyrianFixture} two reports written for the tests of merged events, then merges as
 * an ingest does: a second document's undated report of the Atarib battle ({@code doc-2-e0}, dated
 * 2015-02-28, tolls 80 and 45) giving 60 dead, which the merger joins to it; and an undated clash at
 * Azaz no report dates.
 */
public final class DisagreeingReports {
    public static final String SECOND_ATARIB = "Nusra and Hazm fought at Atarib, where 60 died, a local council said.";
    public static final String AZAZ = "Hazm fighters clashed with the regime at Azaz.";
    public static final Place ATARIB = new Place("Atarib", 36.14, 36.83, "Aleppo", "SY", "town", "exact");
    public static final Place AZAZ_PLACE = new Place("Azaz", 36.59, 37.05, "Aleppo", "SY", "town", "exact");

    private DisagreeingReports() {
    }

    public static JdbcKnowledgeBase add(JdbcKnowledgeBase kb) {
        SyrianFixture.addReport(kb, "doc-4", SECOND_ATARIB, new Event("doc-4-e0", EventType.BATTLE, null, null,
            List.of("al-nusra-front", "hazm-movement"), List.of(ATARIB), 60,
            List.of(new Evidence("doc-4", 0, SECOND_ATARIB, "local council", 60, Stance.ASSERTED))));
        SyrianFixture.addReport(kb, "doc-5", AZAZ, new Event("doc-5-e0", EventType.BATTLE, null, null,
            List.of("hazm-movement", "syrian-government"), List.of(AZAZ_PLACE), null,
            List.of(new Evidence("doc-5", 0, AZAZ, null, null, Stance.ASSERTED))));
        kb.mergeEvents(new EventMerger()::mergedIds);
        return kb;
    }

    /** The fixture's date of the merged battle. */
    public static DateValue battleDay() {
        return DateValue.parse("2015-02-28").orElseThrow();
    }
}
