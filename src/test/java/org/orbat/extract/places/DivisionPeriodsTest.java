package org.orbat.extract.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.orbat.model.DateValue;
import org.orbat.model.Place;

/** Divisions reorganised on a date: Libya's shabiyat and OCHA's regions. */
class DivisionPeriodsTest {
    private static final DivisionPeriods PERIODS = DivisionPeriods.loadDefault();
    private static final Place SABHA = new Place("Sabha", 27.04, 14.43, "Sabha", "LY", "city", "exact");

    @Test
    void reportsALibyanPlaceInItsRegionFromTheDateOchaMadeTheRegionsTheFirstLevel() {
        assertThat(PERIODS.at(SABHA, DateValue.day(LocalDate.of(2022, 3, 1))).admin1()).isEqualTo("South");
        assertThat(PERIODS.at(SABHA, DateValue.day(LocalDate.of(2018, 5, 7))).admin1()).isEqualTo("South");
    }

    @Test
    void keepsTheGazetteersDivisionBeforeTheDateOrWithoutOne() {
        assertThat(PERIODS.at(SABHA, DateValue.day(LocalDate.of(2016, 8, 9))).admin1()).isEqualTo("Sabha");
        assertThat(PERIODS.at(SABHA, DateValue.year(2018)).admin1()).as("a year that begins before it").isEqualTo("Sabha");
        assertThat(PERIODS.at(SABHA, null)).isSameAs(SABHA);
    }

    @Test
    void leavesOtherCountriesAndTheRestOfThePlaceAlone() {
        Place tobruk = PERIODS.at(new Place("Tobruk", 32.08, 23.96, "Al Butnan", "LY", "city", "near"),
            DateValue.day(LocalDate.of(2021, 1, 1)));
        assertThat(tobruk).isEqualTo(new Place("Tobruk", 32.08, 23.96, "East", "LY", "city", "near"));
        Place tripoliLebanon = new Place("Tripoli", 34.43, 35.84, "North", "LB", "city", "exact");
        assertThat(PERIODS.at(tripoliLebanon, DateValue.day(LocalDate.of(2021, 1, 1)))).isSameAs(tripoliLebanon);
    }

    @Test
    void namesOnlyDivisionsTheGazetteerHasAndEachOfThemOnce() {
        Gazetteer gazetteer = Gazetteer.loadDefault();
        java.util.List<String> divisions = new java.util.ArrayList<>();
        ResourceTables.rows(DivisionPeriods.RESOURCE, 4, cols -> divisions.add(cols[0] + "/" + cols[1]));
        assertThat(divisions).hasSize(22).doesNotHaveDuplicates();
        for (String division : divisions) {
            String[] parts = division.split("/");
            assertThat(gazetteer.governorate(parts[0], parts[1])).as(division).isPresent();
        }
    }
}
