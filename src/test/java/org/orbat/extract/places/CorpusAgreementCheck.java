package org.orbat.extract.places;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.orbat.testing.HandArticle;

/**
 * Offline check, not a unit test: resolves the places of every article of an FA-KES style JSONL corpus
 * (naive sentence split and tokenization, every NER tag {@code O}) and prints the share of articles whose
 * dominant governorate matches {@code gold.location}, using fakes_score.py's label mapping.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(deps) org.orbat.extract.places.CorpusAgreementCheck
 * /work/shared/corpus/fakes-dev.jsonl [--misses]}
 */
public final class CorpusAgreementCheck {
    /** fakes_score.py's gold labels, keyed by Orbat's admin1. */
    private static final Map<String, String> LABEL = Map.ofEntries(Map.entry("Aleppo", "aleppo"),
            Map.entry("Damascus", "damascus"), Map.entry("Rif Dimashq", "damascus"), Map.entry("Idlib", "idlib"),
            Map.entry("Deir ez-Zor", "deir ezzor"), Map.entry("Raqqa", "raqqa"), Map.entry("Homs", "homs"),
            Map.entry("Hasakeh", "hasakeh"), Map.entry("Hama", "hama"), Map.entry("Daraa", "daraa"),
            Map.entry("Lattakia", "lattakia"), Map.entry("Quneitra", "quneitra"), Map.entry("Tartous", "tartous"));

    private CorpusAgreementCheck() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        GazetteerPlaceResolver resolver = GazetteerPlaceResolver.loadDefault();
        boolean misses = args.length > 1 && args[1].equals("--misses");
        int total = 0;
        int dominant = 0;
        int anyMention = 0;
        int none = 0;
        Map<String, int[]> byLabel = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            String gold = row.path("gold").path("location").asText();
            String text = row.path("text").asText();
            List<String> sentences = new ArrayList<>(List.of(text.split("(?<=[.!?])\\s+")));
            List<PlaceMention> mentions = resolver.resolve(HandArticle.article(sentences.toArray(String[]::new)));
            Optional<String> top = GazetteerPlaceResolver.dominantAdmin1(mentions);
            total++;
            int[] counts = byLabel.computeIfAbsent(gold, k -> new int[2]);
            counts[1]++;
            if (top.isEmpty()) {
                none++;
            }
            if (top.map(LABEL::get).filter(gold::equals).isPresent()) {
                dominant++;
                counts[0]++;
            } else if (misses) {
                System.out.printf("MISS %s gold=%s got=%s | %s%n", row.path("id").asText(), gold, top.orElse("-"),
                        mentions.stream().map(m -> m.text() + "→" + m.place().admin1()).toList());
            }
            if (mentions.stream().anyMatch(m -> gold.equals(LABEL.get(m.place().admin1())))) {
                anyMention++;
            }
        }
        System.out.printf("articles %d%ndominant governorate agrees %.3f%nsome mention in gold governorate %.3f%n"
                + "no Syrian place %d%n", total, dominant / (double) total, anyMention / (double) total, none);
        byLabel.forEach((label, c) -> System.out.printf("  %-11s %d/%d%n", label, c[0], c[1]));
    }
}
