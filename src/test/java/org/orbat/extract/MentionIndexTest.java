package org.orbat.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.actors.ActorMention;
import org.orbat.actors.ResolvedArticle;
import org.orbat.extract.places.PlaceMention;
import org.orbat.model.Actor;
import org.orbat.model.ActorKind;
import org.orbat.model.Article;
import org.orbat.model.Place;
import org.orbat.nlp.AnnotatedArticle;

/** Which place mentions an actor mention hides; mentions built by hand for an invented sentence. */
class MentionIndexTest {
    // "Gunmen attacked the Hill Brigade near Rasmil town." (tokens 0..8)
    private static final PlaceMention HILL = place(3, 4, "Hill");
    private static final PlaceMention RASMIL = place(6, 7, "Rasmil");

    private static PlaceMention place(int begin, int end, String name) {
        return new PlaceMention(0, begin, end, name, new Place(name, 10.0, 20.0, "North", "XX", "town", "exact"));
    }

    private static MentionIndex index(ActorKind kind, ActorMention... mentions) {
        Article article = new Article("t.txt", null, null, null, null, null, null, null,
                "Gunmen attacked the Hill Brigade near Rasmil town.");
        Actor actor = new Actor("a", "A", kind, List.of(), List.of(), false);
        return new MentionIndex(new ResolvedArticle(new AnnotatedArticle(article, List.of()), List.of(mentions), List.of(actor)),
                List.of(HILL, RASMIL));
    }

    @Test
    void hidesAPlaceInsideAGroupsName() {
        MentionIndex index = index(ActorKind.GROUP, new ActorMention(0, 3, 5, "Hill Brigade", "a", "registry"));
        assertThat(index.insideActor(HILL)).isTrue();
        assertThat(index.insideActor(RASMIL)).isFalse();
    }

    @Test
    void keepsAPlaceThatAPersonsAliasOverlaps() {
        MentionIndex index = index(ActorKind.PERSON, new ActorMention(0, 6, 7, "Rasmil", "a", "transliteration"));
        assertThat(index.insideActor(RASMIL)).isFalse();
    }

    @Test
    void keepsAPlaceThatAGroupWasReadFromByThePlaceNameAlone() {
        // "Rasmil" matched the core of a group's alias such as "the Rasmil fighters"
        MentionIndex index = index(ActorKind.GROUP, new ActorMention(0, 6, 7, "Rasmil", "a", "designator"));
        assertThat(index.insideActor(RASMIL)).isFalse();
    }
}
