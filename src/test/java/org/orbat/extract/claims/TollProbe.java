package org.orbat.extract.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.testing.HandArticle;

/**
 * Throwaway probe, not a test: the headline tolls {@link FatalityExtractor} reads from each sentence of a JSONL
 * corpus (naive split, {@link HandArticle} tokens), against the corpus's labelled toll, without the rest of the
 * pipeline. For a corpus whose gold has {@code fatalities} (ACLED-style) it prints the share of rows whose toll is
 * among the sentence tolls and the share of zero rows given a toll above 0; for FA-KES labels it prints tolls above
 * 1,000 and above 3 x the label + 20. {@code --show} lists the misses.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.orbat.extract.claims.TollProbe
 * CORPUS.jsonl [--show]}
 */
public final class TollProbe {
    private TollProbe() {
    }

    public static void main(String[] args) throws IOException {
        boolean show = List.of(args).contains("--show");
        ObjectMapper json = new ObjectMapper();
        FatalityExtractor extractor = new FatalityExtractor();
        int rows = 0;
        int hits = 0;
        int zeros = 0;
        int invented = 0;
        int tolled = 0;
        int huge = 0;
        int over = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            JsonNode gold = row.get("gold");
            String text = row.get("text").asText();
            List<Integer> tolls = new ArrayList<>();
            List<String> from = new ArrayList<>();
            int index = 0;
            for (String sentence : HandArticle.split(text)) {
                AnnotatedSentence s = HandArticle.sentence(sentence, index++, 0);
                extractor.headlineToll(s).ifPresent(t -> {
                    tolls.add(t);
                    from.add(sentence);
                });
            }
            if (gold.has("fatalities")) {
                int want = gold.path("fatalities").asInt(0);
                boolean adjusted = text.matches("(?is).*(coded as|split|spread|reported \\d+ fatalit|fatalities coded"
                        + "|coded to).*");
                if (adjusted) {
                    continue;
                }
                if (want > 0) {
                    rows++;
                    boolean hit = tolls.contains(want);
                    hits += hit ? 1 : 0;
                    if (show && !hit) {
                        System.out.printf("MISS want=%d got=%s | %s%n", want, tolls, cut(text));
                    }
                } else {
                    zeros++;
                    boolean bad = tolls.stream().anyMatch(t -> t > 0);
                    invented += bad ? 1 : 0;
                    if (show && bad) {
                        System.out.printf("INVENTED got=%s | %s%n", tolls, cut(text));
                    }
                }
            } else {
                int label = gold.path("nb_civilians").asInt(0) + gold.path("nb_noncivilians").asInt(0);
                if (show) {
                    List<AnnotatedSentence> sentences = new ArrayList<>();
                    int at = 0;
                    for (String sentence : HandArticle.split(text)) {
                        sentences.add(HandArticle.sentence(sentence, at++, 0));
                    }
                    ArticleTolls article = ArticleTolls.of(sentences, extractor);
                    for (AnnotatedSentence s : sentences) {
                        article.forSentence(s.index()).filter(TollClaim::needsReview).ifPresent(c ->
                                System.out.printf("REVIEW %d label=%d %s | %s%n", c.count(), label,
                                        tolls.stream().sorted().toList(), cut(s.text())));
                    }
                }
                for (int t = 0; t < tolls.size(); t++) {
                    int toll = tolls.get(t);
                    if (toll <= 0) {
                        continue;
                    }
                    tolled++;
                    huge += toll > 1000 ? 1 : 0;
                    if (toll > 3 * label + 20) {
                        over++;
                        if (show) {
                            System.out.printf("OVER %d label=%d | %s%n", toll, label, cut(from.get(t)));
                        }
                    }
                }
            }
        }
        if (rows + zeros > 0) {
            System.out.printf("fatal_clean %.3f (%d/%d)  toll_inv_clean %.3f (%d/%d)%n", hits / (double) rows, hits,
                    rows, invented / (double) zeros, invented, zeros);
        } else {
            System.out.printf("sentence tolls %d  over 1000: %d  over 3x label + 20: %d (%.3f)%n", tolled, huge, over,
                    over / (double) tolled);
        }
    }

    private static String cut(String text) {
        return text.length() > 260 ? text.substring(0, 260) : text;
    }
}
