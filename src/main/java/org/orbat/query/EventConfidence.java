package org.orbat.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.EventType;
import org.orbat.model.Stance;

/**
 * How likely an event is right: the chance that a trained coder agrees on its type, date and place, from a logistic
 * model over what the event shows of its own support (how many reports, whether they only claim it, whether its place
 * is exact or missing, whether both sides are known, how many other events its report holds). The weights are data
 * ({@code review/event-confidence.tsv}), fitted by {@code scripts/fit-confidence.py} on half of the ACLED dev rows and
 * checked on the other half (docs/evaluation.md, "Confidence"); the features here and in the script are the same.
 */
public final class EventConfidence {
    static final String RESOURCE = "/review/event-confidence.tsv";
    static final List<String> FEATURES = List.of("bias", "reports", "claimed", "day", "undated", "placed_exact", "unplaced",
        "two_sided", "tolled", "organisational", "crowded");

    private final double[] weights;

    EventConfidence(Map<String, Double> weights) {
        this.weights = new double[FEATURES.size()];
        for (int i = 0; i < FEATURES.size(); i++) {
            Double w = weights.get(FEATURES.get(i));
            if (w == null) {
                throw new IllegalArgumentException("Confidence weights lack feature " + FEATURES.get(i));
            }
            this.weights[i] = w;
        }
    }

    /** The shipped model. */
    public static EventConfidence load() {
        try (InputStream in = EventConfidence.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            Map<String, Double> weights = new LinkedHashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                weights.put(cols[0], Double.parseDouble(cols[1]));
            }
            return new EventConfidence(weights);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }

    /**
     * The event's confidence in [0, 1].
     *
     * @param eventsInItsReport how many events the report that first states it holds (this one included)
     */
    public double of(Event e, int eventsInItsReport) {
        double[] x = {
            1,
            Math.log1p(e.evidence().size()),
            e.evidence().stream().anyMatch(ev -> ev.stance() != Stance.ASSERTED) ? 1 : 0,
            e.date() != null && e.date().precision() == DateValue.Precision.DAY ? 1 : 0,
            e.date() == null ? 1 : 0,
            e.locations().stream().anyMatch(p -> "exact".equals(p.precision())) ? 1 : 0,
            e.locations().isEmpty() ? 1 : 0,
            !e.side1().isEmpty() && !e.side2().isEmpty() ? 1 : 0,
            e.fatalities() != null ? 1 : 0,
            e.type().kind() == EventType.Kind.ORGANISATIONAL ? 1 : 0,
            Math.log(Math.max(1, eventsInItsReport)),
        };
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Each event's confidence, counting events per report over {@code events} as the export lists them. */
    public Map<String, Double> ofAll(List<Event> events) {
        Map<String, Integer> perReport = new java.util.HashMap<>();
        for (Event e : events) {
            if (!e.evidence().isEmpty()) {
                perReport.merge(e.evidence().get(0).documentId(), 1, Integer::sum);
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Event e : events) {
            int n = e.evidence().isEmpty() ? 1 : perReport.get(e.evidence().get(0).documentId());
            out.put(e.id(), of(e, n));
        }
        return out;
    }
}
