package org.orbat.extract.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orbat.testing.HandArticle.article;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.Place;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;
import org.orbat.testing.HandArticle;

/**
 * How reports write places loosely: abbreviated divisions, a mistyped kind of division, a facility named after its
 * place. Sentences written for these tests.
 */
class PlaceSlipsTest {
    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    private static final GazetteerPlaceResolver RESOLVER = GazetteerPlaceResolver.loadDefault();

    private static List<Place> places(String... sentences) {
        return RESOLVER.resolve(article(sentences)).stream().map(PlaceMention::place).toList();
    }

    @Test
    void findsJammuAndKashmirByTheAbbreviationThePressWrites() {
        assertThat(GAZETTEER.find("J&K")).anySatisfy(p -> {
            assertThat(p.country()).isEqualTo("IN");
            assertThat(p.admin1()).isEqualTo("Jammu and Kashmir");
            assertThat(p.isGovernorate()).isTrue();
        });
        assertThat(GAZETTEER.find("AJK")).anySatisfy(p -> assertThat(p.admin1()).isEqualTo("Azad Kashmir"));
    }

    @Test
    void readsAKnownCountyBeforeTheMistypedWordCountry() {
        List<Place> found = places("Kenyan police said gunmen raided a village in Lamu Country on Saturday.");
        assertThat(found).anySatisfy(p -> {
            assertThat(p.country()).isEqualTo("KE");
            assertThat(p.admin1()).isEqualTo("Lamu");
        });
    }

    @Test
    void keepsAnUnknownNameBeforeTheWordCountryUnread() {
        // "Country" is only a slip for "County" after a division's name; after an unknown word nothing is guessed
        assertThat(places("Fighters of the Zorvath Country militia raided a farm.")).isEmpty();
    }

    @Test
    void readsThePlaceAPrisonIsNamedAfterWhenTheTextSaysItHappenedThere() {
        List<Place> found = places("A detainee from [Hama|LOCATION] died under torture in Sidnaya Military Prison, a monitor said.");
        assertThat(found).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Sidnaya");
            assertThat(p.admin1()).isEqualTo("Rif Dimashq");
        });
    }

    @Test
    void leavesAFacilityNamedAfterAPlaceUnreadWithoutAPlaceCue() {
        assertThat(places("Sidnaya Military Prison officials denied the report.")).noneMatch(p -> p.name().equals("Sidnaya"));
    }

    @Test
    void guessesNoPlaceByConsonantsThatTakeInASentencesOpeningPreposition() {
        // CoreNLP tags a sentence's capitalised "In" IN; the stand-in tagger calls every capitalised word NNP
        AnnotatedSentence tagged = HandArticle.sentence("In Qara Bagh and Andar districts two policemen were wounded.");
        List<Token> tokens = new ArrayList<>(tagged.tokens());
        Token in = tokens.get(0);
        tokens.set(0, new Token(in.word(), in.begin(), in.end(), "IN", in.lemma(), in.ner()));
        AnnotatedSentence sentence = new AnnotatedSentence(tagged.index(), tagged.begin(), tagged.end(), tagged.text(),
                tokens, tagged.times());
        List<Candidate> found = new SpanFinder(GAZETTEER, ContextWords.load(), CountryCues.load()).find(sentence);
        assertThat(found).extracting(Candidate::text).contains("Qara Bagh").noneMatch(text -> text.startsWith("In"));
    }
}
