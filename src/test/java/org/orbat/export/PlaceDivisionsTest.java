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
}
