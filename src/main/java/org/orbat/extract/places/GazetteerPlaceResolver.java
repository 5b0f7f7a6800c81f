package org.orbat.extract.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.orbat.actors.ActorMention;
import org.orbat.nlp.AnnotatedArticle;
import org.orbat.nlp.AnnotatedSentence;

/**
 * Resolves place mentions against the {@link Gazetteer}: longest match over token n-grams in every
 * sentence, then acceptance rules, then a choice between namesakes in the light of the whole article.
 *
 * <p>A matched name is accepted when it starts with a capital (or an article before one, "al-Bab") and
 * it is a significant place (city, district seat, base, landmark, region, governorate), or CoreNLP tags
 * it as a place, or a place cue precedes it ("the village of", "in", "near"), or it is a multiword name
 * starting with a settlement word (Kafr, Tal, Deir, ...) that CoreNLP mis-tagged as PERSON, or it follows
 * another accepted place in a list. It is rejected when it sits inside an armed group's name
 * ("Ahrar al-Sham", "Levant Front": see {@code lang/en/place-context-words.tsv}), next to a PERSON token, or
 * is a common word ("Islam", "Front") without a settlement noun before it.
 *
 * <p>Precision: {@code governorate} for a governorate name or a governorate seat with "province",
 * "countryside", "northern", "rural" ... around it; {@code near} after "near", "outskirts of" and for
 * "X countryside" of a smaller place; {@code exact} otherwise.
 *
 * <p>Namesakes in several countries are chosen by the article's countries and divisions ({@link PlaceChooser}); a
 * name with no namesake in the article's countries is left unplaced.
 *
 * <p>Thread-safe: {@link #loadDefault()} gives a shared instance over the bundled gazetteer.
 */
public final class GazetteerPlaceResolver implements PlaceResolver {
    private static final int LEAD_SENTENCES = 2;
    private final Gazetteer gazetteer;
    private final SpanFinder finder;
    private final PlaceChooser chooser = new PlaceChooser();
    private final CountryCues countries;

    public GazetteerPlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.countries = CountryCues.load();
        this.finder = new SpanFinder(gazetteer, ContextWords.load(), countries);
    }

    /** A resolver over the bundled gazetteer ({@link Gazetteer#loadDefault()}). */
    public static GazetteerPlaceResolver loadDefault() {
        return new GazetteerPlaceResolver(Gazetteer.loadDefault());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    @Override
    public List<PlaceMention> resolve(AnnotatedArticle article) {
        return resolve(article, List.of());
    }

    /** As {@link #resolve(AnnotatedArticle)}, no word of an actor's name read as a place ({@link ActorNamedPlaces}). */
    @Override
    public List<PlaceMention> resolve(AnnotatedArticle article, List<ActorMention> actors) {
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Double> countryVotes = new HashMap<>();
        for (AnnotatedSentence sentence : article.sentences()) {
            for (Candidate candidate : finder.find(sentence)) {
                if (actors.isEmpty() || !ActorNamedPlaces.insideActorName(candidate, sentence, actors, finder)) {
                    candidates.add(candidate);
                }
            }
            countries.vote(sentence, countryVotes);
        }
        Map<String, Double> outletVotes = new HashMap<>();
        countries.voteOutlet(article.article().outlet(), outletVotes);
        return chooser.choose(candidates, countryVotes, outletVotes);
    }

    /**
     * The article's main Syrian governorate: the admin1 most mentioned, mentions in the first two sentences
     * (headline, lead) and governorate-level mentions ("Idlib province") counting double; ties go to the
     * earliest. Foreign places do not vote. On the FA-KES development corpus this weighting agreed with the
     * labelled governorate slightly more often than counting every mention once or the headline alone.
     */
    public static Optional<String> dominantAdmin1(List<PlaceMention> mentions) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (PlaceMention mention : mentions) {
            if (!"SY".equals(mention.place().country()) || mention.place().admin1() == null) {
                continue;
            }
            int vote = (mention.sentence() < LEAD_SENTENCES ? 2 : 1) * ("governorate".equals(mention.place().precision()) ? 2 : 1);
            votes.merge(mention.place().admin1(), vote, Integer::sum);
        }
        String best = null;
        for (Map.Entry<String, Integer> entry : votes.entrySet()) { // insertion order: earliest wins a tie
            if (best == null || entry.getValue() > votes.get(best)) {
                best = entry.getKey();
            }
        }
        return Optional.ofNullable(best);
    }
}
