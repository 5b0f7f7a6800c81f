package org.orbat.extract.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();

    @Test
    void loadsTheBundledGazetteerOnce() {
        assertThat(Gazetteer.loadDefault()).isSameAs(GAZETTEER);
        assertThat(GAZETTEER.size()).isGreaterThan(5000);
    }

    @Test
    void findsSpellingVariantsOfOnePlace() {
        assertThat(GAZETTEER.requireBest("Deir al-Zour")).isEqualTo(GAZETTEER.requireBest("Deir Ezzor"));
        assertThat(GAZETTEER.requireBest("Kafar Nouran")).isEqualTo(GAZETTEER.requireBest("Kafr Nuran"));
        assertThat(GAZETTEER.requireBest("Khan Shaykhun")).isEqualTo(GAZETTEER.requireBest("Khan Sheikhoun"));
        assertThat(GAZETTEER.requireBest("Ma'arrat al-Nu'man")).isEqualTo(GAZETTEER.requireBest("Maarat al-Numan"));
        assertThat(GAZETTEER.requireBest("Al-Hasakah").admin1()).isEqualTo("Hasakeh");
    }

    @Test
    void normalisesArticlesApostrophesAndVariants() {
        assertThat(PlaceNames.key("A'zaz")).isEqualTo(PlaceNames.key("Azaz"));
        assertThat(PlaceNames.key("Tell Abiad")).isEqualTo(PlaceNames.key("Tal Abyad"));
        assertThat(PlaceNames.key("al-Raqqah")).isEqualTo(PlaceNames.key("Raqqa"));
        assertThat(PlaceNames.key("Dayr Hafir")).isEqualTo(PlaceNames.key("Deir Hafir"));
    }

    @Test
    void ranksTheCityBeforeVillagesOfTheSameName() {
        assertThat(GAZETTEER.find("Hama")).first().satisfies(p -> assertThat(p.admin1()).isEqualTo("Hama"));
        assertThat(GAZETTEER.find("Hama").size()).isGreaterThan(2);
    }

    @Test
    void knowsEveryGovernorateWithItsCentroid() {
        for (String admin1 : new String[] {"Aleppo", "Idlib", "Rif Dimashq", "Damascus", "Deir ez-Zor", "Hasakeh",
                "Raqqa", "Homs", "Hama", "Lattakia", "Tartous", "Daraa", "Quneitra", "As-Sweida"}) {
            assertThat(GAZETTEER.governorate(admin1)).as(admin1).isPresent();
        }
    }

    @Test
    void knowsTownsOnlyTheCities1000TableHas() {
        // the cities500 copy holds a few dozen places of Kenya's north or Mozambique: these towns came with cities1000
        assertThat(GAZETTEER.find("Tarbaj")).anySatisfy(p -> {
            assertThat(p.country()).isEqualTo("KE");
            assertThat(p.admin1()).isEqualTo("Wajir");
        });
        assertThat(GAZETTEER.find("Gorongosa")).anySatisfy(p -> {
            assertThat(p.country()).isEqualTo("MZ");
            assertThat(p.admin1()).isEqualTo("Sofala");
        });
    }

    @Test
    void pinsADistrictWithNoKnownSeatOnItsNamesakeTown() {
        GazetteerPlace town = GAZETTEER.find("Malema").stream().filter(p -> p.country().equals("MZ") && !p.isDistrict())
                .findFirst().orElseThrow();
        assertThat(GAZETTEER.find("Malema district")).anySatisfy(p -> {
            assertThat(p.country()).isEqualTo("MZ");
            assertThat(p.isDistrict()).isTrue();
            assertThat(p.distanceKm(town)).isLessThan(1.0);
        });
    }

    @Test
    void namesSecondLevelDivisionsWithoutTheKindOfDivisionGeoNamesWritesBeforeThem() {
        // GeoNames writes "Caza du Matn", "Province du Houet": reports write "the Matn district", "in Houet"
        assertThat(GAZETTEER.find("Matn district")).anySatisfy(p -> {
            assertThat(p.country()).isEqualTo("LB");
            assertThat(p.isDistrict()).isTrue();
        });
        assertThat(GAZETTEER.find("Houet")).anySatisfy(p -> {
            assertThat(p.country()).isEqualTo("BF");
            assertThat(p.isDistrict()).isTrue();
        });
        assertThat(GAZETTEER.find("Caza du Matn")).isNotEmpty(); // GeoNames' own form stays a spelling
    }

    @Test
    void rejectsAMalformedLineNamingTheFileAndLine() {
        String data = "# comment\nAleppo\t\t36.2\t37.1\tAleppo\tSY\tcity\t5\tOCHA\nBroken\tonly three\n";
        assertThatThrownBy(() -> Gazetteer.read("bad-gazetteer.tsv", new StringReader(data)))
                .isInstanceOf(MalformedGazetteerException.class)
                .hasMessageContaining("bad-gazetteer.tsv:3")
                .hasMessageContaining("columns");
    }

    @Test
    void rejectsABadCoordinateNamingThePlace() {
        String data = "Aleppo\t\tnorth\t37.1\tAleppo\tSY\tcity\t5\tOCHA\n";
        assertThatThrownBy(() -> Gazetteer.read("bad.tsv", new StringReader(data)))
                .isInstanceOf(MalformedGazetteerException.class)
                .hasMessageContaining("bad.tsv:1")
                .hasMessageContaining("Aleppo");
    }
}
