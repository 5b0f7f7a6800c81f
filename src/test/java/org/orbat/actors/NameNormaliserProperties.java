package org.orbat.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzes actor-name normalisation and resolution with arbitrary Unicode and with names assembled from
 * real transliteration fragments: nothing throws, each call finishes in bounded time, a key is its own
 * key, and a resolved actor's canonical name resolves back to the same actor.
 */
class NameNormaliserProperties {
    static final int TRIES = 1500;
    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final AtomicInteger CHECKED = new AtomicInteger();
    private static final NameNormaliser NORMALISER = NameNormaliser.standard();
    private static final TransliterationActorResolver RESOLVER = TransliterationActorResolver.loadDefault();

    @Provide
    static Arbitrary<String> names() {
        Arbitrary<String> fragments = Arbitraries.of("al-", "Al ", "el-", "ad-", "Jaysh", "Jaish", "Jabhat", "Harakat",
            "Hazzm", "Nusra", "Nusrah", "Ahrar", "ash-Sham", "Sham", "Islam", "'", "’", "ʿ", "ʾ", "-", " ", "  ",
            "Brigade", "Brigades", "Liwa", "Kata'ib", "the ", "of ", "ISIS", "ISIL", "Daesh", "YPG", "SDF", "FSA",
            "جبهة", "النصرة", "جيش", "الإسلام", "داعش", "ـ", "\u064b", "é", "Ü", "ß", "İ", "ﬁ", "\ud800", "\u200d",
            "\u0000", "1st", "13th", "Division", "Army", "()", ".", ",");
        Arbitrary<String> assembled = fragments.list().ofMaxSize(12).map(parts -> String.join("", parts));
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(120);
        return Arbitraries.oneOf(assembled, any);
    }

    @Property(tries = TRIES, seed = "13")
    void normalisingAKeyAgainGivesTheSameKey(@ForAll("names") String name) {
        String key = bounded(() -> NORMALISER.key(name));
        assertThat(key).isNotNull();
        assertThat(bounded(() -> NORMALISER.key(key))).as("key of key %s", key).isEqualTo(key);
        assertThat(bounded(() -> NORMALISER.tokenKeys(name))).isNotNull();
        CHECKED.incrementAndGet();
    }

    @Property(tries = TRIES, seed = "13")
    void resolverNeverThrowsAndAResolvedActorsNameResolvesToItself(@ForAll("names") String name) {
        Optional<Resolution> resolved = bounded(() -> RESOLVER.resolve(name));
        resolved.ifPresent(r -> assertThat(bounded(() -> RESOLVER.resolve(r.actor().name())))
            .as("canonical name of %s", r.actor().id())
            .hasValueSatisfying(again -> assertThat(again.actor().id()).isEqualTo(r.actor().id())));
        CHECKED.incrementAndGet();
    }

    @AfterContainer
    static void report() {
        System.out.printf("actor name properties: %d generated inputs checked%n", CHECKED.get());
    }

    private static <T> T bounded(Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
        return result;
    }
}
