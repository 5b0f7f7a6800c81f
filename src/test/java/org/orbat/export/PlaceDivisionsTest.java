package org.orbat.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.orbat.extract.places.Gazetteer;
import org.orbat.model.Place;

/** Districts from the shipped gazetteer (OCHA's Syrian villages carry theirs). */
class PlaceDivisionsTest {
    private static final PlaceDivisions SHIPPED = PlaceDivisions.from(Gazetteer::loadDefault);

    @Test
    void aVillageAtItsGazetteerCoordinatesTakesItsDistrict() {
        assertThat(SHIPPED.admin2(new Place("Bazabur", 35.77478, 36.61484, "Idlib", "SY", "village", "exact"))).isEqualTo("Ariha");
    }

    @Test
    void aNamesakeFarFromTheStoredPointGivesNoDistrict() {
        assertThat(SHIPPED.admin2(new Place("Bazabur", 35.2, 36.1, "Idlib", "SY", "village", "exact"))).isEmpty();
    }

    @Test
    void aPlaceInAnotherCountryGivesNoDistrict() {
        assertThat(SHIPPED.admin2(new Place("Bazabur", 35.77478, 36.61484, "Idlib", "TR", "village", "exact"))).isEmpty();
    }

    @Test
    void aSecondLevelDivisionIsItsOwnDistrict() {
        assertThat(PlaceDivisions.none().admin2(new Place("Ariha", 35.81, 36.61, "Idlib", "SY", "admin2", "exact"))).isEmpty();
        assertThat(SHIPPED.admin2(new Place("Ariha District", 35.81, 36.61, "Idlib", "SY", "admin2", "governorate")))
            .isEqualTo("Ariha District");
    }

    @Test
    void aSyrianVillageTakesItsSubdistrictWhichNeedNotBeItsDistrict() {
        assertThat(SHIPPED.admin3(new Place("Abdita", 35.71983, 36.54129, "Idlib", "SY", "village", "exact"))).isEqualTo("Ehsem");
        assertThat(SHIPPED.admin2(new Place("Abdita", 35.71983, 36.54129, "Idlib", "SY", "village", "exact"))).isEqualTo("Ariha");
    }

    @Test
    void aPlaceWhoseEntryNamesMoreSourcesThanItsPcodeStillTakesItsSubdistrict() {
        assertThat(SHIPPED.admin3(new Place("Menbij", 36.52716, 37.95211, "Aleppo", "SY", "city", "exact"))).isEqualTo("Menbij");
    }

    @Test
    void divisionsAndPlacesOutsideOchasListGiveNoSubdistrict() {
        assertThat(SHIPPED.admin3(new Place("Ariha District", 35.81, 36.61, "Idlib", "SY", "admin2", "governorate"))).isEmpty();
        assertThat(SHIPPED.admin3(new Place("Mosul", 36.335, 43.119, "Nineveh", "IQ", "city", "exact"))).isEmpty();
        assertThat(PlaceDivisions.none().admin3(new Place("Abdita", 35.71983, 36.54129, "Idlib", "SY", "village", "exact"))).isEmpty();
    }

    @Test
    void aMalformedSubdistrictLineIsNamedWithItsFileAndLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Subdistricts.read("sy-admin3.tsv",
                new java.io.StringReader("C1001\tDamascus\nC1002 Damascus\n")))
            .isInstanceOf(org.orbat.extract.places.MalformedGazetteerException.class).hasMessage(
                "sy-admin3.tsv:2: expected pcode and sub-district, tab separated");
    }
}
