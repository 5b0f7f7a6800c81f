package org.orbat.query;

import java.util.List;
import org.orbat.model.DateValue;
import org.orbat.model.Stance;

/**
 * A fact and every report behind it, disagreements included.
 *
 * @param factId the relation or event id (for an event, the merged event's, whichever of its reports' ids was asked)
 * @param kind {@code relation} or {@code event}
 * @param type the relation or event type code
 * @param actors the parties (source then target for a relation)
 * @param date start date; may be {@code null}
 * @param dateEnd end date; may be {@code null}
 * @param fatalities the stored toll of an event; may be {@code null}
 * @param evidence each report
 * @param sources the distinct reporting sources named
 * @param stances the distinct stances taken
 * @param tolls the distinct tolls reported, lowest first
 * @param tollsDisagree whether reports give more than one toll
 * @param reports for an event, each document's report merged into it, with its own date and toll; empty for a relation
 * @param corrections the analysts' corrections of this fact (confirmed, fixed; for a relation, also added by hand)
 */
public record FactEvidence(String factId, String kind, String type, List<ActorRef> actors, DateValue date,
                           DateValue dateEnd, Integer fatalities, List<EvidenceItem> evidence, List<String> sources,
                           List<Stance> stances, List<Integer> tolls, boolean tollsDisagree, List<EventReport> reports,
                           List<CorrectionNote> corrections) {
    public FactEvidence {
        actors = List.copyOf(actors);
        evidence = List.copyOf(evidence);
        sources = List.copyOf(sources);
        stances = List.copyOf(stances);
        tolls = List.copyOf(tolls);
        reports = List.copyOf(reports);
        corrections = List.copyOf(corrections);
    }
}
