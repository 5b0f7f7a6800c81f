package org.orbat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.Article;

class BenchmarkTest {
    private static Article article(String id, int characters) {
        return new Article(id, null, null, null, null, null, null, null, "x".repeat(characters));
    }

    @Test
    void warmsUpOnTheFirstDocumentsUntilTheCharacterBudgetIsReached() {
        int third = Benchmark.WARMUP_CHARACTERS / 3;
        List<Article> corpus = List.of(article("a", third), article("b", third), article("c", third), article("d", 10),
            article("e", 10));

        assertThat(Benchmark.warmupSet(corpus)).extracting(Article::path).containsExactly("a", "b", "c");
    }

    @Test
    void warmsUpOnOneDocumentEvenWhenItAloneExceedsTheBudget() {
        List<Article> corpus = List.of(article("huge", Benchmark.WARMUP_CHARACTERS * 2), article("small", 10));

        assertThat(Benchmark.warmupSet(corpus)).extracting(Article::path).containsExactly("huge");
    }

    @Test
    void warmsUpOnTheWholeOfASmallCorpus() {
        List<Article> corpus = List.of(article("a", 100), article("b", 200));

        assertThat(Benchmark.warmupSet(corpus)).hasSize(2);
    }

    @Test
    void reportsTheMiddleRunSoThatOneSlowRunDoesNotDecide() {
        assertThat(Benchmark.median(List.of(0.8, 4.0, 0.9))).isEqualTo(0.9);
        assertThat(Benchmark.median(List.of(1.0, 3.0))).isEqualTo(2.0);
    }
}
