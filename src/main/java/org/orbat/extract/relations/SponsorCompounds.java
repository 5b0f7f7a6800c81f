package org.orbat.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orbat.actors.ActorMention;
import org.orbat.extract.Demonyms;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.model.RelationType;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Reads sponsor and alliance compounds written as one hyphenated word before a group's name:
 * "US-backed Hazm Movement", "Turkish-backed factions", "al Qaeda-allied Caucasus Emirate", "the
 * al-Qaeda-linked Nusra Front" (an affiliate), "the PYD-dominated SDF" (a member). The
 * prefix is resolved as an actor name, or as a nationality adjective through {@link Demonyms}.
 * Thread-safe.
 */
public final class SponsorCompounds {
    /** "US-backed", "IS-affiliated": a participle naming a backer or an ally (lang/en/sponsor-participles.tsv). */
    private static final WordTable PARTICIPLES = WordTable.of(Language.ENGLISH, "sponsor-participles.tsv");
    private static final java.util.Set<String> VERBS = PARTICIPLES.words("backing", "ally", "affiliation", "dominance");
    private static final java.util.Set<String> ALLY = PARTICIPLES.words("ally");
    private static final java.util.Set<String> AFFILIATION = PARTICIPLES.words("affiliation");
    private static final java.util.Set<String> DOMINANCE = PARTICIPLES.words("dominance");
    private static final Pattern COMPOUND = Pattern.compile("^(.+?)[-–‑](" + WordTable.alternation(VERBS) + ")$",
        Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> HYPHENS = java.util.Set.of("-", "–", "‑");
    /** This class's words, kept as data: {@code lang/en/grammar/sponsor-compounds.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/sponsor-compounds.tsv");
    private static final java.util.Set<String> CLASS_NOUNS = GRAMMAR.words("class-nouns");
    private static final java.util.Set<String> APPOSITION = GRAMMAR.words("apposition");
    /** Acts a sponsor compound may qualify, whose agent is then the one backed. */
    private static final java.util.Set<String> ACTS = GRAMMAR.words("acts");

    private final Demonyms demonyms;

    public SponsorCompounds(Demonyms demonyms) {
        this.demonyms = demonyms;
    }

    /** The nationality adjectives the compounds' prefixes are read with, which other phrases read too ("its Russian allies"). */
    Demonyms demonyms() {
        return demonyms;
    }

    List<RelationExtractor.Found> find(AnnotatedSentence s, List<ActorMention> parties) {
        List<RelationExtractor.Found> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Optional<Compound> compound = compoundAt(tokens, parties, i);
            if (compound.isEmpty()) {
                continue;
            }
            Optional<String> sponsor = compound.get().sponsor();
            if (sponsor.isEmpty()) {
                continue;
            }
            ActorMention backed = null;
            for (ActorMention p : parties) {
                // "the PYD-dominated U.S.-backed SDF": a name that opens the next compound is its sponsor, not the one qualified.
                if (p.tokenBegin() > i && p.tokenBegin() - i <= 6 && onlyModifiers(tokens, i + 1, p.tokenBegin())
                        && !opensCompound(tokens, p)) {
                    backed = p;
                    break;
                }
            }
            if (backed == null) {
                backed = actingParty(tokens, parties, i);
            }
            if (backed == null || backed.actorId().equals(sponsor.get())) {
                continue;
            }
            RelationType type = typeOf(compound.get().verb());
            if (type == RelationType.MEMBER_OF) {
                // "the PYD-dominated SDF": the dominant group is the alliance's member.
                out.add(new RelationExtractor.Found(type, sponsor.get(), backed.actorId(), i));
            } else {
                out.add(new RelationExtractor.Found(type, backed.actorId(), sponsor.get(), i));
            }
        }
        return out;
    }

    private static boolean opensCompound(List<Token> tokens, ActorMention p) {
        int k = p.tokenEnd();
        return k + 1 < tokens.size() && HYPHENS.contains(tokens.get(k).word())
            && VERBS.contains(tokens.get(k + 1).word().toLowerCase(Locale.ROOT));
    }

