package org.orbat.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Event types, after the ACLED codebook's event types and the political-violence subset of PLOVER:
 * battles, territory changing hands, remote violence (air/drone strikes, shelling, bombs), violence
 * against civilians, arrests and abductions, protests and riots, the strategic developments ACLED
 * records (disrupted weapons use, looting and destruction, movements of forces), and the
 * organisational events analysts track (disbanding, formation, declarations, agreements).
 *
 * <p>Every trait of a type lives here, so a new type needs its constant and its trigger rows and
 * nothing else: which {@link Kind} it is (one incident and one organisational event at most are read
 * from a sentence), its rank among incidents (the most specific act wins), whether reports of it carry
 * a death toll, whether it is fighting (a battle and a capture of the same ground are one happening),
 * and the ACLED sub-event type it is filed under when nothing in the sentence says otherwise.
 */
public enum EventType {
    RIOT(Kind.INCIDENT, 0, true, false, AcledSubEvent.VIOLENT_DEMONSTRATION),
    PROTEST(Kind.INCIDENT, 1, true, false, AcledSubEvent.PEACEFUL_PROTEST),
    DISRUPTED_WEAPONS(Kind.INCIDENT, 2, false, false, AcledSubEvent.DISRUPTED_WEAPONS_USE),
    TERRITORY_CAPTURE(Kind.INCIDENT, 3, true, true, AcledSubEvent.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
    REMOTE_VIOLENCE(Kind.INCIDENT, 4, true, false, AcledSubEvent.SHELLING_ARTILLERY_MISSILE_ATTACK),
    ARREST_ABDUCTION(Kind.INCIDENT, 5, true, false, AcledSubEvent.ABDUCTION_FORCED_DISAPPEARANCE),
    VIOLENCE_AGAINST_CIVILIANS(Kind.INCIDENT, 6, true, false, AcledSubEvent.ATTACK),
    BATTLE(Kind.INCIDENT, 7, true, true, AcledSubEvent.ARMED_CLASH),
    LOOTING(Kind.INCIDENT, 8, false, false, AcledSubEvent.LOOTING_PROPERTY_DESTRUCTION),
    MOVEMENT(Kind.INCIDENT, 9, false, false, AcledSubEvent.CHANGE_TO_GROUP_ACTIVITY),
    DISBANDING(Kind.ORGANISATIONAL, 0, false, false, AcledSubEvent.CHANGE_TO_GROUP_ACTIVITY),
    DECLARATION(Kind.ORGANISATIONAL, 1, false, false, AcledSubEvent.OTHER),
    AGREEMENT(Kind.ORGANISATIONAL, 2, false, false, AcledSubEvent.AGREEMENT),
    FORMATION(Kind.ORGANISATIONAL, 3, false, false, AcledSubEvent.CHANGE_TO_GROUP_ACTIVITY);

    /** Incidents happen at a place and a time; organisational events change what a group is. */
    public enum Kind { INCIDENT, ORGANISATIONAL }

    private final Kind kind;
    private final int rank;
    private final boolean tolled;
    private final boolean fighting;
    private final AcledSubEvent defaultSubEvent;

    EventType(Kind kind, int rank, boolean tolled, boolean fighting, AcledSubEvent defaultSubEvent) {
        this.kind = kind;
        this.rank = rank;
        this.tolled = tolled;
        this.fighting = fighting;
        this.defaultSubEvent = defaultSubEvent;
    }

    public Kind kind() {
        return kind;
    }

    /** Among types of one kind named in one sentence, the lowest rank wins: the most specific act. */
    public int rank() {
        return rank;
    }

    /** Whether a report of this type carries a death toll (a protest may: excessive force kills). */
    public boolean tolled() {
        return tolled;
    }

    /** Whether this is fighting; two fighting reports of one place and day are one happening. */
    public boolean fighting() {
        return fighting;
    }

    /** Whether two reports of these types may describe one happening. */
    public boolean compatible(EventType other) {
        return this == other || fighting && other.fighting;
    }

    /** The ACLED sub-event type when the sentence gives no finer sign. */
    public AcledSubEvent defaultSubEvent() {
        return defaultSubEvent;
    }

    /** The types of one kind, most specific first. */
    public static List<EventType> ranked(Kind kind) {
        return Arrays.stream(values()).filter(t -> t.kind == kind).sorted(Comparator.comparingInt(EventType::rank)).toList();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventType fromCode(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown event type: " + code, e);
        }
    }
}
