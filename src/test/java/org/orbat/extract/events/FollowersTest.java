package org.orbat.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.orbat.actors.TransliterationActorResolver;

/** The leaders' tables name only actors the shipped registry holds. */
class FollowersTest {
    @Test
    void everyLeaderAndEveryActorLedIsInTheRegistry() {
        Followers followers = new Followers(TransliterationActorResolver.loadDefault());
        assertThat(followers.unknownRows()).isEmpty();
    }
}
