package org.orbat.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.orbat.testing.RandomText;

/**
 * Fuzzes actor-name normalisation and resolution with arbitrary Unicode and with names assembled from
 * real transliteration fragments: nothing throws, each call finishes in bounded time, a key is its own
 * key, and a resolved actor's canonical name resolves back to the same actor. Seeded.
 */
class NameNormaliserProperties {
    static final int TRIES = 1500;
    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final NameNormaliser NORMALISER = NameNormaliser.standard();
    private static final TransliterationActorResolver RESOLVER = TransliterationActorResolver.loadDefault();
    private static final List<String> FRAGMENTS = List.of("al-", "Al ", "el-", "ad-", "Jaysh", "Jaish", "Jabhat",
        "Harakat", "Hazzm", "Nusra", "Nusrah", "Ahrar", "ash-Sham", "Sham", "Islam", "'", "’", "ʿ", "ʾ", "-", " ", "  ",
        "Brigade", "Brigades", "Liwa", "Kata'ib", "the ", "of ", "ISIS", "ISIL", "Daesh", "YPG", "SDF", "FSA",
        "جبهة", "النصرة", "جيش", "الإسلام", "داعش", "ـ", "\u064b", "é", "Ü", "ß", "İ", "ﬁ", "\ud800", "\u200d",
        "\u0000", "1st", "13th", "Division", "Army", "()", ".", ",");

    @Test
    void normalisingAKeyAgainGivesTheSameKey() {
        RandomText names = new RandomText(13, FRAGMENTS);
        for (int i = 0; i < TRIES; i++) {
            String name = names.next(120);
            String key = bounded(() -> NORMALISER.key(name));
            assertThat(key).isNotNull();
            assertThat(bounded(() -> NORMALISER.key(key))).as("key of key %s", key).isEqualTo(key);
            assertThat(bounded(() -> NORMALISER.tokenKeys(name))).isNotNull();
        }
    }

    @Test
    void resolverNeverThrowsAndAResolvedActorsNameResolvesToItself() {
        RandomText names = new RandomText(13, FRAGMENTS);
        for (int i = 0; i < TRIES; i++) {
            String name = names.next(120);
            Optional<Resolution> resolved = bounded(() -> RESOLVER.resolve(name));
            resolved.ifPresent(r -> assertThat(bounded(() -> RESOLVER.resolve(r.actor().name())))
                .as("canonical name of %s", r.actor().id())
                .hasValueSatisfying(again -> assertThat(again.actor().id()).isEqualTo(r.actor().id())));
        }
    }

    private static <T> T bounded(Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
        return result;
    }
}
