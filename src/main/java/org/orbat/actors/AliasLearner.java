package org.orbat.actors;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.AnnotatedSentence;

/**
 * Learns aliases an article defines next to a name it already knows: appositions and parentheses
 * ("X, or the Y", "X (Y)", "X (ABBR)", "X, also known as Y", "X, formerly known as Y", "X was known
 * as Y"), in either direction when one side is known and the other is not. The unknown side becomes
 * an alias of the known side's actor for this article only (rule {@code learned}, the sentence as the
 * note). When both sides resolve to different actors nothing is learned: that is lineage or a list,
 * not a synonym.
 */
final class AliasLearner {
    /** Lower-case words an alias may hold: the Arabic article in all its forms, and these. */
    private static final Set<String> PARTICLES = Stream.concat(WordTable.of(Language.ARABIC, "articles.tsv").words("definite", "assimilated", "medial").stream(),
            WordTable.of(Language.ENGLISH, "actor-name-words.tsv").words("alias-particle").stream())
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> ADVERBS = WordTable.of(Language.ENGLISH, "actor-name-words.tsv").words("alias-adverb");
    private static final int MAX_ALIAS_TOKENS = 9;

    private final TransliterationActorResolver resolver;
    private final Designators designators;

    AliasLearner(TransliterationActorResolver resolver) {
        this.resolver = resolver;
        this.designators = resolver.designators();
    }

    void learn(AnnotatedSentence sentence, List<TokenView> views, List<ActorMention> mentions, ArticleState state) {
        for (ActorMention m : mentions) {
            if (m.rule().equals("convention") || m.rule().equals("context")) {
                continue;
            }
            int j = m.tokenEnd();
            if (j < views.size() && views.get(j).isOpeningBracket()) {
                int close = closing(views, j);
                if (close > 0) {
                    int from = skipQuotesAndThe(views, j + 1, close);
                    int to = trimQuotes(views, from, close);
                    if (isNameSpan(views, from, to, true)) {
                        teach(sentence, views, mentions, from, to, m.actorId(), state);
                    }
                    j = close + 1;
                }
            }
            j = afterApposition(views, j);
            if (j > 0) {
                int end = nameRun(views, j);
                if (isNameSpan(views, j, end, false)) {
                    teach(sentence, views, mentions, j, end, m.actorId(), state);
                }
            }
            learnBackwards(sentence, views, mentions, m, state);
        }
    }

    /** ", or [the] M" / ", also known as [the] M" with an unknown name before the comma. */
    private void learnBackwards(AnnotatedSentence sentence, List<TokenView> views, List<ActorMention> mentions,
                                ActorMention m, ArticleState state) {
        int k = m.tokenBegin() - 1;
        if (k >= 0 && views.get(k).is("the")) {
            k--;
        }
        if (k < 1 || !views.get(k).is("or") || !views.get(k - 1).word().equals(",")) {
            return;
        }
        int end = k - 1;
        int begin = end;
        while (begin > 0 && end - begin < MAX_ALIAS_TOKENS && runToken(views.get(begin - 1))) {
            begin--;
        }
        while (begin < end && PARTICLES.contains(views.get(begin).lower())) {
            begin++;
        }
        if (isNameSpan(views, begin, end, false)) {
            teach(sentence, views, mentions, begin, end, m.actorId(), state);
        }
    }

    /** The token after ", or [the]", ", [also] known as [the]", ", called", "was [formerly] known as"; -1 if none. */
    private static int afterApposition(List<TokenView> views, int j) {
        int n = views.size();
        int k = j;
        if (k < n && views.get(k).word().equals(",")) {
            k++;
            if (k < n && views.get(k).is("or")) {
                return skipThe(views, k + 1);
            }
        } else if (k < n && (views.get(k).is("was") || views.get(k).is("were") || views.get(k).is("is"))) {
            k++;
        } else {
            return -1;
        }
        while (k < n && ADVERBS.contains(views.get(k).lower())) {
            k++;
        }
        if (k + 1 < n && views.get(k).is("known") && views.get(k + 1).is("as")) {
            return skipThe(views, k + 2);
        }
        if (k < n && (views.get(k).is("called") || views.get(k).is("dubbed") || views.get(k).is("nicknamed"))) {
            return skipThe(views, k + 1);
        }
        return -1;
    }

