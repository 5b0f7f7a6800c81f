package org.orbat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.orbat.query.CorrectionNote;
import org.orbat.query.EvidenceItem;
import org.orbat.query.FactEvidence;
import org.orbat.query.QueryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code orbat evidence FACT-ID}: the reports behind a relation or event. */
@Command(name = "evidence", mixinStandardHelpOptions = true,
    description = "Show the sentences, documents, sources, stances and tolls behind a relation or event.")
final class EvidenceCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Mixin
    ReleaseOption release;

    @Parameters(paramLabel = "FACT-ID", description = "A relation or event id, as network, actor and events print them.")
    String factId;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        FactEvidence fact;
        try (QuerySession session = QuerySession.open(database.db, release)) {
            fact = session.queries().evidence(factId);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(QueryJson.line(fact));
            return OrbatCommand.OK;
        }
        out.printf("%s %s %s: %s, %s%n", fact.kind(), fact.factId(), fact.type(), Cells.actors(fact.actors()),
            Cells.period(fact.date(), fact.dateEnd()));
        out.printf("sources: %s; stances: %s; tolls: %s%s%n", Cells.join(fact.sources()), Cells.join(fact.stances()
            .stream().map(s -> s.code()).toList()), Cells.join(fact.tolls()), fact.tollsDisagree() ? " (reports disagree)" : "");
        if (fact.reports().size() > 1) {
            // The documents merged into this event, each with the date and toll it gives.
            out.printf("reports: %s%n", String.join("; ", fact.reports().stream().map(r -> r.id() + " "
                + Cells.period(r.date(), r.dateEnd()) + (r.fatalities() == null ? "" : ", toll " + r.fatalities())).toList()));
        }
        for (CorrectionNote c : fact.corrections()) {
            // What analysts changed, so no one takes a corrected fact for the pipeline's reading.
            out.printf("correction #%d %s by %s at %s: %s (%s%s)%n", c.id(), c.action(), c.editor(), c.madeAt(), c.reason(),
                c.stale() ? "STALE: " : "", c.found());
        }
        for (EvidenceItem e : fact.evidence()) {
            out.println();
            out.printf("  \"%s\"%n", e.text());
            out.printf("  %s, %s%s%s; %s, %s (%s)%n", e.stance().code(), e.reportedBy() == null ? "no source named" : e.reportedBy(),
                e.fatalities() == null ? "" : ", toll " + e.fatalities(),
                e.reportId() == null ? "" : e.reportDate() == null ? ", report undated" : ", report dated " + e.reportDate().iso(),
                e.document().title() == null ? e.document().id() : e.document().title(),
                e.document().outlet() == null ? "outlet unknown" : e.document().outlet() + " " + e.document().published(),
                e.document().path());
        }
        return OrbatCommand.OK;
    }
}
