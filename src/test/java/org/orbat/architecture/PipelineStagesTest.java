package org.orbat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orbat.architecture.fixture.EarlyStageReachingForward;
import org.orbat.architecture.fixture.StrayTokenBenchmark;

/**
 * Data flows one way through Orbat: ingest → nlp → actors → extract → store → (pipeline, which
 * drives the stages so far) → query → export → http → bench → cli. A stage may use the foundations
 * ({@code model}, {@code lexicon}, the root package) and any earlier stage, never a later one, so a
 * stage can be read, tested and replaced knowing only what comes before it.
 */
class PipelineStagesTest {
    /** The stages in the order data flows; each may import only those before it. */
    static final List<String> STAGES = List.of(
        "ingest", "nlp", "actors", "extract", "store", "pipeline", "query", "export", "http", "bench", "cli");
    /** Packages every stage may use. */
    static final List<String> FOUNDATIONS = List.of("model", "lexicon");

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.orbat");
    }

    /** One rule per stage: none of its classes depends on a class of a later stage. */
    static ArchRule stagesImportOnlyEarlierStages() {
        List<ArchRule> rules = new ArrayList<>();
        for (int i = 0; i < STAGES.size(); i++) {
            List<String> later = STAGES.subList(i + 1, STAGES.size());
            if (later.isEmpty()) {
                continue;
            }
            rules.add(noClasses().that().resideInAPackage(pkg(STAGES.get(i)))
                .should().dependOnClassesThat().resideInAnyPackage(later.stream().map(PipelineStagesTest::pkg).toArray(String[]::new))
                .because(STAGES.get(i) + " comes before " + String.join(", ", later)));
        }
        for (String foundation : FOUNDATIONS) {
            rules.add(noClasses().that().resideInAPackage(pkg(foundation))
                .should().dependOnClassesThat().resideInAnyPackage(STAGES.stream().map(PipelineStagesTest::pkg).toArray(String[]::new))
                .because(foundation + " is used by every stage and so can use none"));
        }
        return CompositeArchRule.of(rules);
    }

    /** Classes named for benchmarking belong in {@code bench}, out of the stages the product runs. */
    static ArchRule benchmarksLiveInBench() {
        return classes().that().haveSimpleNameContaining("Benchmark")
            .should().resideInAPackage(pkg("bench"))
            .because("benchmark code stays out of the product's stages");
    }

    private static String pkg(String name) {
        return "org.orbat." + name + "..";
    }

    @Test
    void everyProductPackageIsAStageOrAFoundation() {
        List<String> known = new ArrayList<>(STAGES);
        known.addAll(FOUNDATIONS);
        List<String> packages = product.stream()
            .map(c -> c.getPackageName())
            .filter(p -> p.startsWith("org.orbat."))
            .map(p -> p.substring("org.orbat.".length()).split("\\.")[0])
            .distinct().sorted().toList();
        assertThat(known).containsAll(packages);
    }

    @Test
    void noStageImportsALaterStage() {
        stagesImportOnlyEarlierStages().check(product);
    }

    @Test
    void benchmarkClassesSitInBench() {
        benchmarksLiveInBench().check(product);
    }

    @Test
    void theStageRuleCatchesAnEarlyStageThatImportsTheStore() {
        // The fixture stands in the architecture package; evaluate it as if it were the nlp stage by
        // checking the same rule shape on it: a class outside store that names store must be flagged.
        ArchRule rule = noClasses().that().resideInAPackage("org.orbat.architecture.fixture..")
            .should().dependOnClassesThat().resideInAnyPackage(pkg("store"));
        JavaClasses fixture = new ClassFileImporter().importClasses(EarlyStageReachingForward.class);
        assertThat(rule.evaluate(fixture).hasViolation()).isTrue();
    }

    @Test
    void theBenchRuleCatchesABenchmarkOutsideBench() {
        JavaClasses fixture = new ClassFileImporter().importClasses(StrayTokenBenchmark.class);
        assertThat(benchmarksLiveInBench().evaluate(fixture).hasViolation()).isTrue();
    }

    @Test
    void stagesAreListedOnce() {
        assertThat(STAGES).doesNotHaveDuplicates();
        assertThat(Arrays.asList(STAGES.toArray())).doesNotContainAnyElementsOf(FOUNDATIONS);
    }
}