    private static int skipThe(List<TokenView> views, int k) {
        while (k < views.size() && (views.get(k).is("the") || views.get(k).isQuote())) {
            k++;
        }
        return k;
    }

    private static int closing(List<TokenView> views, int open) {
        for (int k = open + 1; k < views.size() && k <= open + MAX_ALIAS_TOKENS + 3; k++) {
            if (views.get(k).isClosingBracket()) {
                return k;
            }
        }
        return -1;
    }

    private static int skipQuotesAndThe(List<TokenView> views, int from, int to) {
        int k = from;
        while (k < to && (views.get(k).isQuote() || views.get(k).is("the"))) {
            k++;
        }
        return k;
    }

    private static int trimQuotes(List<TokenView> views, int from, int to) {
        int k = to;
        while (k > from && views.get(k - 1).isQuote()) {
            k--;
        }
        return k;
    }

    private static int nameRun(List<TokenView> views, int from) {
        int end = from;
        while (end < views.size() && end - from < MAX_ALIAS_TOKENS && runToken(views.get(end))) {
            end++;
        }
        while (end > from && PARTICLES.contains(views.get(end - 1).lower())) {
            end--;
        }
        return end;
    }

    private static boolean runToken(TokenView v) {
        return (v.capitalised() && !v.punctuation()) || PARTICLES.contains(v.lower()) || v.isPossessive();
    }

    /** A span that can be a name: starts capitalised, only capitalised words and particles, not a place. */
    private boolean isNameSpan(List<TokenView> views, int from, int to, boolean bracketed) {
        if (from >= to || to - from > MAX_ALIAS_TOKENS || !views.get(from).capitalised()) {
            return false;
        }
        boolean allPlaces = true;
        boolean anyDistinctive = false;
        for (int k = from; k < to; k++) {
            TokenView v = views.get(k);
            if (v.punctuation() && !v.word().equals("-")) {
                return false;
            }
            if (!v.capitalised() && !PARTICLES.contains(v.lower()) && !v.isPossessive()) {
                return false;
            }
            if (!v.keys().isEmpty() && !PARTICLES.contains(v.lower())) {
                allPlaces &= v.isPlace();
                for (String key : v.keys()) {
                    anyDistinctive |= !designators.isGeneric(key);
                }
            }
        }
        return !allPlaces && (anyDistinctive || bracketed);
    }

    private void teach(AnnotatedSentence sentence, List<TokenView> views, List<ActorMention> mentions, int from, int to,
                       String actorId, ArticleState state) {
        for (ActorMention m : mentions) {
            if (m.tokenBegin() < to && m.tokenEnd() > from) {
                return;
            }
        }
        String surface = SentenceText.span(sentence, views, from, to);
        if (surface.isEmpty()) {
            return;
        }
        String bare = surface.replace(".", "");
        boolean abbreviation = to - from == 1 && bare.length() >= 2 && bare.equals(bare.toUpperCase(java.util.Locale.ROOT))
                && bare.chars().allMatch(Character::isLetterOrDigit);
        Optional<String> known = abbreviation
                ? resolver.match(bare).map(NameMatch::actorId).or(() -> state.learnedAbbreviation(bare))
                : resolver.match(surface).map(NameMatch::actorId)
                        .or(() -> state.learned(resolver.normaliser().key(surface)).map(NameMatch::actorId));
        if (known.isPresent()) {
            return;
        }
        if (abbreviation) {
            state.learnAbbreviation(bare, actorId);
        } else {
            state.learnKey(resolver.normaliser().key(surface), actorId, "learned");
        }
        state.alias(actorId, surface, "learned", sentence.text());
    }
}
