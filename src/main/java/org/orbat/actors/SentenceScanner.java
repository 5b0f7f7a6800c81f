package org.orbat.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.AnnotatedSentence;

/**
 * Finds registry, learned and discovered names in one sentence by longest match over token n-grams
 * (up to {@value #MAX_TOKENS} tokens), each n-gram looked up by its normalised key. CoreNLP's NER is
 * not consulted, so a name it tags wrongly ("Al Nusrah" as PERSON) still resolves. Lower-case spans
 * only match coder conventions ("government forces"); single tokens must be capitalised, so "is" and
 * "us" never become the Islamic State or the United States.
 */
final class SentenceScanner {
    static final int MAX_TOKENS = 8;
    /** Tails that name a group's people, not the group: "Hazm fighters" is a mention of "Hazm" alone. */
    private static final java.util.Set<String> PEOPLE_TAILS =
            WordTable.of(Language.ENGLISH, "actor-name-words.tsv").words("people-tail");

    private final TransliterationActorResolver resolver;

    SentenceScanner(TransliterationActorResolver resolver) {
        this.resolver = resolver;
    }

    List<ActorMention> scan(AnnotatedSentence sentence, List<TokenView> views, ArticleState state) {
        List<ActorMention> mentions = new ArrayList<>();
        int n = views.size();
        TokenView[] stems = new TokenView[n];
        for (int i = 0; i < n; i++) {
            stems[i] = StrippedPossessives.stem(views, i, resolver.normaliser());
        }
        for (int i = 0; i < n; i++) {
            TokenView first = views.get(i);
            if (first.punctuation() || first.is("the") || first.isPossessive()) {
                continue;
            }
            for (int len = Math.min(MAX_TOKENS, n - i); len >= 1; len--) {
                int end = i + len;
                Optional<NameMatch> match = match(sentence, views, i, end, state, views.get(end - 1));
                if (match.isEmpty() && stems[end - 1] != null) {
                    // "Assads regime": the name with its possessive's apostrophe lost (StrippedPossessives)
                    match = match(sentence, views, i, end, state, stems[end - 1])
                        .filter(m -> StrippedPossessives.STEM_RULES.contains(m.rule()))
                        .map(m -> new NameMatch(m.actorId(), StrippedPossessives.RULE));
                }
                if (match.isPresent()) {
                    String text = SentenceText.span(sentence, views, i, end);
                    String id = match.get().actorId();
                    String rule = match.get().rule();
                    if (rule.equals("registry") && !resolver.index().surface(text).ids().contains(id)) {
                        rule = "spelling rule";
                    }
                    if (placeByTagger(views, i, end) && (rule.equals("spelling rule") || rule.equals("designator"))) {
                        // "Oran" folds to Iran's key and "Cabo Delgado" is the core of "Cabo Delgado
                        // insurgents": a place the tagger saw, matched only loosely, stays a place.
                        continue;
                    }
                    mentions.add(new ActorMention(sentence.index(), i, end, text, id, rule));
                    i = end - 1;
                    break;
                }
            }
        }
        return mentions;
    }

