package org.orbat.extract.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.orbat.model.AcledSubEvent;
import org.orbat.model.EventType;
import org.orbat.model.Evidence;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Details a report gives outside the sentence that states an event, which change how an ACLED coder files
 * it (ACLED Codebook, "Explosions/Remote violence", "Riots"):
 * <ul>
 * <li>a blast whose bomber the next sentences call a suicide bomber ("Police later said the attacker was a
 * suicide bomber") is a suicide bomb, not a remote explosive;</li>
 * <li>a riot with no demonstration, no grievance and no demonstrators' tactic (burning tyres, barricades,
 * blocked roads) named anywhere in the report ("rioters beat a man suspected of theft") is mob violence, and one
 * whose report names any of them a violent demonstration.</li>
 * </ul>
 * Stateless.
 */
final class ArticleDetails {
    /** How many sentences after an event's last one may still tell who set off its bomb. */
    private static final int REACH = 2;
    private static final Pattern SUICIDE = Pattern.compile("\\bsuicide\\b|\\bself-detonat");
    /** Words of a demonstration, of what a crowd demanded or denounced, or of a demonstrators' tactic. */
    private static final Set<String> DEMONSTRATION_WORDS = EventWords.list("demonstration-words");

    /** Refines the drafts' sub-event types from what the whole report says. */
    void refine(List<EventDraft> drafts, List<AnnotatedSentence> sentences) {
        boolean demonstration = sentences.stream().anyMatch(ArticleDetails::namesDemonstration);
        for (EventDraft d : drafts) {
            if (d.type == EventType.REMOTE_VIOLENCE && d.subEvent == AcledSubEvent.REMOTE_EXPLOSIVE_LANDMINE_IED
                    && suicideBomberNear(d, sentences)) {
                d.subEvent = AcledSubEvent.SUICIDE_BOMB;
            }
            if (d.type == EventType.RIOT && d.subEvent == AcledSubEvent.VIOLENT_DEMONSTRATION && !demonstration) {
                d.subEvent = AcledSubEvent.MOB_VIOLENCE;
            }
        }
    }

    private static boolean suicideBomberNear(EventDraft d, List<AnnotatedSentence> sentences) {
        int first = d.evidence.stream().mapToInt(Evidence::sentenceIndex).min().orElse(d.lastSentence);
        int last = Math.min(sentences.size() - 1, d.lastSentence + REACH);
        for (int i = Math.max(0, first); i <= last; i++) {
            if (SUICIDE.matcher(sentences.get(i).text().toLowerCase(Locale.ROOT)).find()) {
                return true;
            }
        }
        return false;
    }

    static boolean namesDemonstration(AnnotatedSentence s) {
        for (Token t : s.tokens()) {
            if (DEMONSTRATION_WORDS.contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
