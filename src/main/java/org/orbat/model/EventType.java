package org.orbat.model;

import java.util.Locale;

/**
 * Event types, after the ACLED codebook's event types and the political-violence subset of PLOVER:
 * battles, territory changing hands, remote violence (air/drone strikes, shelling, barrel bombs),
 * violence against civilians, arrests and abductions, and the organisational events analysts track
 * (disbanding, formation, declarations such as declared war, agreements).
 */
public enum EventType {
    BATTLE, TERRITORY_CAPTURE, REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS, ARREST_ABDUCTION, DISBANDING,
    FORMATION, DECLARATION, AGREEMENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventType fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
