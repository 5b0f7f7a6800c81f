package org.orbat.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.orbat.actors.TransliterationActorResolver;
import org.orbat.model.Alias;

/**
 * Measures {@link TransliterationActorResolver} throughput: generates 1,000,000 mentions (registry
 * names and aliases with random spelling variation, plus unknown names), resolves them all and
 * prints mentions resolved per second. Seeded with {@code new Random(13)} so runs are comparable.
 *
 * <p>Run after {@code mvn compile} with the runtime class path:
 * {@code java -cp target/classes:<deps> org.orbat.bench.ResolverBenchmark [mentions]}.
 */
public final class ResolverBenchmark {
    private static final String[][] VARIATIONS = {
        {"al-", "al "}, {"al-", "el-"}, {"al-", "ad-"}, {"Jaysh", "Jaish"}, {"Harakat", "Harkat"}, {"ou", "u"},
        {"ee", "i"}, {"a", "e"}, {"i", "ee"}, {"z", "zz"}, {"q", "k"}, {"'", ""}, {"-", " "}, {"Movement", "Party"},
    };
    private static final String[] SYLLABLES = {"ka", "ra", "mun", "sal", "tah", "bir", "dou", "fen", "qas", "lim", "zor"};
    private static final String[] HEADS = {"Liwa", "Katibat", "Jaysh", "Saraya", ""};

    private ResolverBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        TransliterationActorResolver resolver = TransliterationActorResolver.loadDefault();
        List<String> names = new ArrayList<>();
        resolver.registry().entries().forEach(e -> {
            names.add(e.actor().name());
            e.actor().aliases().stream().map(Alias::name).forEach(names::add);
            names.addAll(e.abbreviations());
        });
        Random random = new Random(13);
        String[] mentions = new String[count];
        for (int i = 0; i < count; i++) {
            mentions[i] = random.nextInt(5) == 0 ? unknown(random) : vary(names.get(random.nextInt(names.size())), random);
        }
        resolveAll(resolver, mentions, Math.min(count, 100_000));
        long start = System.nanoTime();
        int resolved = resolveAll(resolver, mentions, count);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%,d mentions in %.2f s: %,.0f mentions/s (%,d resolved, %.1f%%)%n", count, seconds,
                count / seconds, resolved, 100.0 * resolved / count);
    }

    private static int resolveAll(TransliterationActorResolver resolver, String[] mentions, int n) {
        int resolved = 0;
        for (int i = 0; i < n; i++) {
            if (resolver.resolve(mentions[i]).isPresent()) {
                resolved++;
            }
        }
        return resolved;
    }

    private static String vary(String name, Random random) {
        String out = name;
        int changes = random.nextInt(3);
        for (int c = 0; c < changes; c++) {
            String[] v = VARIATIONS[random.nextInt(VARIATIONS.length)];
            out = out.replaceFirst(java.util.regex.Pattern.quote(v[0]), java.util.regex.Matcher.quoteReplacement(v[1]));
        }
        return out;
    }

    private static String unknown(Random random) {
        StringBuilder b = new StringBuilder(HEADS[random.nextInt(HEADS.length)]);
        int words = 1 + random.nextInt(3);
        for (int w = 0; w < words; w++) {
            String word = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)];
            b.append(b.length() > 0 ? " al-" : "").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return b.toString();
    }
}
