package org.orbat.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.model.Actor;
import org.orbat.model.ActorKind;
import org.orbat.model.Alias;
import org.orbat.nlp.AnnotatedSentence;

/**
 * Finds armed groups and group-tied people the registry does not know, on tokens no known name
 * covers. Groups: an Arabic head word and a capitalised name ({@code Liwa Suqour al-Jabal},
 * {@code Katibat ...}), or capitalised name words and an English tail ({@code ... Brigade},
 * {@code ... Operations Room}). People: a capitalised run after a role word ({@code commander named X},
 * {@code Sheikh X}) or a kunya ({@code Abu X}) in a sentence that names a group or a role.
 * Numbered units ({@code 46th Brigade}), names made only of places or generic words ({@code the Army},
 * {@code Levant Force}) and runs followed by a place noun ({@code Sheikh Salman camp}) never qualify.
 * A discovered actor's id is {@code x-} and the slug of its normalised key, so the same group gets the
 * same id in every document.
 */
final class GroupDiscoverer {
    private static final WordTable WORDS = WordTable.of(Language.ENGLISH, "actor-name-words.tsv");
    /** Lower-case words a group's name may hold: the Arabic article in all its forms, and these. */
    private static final Set<String> PARTICLES = Stream.concat(WordTable.of(Language.ARABIC, "articles.tsv").words("definite", "assimilated", "medial").stream(),
            WORDS.words("group-particle").stream()).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> PLACE_NOUNS = WORDS.words("place-noun");
    private static final Set<String> PLACE_PREFIXES = WORDS.words("place-prefix");
    private static final Set<String> KUNYA = WORDS.words("kunya");
    private static final Set<String> COALITION_TAILS = WORDS.words("coalition-tail");
    private static final int MAX_NAME_TOKENS = 6;

    private final TransliterationActorResolver resolver;
    private final NameNormaliser normaliser;
    private final Designators designators;
    private final Set<String> heads;
    private final List<String[]> tails = new ArrayList<>();
    private final Set<String> roles;

    GroupDiscoverer(TransliterationActorResolver resolver, SpellingTables tables) {
        this.resolver = resolver;
        this.normaliser = resolver.normaliser();
        this.designators = resolver.designators();
        this.heads = normaliser.keysOf(tables.armedHeads());
        for (String tail : tables.armedTails()) {
            tails.add(tail.toLowerCase(Locale.ROOT).split(" "));
        }
        tails.sort((a, b) -> b.length - a.length);
        this.roles = Set.copyOf(tables.personRoles());
    }

    void discover(AnnotatedSentence sentence, List<TokenView> views, List<ActorMention> mentions, ArticleState state) {
        boolean[] covered = new boolean[views.size()];
        boolean namesGroup = false;
        for (ActorMention m : mentions) {
            for (int k = m.tokenBegin(); k < m.tokenEnd(); k++) {
                covered[k] = true;
            }
            ActorKind kind = resolver.registry().find(m.actorId()).map(e -> e.actor().kind())
                    .or(() -> state.discovered(m.actorId()).map(Actor::kind)).orElse(ActorKind.GROUP);
            namesGroup |= kind == ActorKind.GROUP || kind == ActorKind.COALITION;
        }
        boolean namesRole = false;
        for (TokenView v : views) {
            namesRole |= roles.contains(v.lower());
        }
        for (int i = 0; i < views.size(); i++) {
            if (covered[i]) {
                continue;
            }
            int end = headGroup(views, covered, i);
            if (end < 0) {
                end = tailGroup(views, covered, i);
            }
            if (end > 0) {
                add(sentence, views, i, end, kindOf(views, end), state);
                i = end - 1;
                continue;
            }
            end = person(views, covered, i, namesGroup || namesRole);
            if (end > 0) {
                int from = views.get(i).capitalised() && !roles.contains(views.get(i).lower()) ? i : i + 1;
                while (from < end && (roles.contains(views.get(from).lower()) || views.get(from).is("named")
                        || views.get(from).is("called"))) {
                    from++;
                }
                if (from < end) {
                    add(sentence, views, from, end, ActorKind.PERSON, state);
                }
                i = end - 1;
            }
        }
    }

    /** Head word + capitalised name: the end of the group name, or -1. */
    private int headGroup(List<TokenView> views, boolean[] covered, int i) {
        TokenView head = views.get(i);
        if (!head.capitalised() || head.keys().size() != 1 || !heads.contains(head.keys().get(0))) {
            return -1;
        }
        int end = run(views, covered, i + 1);
        return hasNameWord(views, i + 1, end) && !onlyPlaces(views, i + 1, end) ? end : -1;
    }

