package org.orbat.actors;

import java.time.LocalDate;
import java.util.Objects;

/**
 * From {@code from} on, mentions of {@code predecessor} stand for the actor that declares this
 * succession. The ACLED codebook codes a movement that has taken power by its state forces: from
 * 15 August 2021 the Taliban, and "Afghan forces", are the Military Forces of Afghanistan (2021-).
 *
 * @param predecessor the actor id whose mentions are taken over
 * @param from the first day the successor stands for them
 */
public record Succession(String predecessor, LocalDate from) {
    public Succession {
        Objects.requireNonNull(predecessor, "predecessor");
        Objects.requireNonNull(from, "from");
    }

    /** Whether a report published on {@code day} falls in the successor's time. */
    boolean covers(LocalDate day) {
        return !day.isBefore(from);
    }
}