    /** Every token of the span tagged a place by the taggers (a nationality is no place: "Houthi" is one). */
    private static boolean placeByTagger(List<TokenView> views, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (!views.get(i).isPlace() || "NATIONALITY".equals(views.get(i).token().ner())) {
                return false;
            }
        }
        return true;
    }

    /** The actor the span names, reading its last token as {@code last} (the token itself, or its stem). */
    private Optional<NameMatch> match(AnnotatedSentence sentence, List<TokenView> views, int begin, int end,
                                      ArticleState state, TokenView last) {
        if (last.punctuation() || last.keys().isEmpty()) {
            return Optional.empty();
        }
        boolean capitalised = false;
        StringBuilder key = new StringBuilder();
        for (int i = begin; i < end; i++) {
            TokenView v = i == end - 1 ? last : views.get(i);
            if (v.punctuation() && !(i > begin && i < end - 1 && isJoiner(v))) {
                return Optional.empty();
            }
            capitalised |= v.capitalised() && !v.keys().isEmpty();
            for (String k : i == end - 1 ? v.keys() : v.fullKeys()) {
                key.append(key.length() == 0 ? "" : " ").append(k);
            }
        }
        if (end - begin == 1) {
            Optional<NameMatch> abbreviation = abbreviation(last.word(), state);
            if (abbreviation.isPresent()) {
                return abbreviation;
            }
        }
        if (end - begin == 3 && hyphenated(views.get(begin), views.get(begin + 1), last)) {
            // "SPLM-N", "FARC-EP": the tokenizer splits an acronym at its hyphen; read as written, it is one abbreviation
            Optional<NameMatch> abbreviation = abbreviation(views.get(begin).word() + "-" + last.word(), state);
            if (abbreviation.isPresent()) {
                return abbreviation;
            }
        }
        String k = key.toString();
        if (capitalised) {
            NameIndex.Hit hit = resolver.index().key(k);
            if (hit.found()) {
                return registryMatch(hit, SentenceText.span(sentence, views, begin, end));
            }
            Optional<NameMatch> learned = state.learned(k);
            if (learned.isPresent()) {
                return learned;
            }
        }
        NameIndex.Hit reference = resolver.index().reference(k);
        if (reference.found()) {
            return reference.unique() ? Optional.of(new NameMatch(reference.id(), "convention")) : Optional.empty();
        }
        // a designator only counts when it is written as part of the name: "Hazm Party", not "Hazm fighters"
        if (capitalised && end - begin >= 2 && last.capitalised() && views.get(begin).capitalised()
                && !PEOPLE_TAILS.contains(last.lower())) {
            NameIndex.Hit core = resolver.index().core(k);
            if (core.unique() && resolver.index().coreSpelt(core.id(), SentenceText.span(sentence, views, begin, end))) {
                return Optional.of(new NameMatch(core.id(), "designator"));
            }
        }
        return Optional.empty();
    }

    /**
     * A registry key's actor, checked against the span as written. Two rules need the surface: a key
     * two actors share goes to the one whose alias is spelt exactly so ("Nigerien forces" and
     * "Nigerian forces" share a key), a span with an acronym in it ("IS forces") matches only a
     * name written with that acronym, since the spelling rules fold "IS" and "US" to one key, and a
     * one-word name of a generated actor or of a state matches only as spelt ("Pale" is not Palau, the
     * Yemeni governorate "Saada" is not Saudi Arabia: a country's name has one spelling, and the vowel rules
     * meant for transliterated group names make place names into countries).
     */
    private Optional<NameMatch> registryMatch(NameIndex.Hit hit, String text) {
        NameIndex.Hit surface = resolver.index().surface(text);
        if (hit.unique() && !text.strip().contains(" ") && spelt(hit.id())) {
            return surface.ids().contains(hit.id()) ? Optional.of(new NameMatch(hit.id(), "registry")) : Optional.empty();
        }
        if (Acronyms.within(text)) {
            return surface.unique() && hit.ids().contains(surface.id())
                    ? Optional.of(new NameMatch(surface.id(), "registry")) : Optional.empty();
        }
        if (hit.unique()) {
            return Optional.of(new NameMatch(hit.id(), "registry"));
        }
        return surface.unique() && hit.ids().contains(surface.id())
                ? Optional.of(new NameMatch(surface.id(), "registry")) : Optional.empty();
    }

    /** Whether the actor's one-word names match only as spelt: generated actors' and states'. */
    private boolean spelt(String id) {
        return resolver.registry().isGenerated(id) || resolver.registry().require(id).actor().kind() == org.orbat.model.ActorKind.STATE;
    }

    private Optional<NameMatch> abbreviation(String word, ArticleState state) {
        String bare = word.replace(".", "");
        if (bare.length() < 2 || !bare.equals(bare.toUpperCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        Optional<String> learned = state.learnedAbbreviation(bare);
        if (learned.isPresent()) {
            return Optional.of(new NameMatch(learned.get(), "learned"));
        }
        NameIndex.Hit hit = resolver.index().abbreviation(bare);
        return hit.unique() ? Optional.of(new NameMatch(hit.id(), "abbreviation")) : Optional.empty();
    }

    /** Three tokens written as one word with a hyphen in the middle ("SPLM-N", not "SPLM - N"). */
    private static boolean hyphenated(TokenView left, TokenView hyphen, TokenView right) {
        return hyphen.word().equals("-") && left.token().end() == hyphen.token().begin()
            && hyphen.token().end() == right.token().begin();
    }

    private static boolean isJoiner(TokenView v) {
        return v.word().equals("-") || v.word().equals("'") || v.word().equals("\u2019");
    }
}
