package org.orbat.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.orbat.bench.KbGenerator;
import org.orbat.model.DateValue;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.ReadModel;
import org.orbat.store.RelationRecord;
import org.orbat.store.TestDatabases;

/**
 * Guards the fast whole-network read (relations read packed into a {@link org.orbat.store.RelationTable},
 * actors numbered by their rank in a kept {@link ActorIndex}, ties put in order by counting sorts)
 * against a plain restatement of the rules in {@link InForce}, over relations read row by row.
 */
class WholeNetworkTest {
    static List<String> databases() throws IOException {
        return TestDatabases.all(Files.createTempDirectory("orbat-whole-network"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void wholeNetworkOnAGeneratedKnowledgeBaseMatchesTheRulesStatedPlainly(String db) {
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            new KbGenerator(2_000, 300, new Random(13)).writeTo(kb);
            ReadModel read = kb.readModel();
            QueryService queries = QueryService.over(read, Clock.systemUTC());
            QueryService cached = new QueryService(read, ActorFinder.none(), Clock.systemUTC(), Duration.ofMinutes(1));
            Map<String, RelationRecord> all = new LinkedHashMap<>();
            for (int a = 0; a < 300; a++) {
                read.relationsOf(KbGenerator.actorId(a)).forEach(r -> all.put(r.id(), r));
            }
            assertThat(all).hasSizeGreaterThan(600);
            for (String at : List.of("2010", "2012-05", "2014", "2015-03-01", "2017-11", "2021")) {
                Network expected = plainly(new ArrayList<>(all.values()), DateValue.parse(at).orElseThrow());
                Network network = queries.network(at, null, 0);
                assertThat(network.ties()).as(at).containsExactlyElementsOf(expected.ties());
                assertThat(network.actors()).as(at).containsExactlyElementsOf(expected.actors());
                assertThat(cached.network(at, null, 0)).as(at).isEqualTo(network);
            }
        }
    }

    private static Network plainly(List<RelationRecord> rows, DateValue at) {
        List<RelationRecord> inForce = new ArrayList<>();
        for (RelationRecord r : rows) {
            if (!started(r, at) || (r.end() != null && r.end().last().isBefore(at.date()))) {
                continue;
            }
            if (r.type().symmetric()) {
                boolean latest = rows.stream().filter(o -> o.type().symmetric() && started(o, at)
                        && o.source().equals(r.source()) && o.target().equals(r.target()))
                    .noneMatch(o -> o.start() != null && (r.start() == null || o.start().compareTo(r.start()) > 0));
                if (!latest) {
                    continue;
                }
            }
            inForce.add(r);
        }
        Map<List<Object>, List<RelationRecord>> groups = new LinkedHashMap<>();
        inForce.forEach(r -> groups.computeIfAbsent(List.of(r.type(), r.source(), r.target()), k -> new ArrayList<>()).add(r));
        List<Tie> ties = new ArrayList<>();
        groups.forEach((k, facts) -> ties.add(new Tie(facts.get(0).type(), ref(facts.get(0).source()), ref(facts.get(0).target()),
            facts.stream().map(RelationRecord::start).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null),
            facts.stream().anyMatch(f -> f.end() == null) ? null
                : facts.stream().map(RelationRecord::end).max(Comparator.naturalOrder()).orElseThrow(),
            facts.stream().map(RelationRecord::id).sorted().toList())));
        ties.sort(Comparator.comparing((Tie t) -> t.source().name()).thenComparing(t -> t.target().name())
            .thenComparing(t -> t.type().code()));
        List<ActorRef> actors = ties.stream().flatMap(t -> java.util.stream.Stream.of(t.source(), t.target())).distinct()
            .sorted(Comparator.comparing(ActorRef::name).thenComparing(ActorRef::id)).toList();
        return new Network(at, null, 0, actors, ties);
    }

    private static boolean started(RelationRecord r, DateValue at) {
        return r.start() == null || !r.start().date().isAfter(at.last());
    }

    private static ActorRef ref(String id) {
        return new ActorRef(id, KbGenerator.actorName(Integer.parseInt(id.substring(2))));
    }
}
