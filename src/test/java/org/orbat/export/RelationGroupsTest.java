package org.orbat.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.DateValue;
import org.orbat.model.Evidence;
import org.orbat.model.Relation;
import org.orbat.model.RelationType;

class RelationGroupsTest {
    private static Relation stated(RelationType type, String source, String target, String start, String end, String sentence) {
        return new Relation(type, source, target, date(start), date(end), new Evidence("doc-a", 0, sentence, null, null, null));
    }

    private static DateValue date(String iso) {
        return iso == null ? null : DateValue.day(LocalDate.parse(iso));
    }

    @Test
    void theSameRelationStatedOnTwoDaysIsOneFactFromTheEarlierDay() {
        List<RelationGroups.Group> groups = RelationGroups.of(List.of(
            stated(RelationType.AFFILIATE_OF, "front-b", "front-a", "2024-11-30", null, "Front B is an offshoot of Front A."),
            stated(RelationType.AFFILIATE_OF, "front-b", "front-a", "2024-11-27", null, "Front B, an offshoot of Front A, attacked on Wednesday.")));

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.start()).isEqualTo(date("2024-11-27"));
            assertThat(g.end()).isNull();
            assertThat(g.evidence()).hasSize(2);
        });
    }

    @Test
    void aRelationResumedAfterItEndedIsASecondSpell() {
        List<RelationGroups.Group> groups = RelationGroups.of(List.of(
            stated(RelationType.ALLY_OF, "army-a", "army-b", "2019-03-01", null, "Army A allied again with Army B in March 2019."),
            stated(RelationType.ALLY_OF, "army-a", "army-b", "2012-01-01", "2015-06-01", "Army A and Army B were allies until June 2015."),
            stated(RelationType.ALLY_OF, "army-a", "army-b", "2013-05-01", null, "In May 2013 Army A fought beside Army B.")));

        assertThat(groups).extracting(RelationGroups.Group::start)
            .containsExactly(date("2012-01-01"), date("2019-03-01"));
        assertThat(groups.get(0).end()).isEqualTo(date("2015-06-01"));
        assertThat(groups.get(0).evidence()).hasSize(2);
        assertThat(groups.get(1).end()).isNull();
    }

    @Test
    void anUndatedStatementJoinsTheSpellInForceAndDifferentTypesStayApart() {
        List<RelationGroups.Group> groups = RelationGroups.of(List.of(
            stated(RelationType.ALLY_OF, "army-a", "army-b", "2013-05-01", null, "In May 2013 Army A fought beside Army B."),
            stated(RelationType.RIVAL_OF, "army-a", "army-b", "2016-02-01", null, "By 2016 Army A was fighting Army B."),
            stated(RelationType.ALLY_OF, "army-a", "army-b", null, null, "Army A is an ally of Army B.")));

        assertThat(groups).extracting(RelationGroups.Group::type).containsExactly(RelationType.ALLY_OF, RelationType.RIVAL_OF);
        assertThat(groups.get(0).evidence()).hasSize(2);
        assertThat(groups).extracting(RelationGroups.Group::id).containsExactly("r-1", "r-2");
    }
}
