package org.orbat.extract.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.orbat.actors.ActorMention;
import org.orbat.extract.MentionIndex;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.TsvResource;
import org.orbat.lexicon.WordTable;
import org.orbat.model.RelationType;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Reads "President Bashar al-Assad", "Syrian leader Bashar al-Assad" as leader_of(the person, the
 * government he heads): the title says he leads, and {@code resources/extract/governments-led.tsv}
 * says what (a title names no government: "President Assad" does not say "of Syria"). "Assad's
 * regime" says it too. A name without a title or such a possessive states no leadership. Immutable and thread-safe.
 */
final class GovernmentLeaders {
    private static final String RESOURCE = "/extract/governments-led.tsv";
    /** This class's words, kept as data: {@code lang/en/grammar/government-leaders.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/government-leaders.tsv");
    private static final Set<String> TITLES = GRAMMAR.words("titles");
    /** What a head's possessive names as his government: "Assad's regime", "Assads government". */
    private static final Set<String> GOVERNMENTS = GRAMMAR.words("governments");
    private static final GovernmentLeaders SHIPPED = load();

    private final Map<String, String> governmentOf;

    private GovernmentLeaders(Map<String, String> governmentOf) {
        this.governmentOf = Map.copyOf(governmentOf);
    }

    static GovernmentLeaders shipped() {
        return SHIPPED;
    }

    /** The government the person heads, if the table lists one. */
    java.util.Optional<String> governmentOf(String personId) {
        return java.util.Optional.ofNullable(governmentOf.get(personId));
    }

    List<RelationExtractor.Found> find(AnnotatedSentence s, MentionIndex index) {
        List<RelationExtractor.Found> out = new ArrayList<>();
        for (ActorMention m : index.all(s.index())) {
            String government = governmentOf.get(m.actorId());
            if (government != null && (titled(s, m) || ownsGovernment(s, m))) {
                out.add(new RelationExtractor.Found(RelationType.LEADER_OF, m.actorId(), government, m.tokenBegin()));
            }
        }
        return out;
    }

    /** A title in the name as written ("President Assad") or right before it ("Syrian President Bashar Assad"). */
    private static boolean titled(AnnotatedSentence s, ActorMention m) {
        List<Token> t = s.tokens();
        for (int i = Math.max(0, m.tokenBegin() - 2); i < m.tokenEnd(); i++) {
            if (TITLES.contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "Assad's regime": the possessive names the government the person heads, title or not. */
    private static boolean ownsGovernment(AnnotatedSentence s, ActorMention m) {
        if (!Possessors.is(s, m)) {
            return false;
        }
        int at = Possessors.owned(s, m);
        return at < s.tokens().size() && GOVERNMENTS.contains(s.tokens().get(at).word().toLowerCase(Locale.ROOT));
    }

    private static GovernmentLeaders load() {
        Map<String, String> out = new HashMap<>();
        for (TsvResource.Row row : TsvResource.read(RESOURCE)) {
            String[] c = row.columns();
            if (c.length < 2 || c[0].isBlank() || c[1].isBlank()) {
                throw new IllegalArgumentException(RESOURCE + " line " + row.line() + ": expected person and government ids");
            }
            out.put(c[0].trim(), c[1].trim());
        }
        return new GovernmentLeaders(out);
    }
}