    /** Capitalised name + tail word starting at i: the end of the group name (tail included), or -1. */
    private int tailGroup(List<TokenView> views, boolean[] covered, int i) {
        if (!views.get(i).capitalised() || PARTICLES.contains(views.get(i).lower())) {
            return -1;
        }
        int end = run(views, covered, i);
        for (int t = i + 1; t < end; t++) {
            int tailLength = tailAt(views, t);
            if (tailLength > 0 && t + tailLength <= end) {
                int nameEnd = t;
                boolean numbered = false;
                for (int k = i; k < nameEnd; k++) {
                    numbered |= views.get(k).hasDigit();
                }
                if (!numbered && hasNameWord(views, i, nameEnd) && !onlyPlaces(views, i, nameEnd)
                        && distinctive(views, i, nameEnd)) {
                    return t + tailLength;
                }
                return -1;
            }
        }
        return -1;
    }

    private int tailAt(List<TokenView> views, int t) {
        for (String[] tail : tails) {
            if (t + tail.length > views.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < tail.length && match; k++) {
                TokenView v = views.get(t + k);
                match = v.capitalised() && v.lower().equals(tail[k]);
            }
            if (match) {
                return tail.length;
            }
        }
        return -1;
    }

    /** A person tied to a group: role word (+ named/called) + name, or a kunya; end of the name or -1. */
    private int person(List<TokenView> views, boolean[] covered, int i, boolean tied) {
        TokenView v = views.get(i);
        int from;
        if (roles.contains(v.lower())) {
            from = i + 1;
            while (from < views.size() && !covered[from] && (views.get(from).is("named") || views.get(from).is("called")
                    || views.get(from).word().equals(",") || roles.contains(views.get(from).lower()))) {
                from++;
            }
        } else if (tied && v.capitalised() && KUNYA.contains(v.lower())) {
            from = i;
        } else {
            return -1;
        }
        if (from >= views.size() || covered[from] || !views.get(from).capitalised()
                || PLACE_PREFIXES.contains(views.get(from).lower())) {
            return -1;
        }
        int end = run(views, covered, from);
        if (end <= from || onlyPlaces(views, from, end) || anyPlace(views, from, end)) {
            return -1;
        }
        if (end < views.size() && PLACE_NOUNS.contains(views.get(end).lower())) {
            return -1;
        }
        boolean kunya = KUNYA.contains(views.get(from).lower());
        int words = 0;
        boolean person = false;
        for (int k = from; k < end; k++) {
            words += PARTICLES.contains(views.get(k).lower()) ? 0 : 1;
            person |= views.get(k).isPerson();
        }
        return (kunya ? words >= 2 : words >= 2 || person) ? end : -1;
    }

    private static int run(List<TokenView> views, boolean[] covered, int from) {
        int end = from;
        while (end < views.size() && !covered[end] && end - from < MAX_NAME_TOKENS + 2) {
            TokenView v = views.get(end);
            boolean particle = PARTICLES.contains(v.lower());
            if (!(particle || (v.capitalised() && !v.punctuation()))) {
                break;
            }
            end++;
        }
        while (end > from && PARTICLES.contains(views.get(end - 1).lower())) {
            end--;
        }
        return end;
    }

    private static boolean hasNameWord(List<TokenView> views, int from, int to) {
        for (int k = from; k < to; k++) {
            if (views.get(k).capitalised() && !PARTICLES.contains(views.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyPlaces(List<TokenView> views, int from, int to) {
        for (int k = from; k < to; k++) {
            TokenView v = views.get(k);
            if (!PARTICLES.contains(v.lower()) && !v.isPlace()) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyPlace(List<TokenView> views, int from, int to) {
        for (int k = from; k < to; k++) {
            if (views.get(k).isPlace()) {
                return true;
            }
        }
        return false;
    }

    /** At least one name word that is neither generic nor a place. */
    private boolean distinctive(List<TokenView> views, int from, int to) {
        for (int k = from; k < to; k++) {
            TokenView v = views.get(k);
            if (PARTICLES.contains(v.lower()) || v.isPlace()) {
                continue;
            }
            for (String key : v.keys()) {
                if (!designators.isGeneric(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    private ActorKind kindOf(List<TokenView> views, int end) {
        String last = end >= 2 ? views.get(end - 2).lower() + " " + views.get(end - 1).lower() : "";
        return COALITION_TAILS.contains(last) ? ActorKind.COALITION : ActorKind.GROUP;
    }

    private void add(AnnotatedSentence sentence, List<TokenView> views, int from, int to, ActorKind kind,
                     ArticleState state) {
        String surface = SentenceText.span(sentence, views, from, to);
        String key = normaliser.key(surface);
        if (key.isEmpty() || resolver.match(surface).isPresent() || state.learned(key).isPresent()) {
            return;
        }
        String id = idFor(key);
        state.discover(new Actor(id, surface, kind, List.of(new Alias(surface, "discovered", sentence.text())),
                List.of(), true));
        state.learnKey(key, id, "discovered");
        if (kind != ActorKind.PERSON) {
            designators.core(key).filter(designators::distinctive)
                    .filter(core -> resolver.matchKey(core).isEmpty())
                    .ifPresent(core -> state.learnKey(core, id, "discovered"));
        }
    }

    /** {@code x-} and the slug of the normalised key: stable across documents. */
    static String idFor(String key) {
        String slug = key.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return "x-" + slug;
    }
}
