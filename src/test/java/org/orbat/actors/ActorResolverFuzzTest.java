package org.orbat.actors;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.util.Optional;

/**
 * Coverage-guided fuzzing of {@link TransliterationActorResolver#resolve} over the shipped registry:
 * no name makes it throw, and when a name resolves, the actor's canonical name resolves to the same
 * actor. Seeds in {@code ActorResolverFuzzTestInputs}; fuzz with {@code JAZZER_FUZZ=1} (docs/reliability.md).
 */
class ActorResolverFuzzTest {
    private static final TransliterationActorResolver RESOLVER = TransliterationActorResolver.loadDefault();

    @FuzzTest(maxDuration = "60s")
    void resolvedActorsNameResolvesToItself(@NotNull String name) {
        Optional<Resolution> resolved = RESOLVER.resolve(name);
        resolved.ifPresent(r -> assertThat(RESOLVER.resolve(r.actor().name()))
            .as("canonical name of %s", r.actor().id())
            .hasValueSatisfying(again -> assertThat(again.actor().id()).isEqualTo(r.actor().id())));
    }
}