    /**
     * "a Russian-backed offensive by government forces": the compound qualifies an act, and the act's
     * agent, its "by" phrase right after it, is the one backed.
     */
    private static ActorMention actingParty(List<Token> tokens, List<ActorMention> parties, int i) {
        int k = i + 1;
        // the tagger often reads "offensive" itself as an adjective
        while (k < tokens.size() && k - i <= 3 && tokens.get(k).pos().startsWith("JJ")
                && !ACTS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            k++;
        }
        if (k + 1 >= tokens.size() || !ACTS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
                || !tokens.get(k + 1).word().equalsIgnoreCase("by")) {
            return null;
        }
        int agent = k + 2 < tokens.size() && tokens.get(k + 2).word().equalsIgnoreCase("the") ? k + 3 : k + 2;
        for (ActorMention p : parties) {
            if (p.tokenBegin() == agent) {
                return p;
            }
        }
        return null;
    }

    /**
     * Whether only modifiers of the name stand between a compound and the name: adjectives and other
     * hyphenated words, as in "the PYD-dominated U.S.-backed Syria Democratic Forces" or "the US-backed
     * Kurdish-Arab Syrian Democratic Forces".
     */
    private static boolean onlyModifiers(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            // "the al-Qaeda-linked group, Hayat Tahrir al-Sham": a class noun in apposition to the name.
            boolean classNoun = CLASS_NOUNS.contains(w) && (k + 1 == to || APPOSITION.contains(tokens.get(k + 1).word().toLowerCase(Locale.ROOT)));
            boolean apposition = APPOSITION.contains(w) && k > from && CLASS_NOUNS.contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT));
            boolean modifier = t.pos().startsWith("JJ") || t.word().contains("-") || HYPHENS.contains(t.word())
                || VERBS.contains(w) || t.pos().startsWith("NNP") && k + 1 < to || classNoun || apposition;
            if (!modifier) {
                return false;
            }
        }
        return true;
    }

    /** A sponsor compound ending at token {@code i}, as one token ("US-backed") or three ("US", "-", "backed"). */
    private record Compound(String verb, Optional<String> sponsor) {
    }

    private Optional<Compound> compoundAt(List<Token> tokens, List<ActorMention> parties, int i) {
        Matcher m = COMPOUND.matcher(tokens.get(i).word());
        if (m.matches()) {
            return Optional.of(new Compound(m.group(2).toLowerCase(Locale.ROOT), sponsor(prefix(tokens, i, m.group(1)))));
        }
        String verb = tokens.get(i).word().toLowerCase(Locale.ROOT);
        if (i < 2 || !VERBS.contains(verb) || !HYPHENS.contains(tokens.get(i - 1).word())) {
            return Optional.empty();
        }
        for (ActorMention p : parties) {
            if (p.tokenEnd() == i - 1) {
                return Optional.of(new Compound(verb, Optional.of(p.actorId())));
            }
        }
        return Optional.of(new Compound(verb, sponsor(prefix(tokens, i - 2, tokens.get(i - 2).word()))));
    }

    /** The sponsor's name: the hyphen's prefix, with the words before it when they are part of a name ("al Qaeda-allied"). */
    private static String prefix(List<Token> tokens, int i, String head) {
        StringBuilder name = new StringBuilder(head);
        for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
            String w = tokens.get(k).word();
            if (w.equalsIgnoreCase("al") || w.equalsIgnoreCase("el") || w.equalsIgnoreCase("an")) {
                name.insert(0, w + " ");
            } else {
                break;
            }
        }
        return name.toString();
    }

    private Optional<String> sponsor(String name) {
        return demonyms.actor(name);
    }

    /** The relation a participle's kind states: the named party an ally, a parent, a dominant member, or a backer. */
    private static RelationType typeOf(String participle) {
        if (ALLY.contains(participle)) {
            return RelationType.ALLY_OF;
        }
        if (AFFILIATION.contains(participle)) {
            return RelationType.AFFILIATE_OF;
        }
        return DOMINANCE.contains(participle) ? RelationType.MEMBER_OF : RelationType.SUPPORTED_BY;
    }
}
