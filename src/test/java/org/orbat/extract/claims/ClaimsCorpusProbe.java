package org.orbat.extract.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.testing.HandArticle;

/**
 * Throwaway probe, not a test: runs {@link FatalityExtractor} over every sentence of an FA-KES JSONL corpus
 * (naive sentence split, {@link HandArticle} tokens) and prints the share of articles with a non-zero gold toll
 * where some extracted death toll equals civilians+non-civilians, civilians or non-civilians — over all such
 * articles, and over those whose text writes one of these numbers at all.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.orbat.extract.claims.ClaimsCorpusProbe ../shared/corpus/fakes-dev.jsonl [--misses]}
 */
public final class ClaimsCorpusProbe {
    private ClaimsCorpusProbe() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "/work/shared/corpus/fakes-dev.jsonl");
        boolean showMisses = List.of(args).contains("--misses");
        boolean showTolls = List.of(args).contains("--tolls");
        ObjectMapper json = new ObjectMapper();
        FatalityExtractor extractor = new FatalityExtractor();
        int labelled = 0;
        int written = 0;
        int hits = 0;
        int headlineHits = 0;
        int tollsFound = 0;
        for (String line : Files.readAllLines(corpus)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode article = json.readTree(line);
            JsonNode gold = article.get("gold");
            int civilians = gold.path("nb_civilians").asInt(0);
            int others = gold.path("nb_noncivilians").asInt(0);
            if (civilians + others == 0) {
                continue;
            }
            Set<Integer> wanted = new HashSet<>(List.of(civilians + others));
            if (civilians > 0) {
                wanted.add(civilians);
            }
            if (others > 0) {
                wanted.add(others);
            }
            labelled++;
            Set<Integer> deaths = new HashSet<>();
            Set<Integer> headlines = new HashSet<>();
            Set<Integer> numbers = new HashSet<>();
            int index = 0;
            for (String text : HandArticle.split(article.get("text").asText())) {
                AnnotatedSentence sentence = HandArticle.sentence(text, index++, 0);
                NumberReader.read(sentence.tokens()).forEach(n -> numbers.add(n.value()));
                List<Toll> tolls = extractor.find(sentence);
                tollsFound += tolls.size();
                if (showTolls) {
                    tolls.forEach(t -> System.out.printf("TOLL %d %s killed=%s part=%s | %s%n", t.count(), t.who(),
                            t.killed(), t.part(), text.length() > 220 ? text.substring(0, 220) : text));
                }
                tolls.stream().filter(Toll::killed).forEach(t -> deaths.add(t.count()));
                extractor.headlineToll(sentence).ifPresent(headlines::add);
            }
            boolean isWritten = numbers.stream().anyMatch(wanted::contains);
            boolean hit = deaths.stream().anyMatch(wanted::contains);
            written += isWritten ? 1 : 0;
            hits += hit ? 1 : 0;
            headlineHits += headlines.stream().anyMatch(wanted::contains) ? 1 : 0;
            if (showMisses && isWritten && !hit) {
                System.out.printf("MISS %s want=%s got=%s%n", article.get("id").asText(), wanted, deaths);
            }
        }
        System.out.printf("articles with a gold toll:        %d%n", labelled);
        System.out.printf("  ... whose text writes it:        %d%n", written);
        System.out.printf("some death toll matches:          %d = %.3f of all, %.3f of written%n",
                hits, hits / (double) labelled, hits / (double) written);
        System.out.printf("some headline toll matches:       %d = %.3f of all, %.3f of written%n",
                headlineHits, headlineHits / (double) labelled, headlineHits / (double) written);
        System.out.printf("tolls found (all kinds):          %d%n", tollsFound);
    }
}
