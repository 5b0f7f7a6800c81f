package org.orbat.model;

import java.util.Locale;
import java.util.Optional;

/**
 * ACLED's 25 sub-event types with the event type and disorder type each belongs to, after the ACLED
 * Codebook (acleddata.com, "Event types"; 2019 taxonomy, still current). An event's sub-event type is
 * what an ACLED coder would choose for it; Orbat's own {@link EventType} says what happened in the
 * words of the report, this says how ACLED files it.
 */
public enum AcledSubEvent {
    GOVERNMENT_REGAINS_TERRITORY(Family.BATTLES, "Government regains territory", Disorder.POLITICAL_VIOLENCE),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY(Family.BATTLES, "Non-state actor overtakes territory", Disorder.POLITICAL_VIOLENCE),
    ARMED_CLASH(Family.BATTLES, "Armed clash", Disorder.POLITICAL_VIOLENCE),
    EXCESSIVE_FORCE_AGAINST_PROTESTERS(Family.PROTESTS, "Excessive force against protesters", Disorder.VIOLENCE_AND_DEMONSTRATIONS),
    PROTEST_WITH_INTERVENTION(Family.PROTESTS, "Protest with intervention", Disorder.DEMONSTRATIONS),
    PEACEFUL_PROTEST(Family.PROTESTS, "Peaceful protest", Disorder.DEMONSTRATIONS),
    VIOLENT_DEMONSTRATION(Family.RIOTS, "Violent demonstration", Disorder.DEMONSTRATIONS),
    MOB_VIOLENCE(Family.RIOTS, "Mob violence", Disorder.POLITICAL_VIOLENCE),
    CHEMICAL_WEAPON(Family.REMOTE, "Chemical weapon", Disorder.POLITICAL_VIOLENCE),
    AIR_DRONE_STRIKE(Family.REMOTE, "Air/drone strike", Disorder.POLITICAL_VIOLENCE),
    SUICIDE_BOMB(Family.REMOTE, "Suicide bomb", Disorder.POLITICAL_VIOLENCE),
    SHELLING_ARTILLERY_MISSILE_ATTACK(Family.REMOTE, "Shelling/artillery/missile attack", Disorder.POLITICAL_VIOLENCE),
    REMOTE_EXPLOSIVE_LANDMINE_IED(Family.REMOTE, "Remote explosive/landmine/IED", Disorder.POLITICAL_VIOLENCE),
    GRENADE(Family.REMOTE, "Grenade", Disorder.POLITICAL_VIOLENCE),
    SEXUAL_VIOLENCE(Family.CIVILIANS, "Sexual violence", Disorder.POLITICAL_VIOLENCE),
    ATTACK(Family.CIVILIANS, "Attack", Disorder.POLITICAL_VIOLENCE),
    ABDUCTION_FORCED_DISAPPEARANCE(Family.CIVILIANS, "Abduction/forced disappearance", Disorder.POLITICAL_VIOLENCE),
    AGREEMENT(Family.STRATEGIC, "Agreement", Disorder.STRATEGIC_DEVELOPMENTS),
    ARRESTS(Family.STRATEGIC, "Arrests", Disorder.STRATEGIC_DEVELOPMENTS),
    CHANGE_TO_GROUP_ACTIVITY(Family.STRATEGIC, "Change to group/activity", Disorder.STRATEGIC_DEVELOPMENTS),
    DISRUPTED_WEAPONS_USE(Family.STRATEGIC, "Disrupted weapons use", Disorder.STRATEGIC_DEVELOPMENTS),
    HEADQUARTERS_OR_BASE_ESTABLISHED(Family.STRATEGIC, "Headquarters or base established", Disorder.STRATEGIC_DEVELOPMENTS),
    LOOTING_PROPERTY_DESTRUCTION(Family.STRATEGIC, "Looting/property destruction", Disorder.STRATEGIC_DEVELOPMENTS),
    NON_VIOLENT_TRANSFER_OF_TERRITORY(Family.STRATEGIC, "Non-violent transfer of territory", Disorder.STRATEGIC_DEVELOPMENTS),
    OTHER(Family.STRATEGIC, "Other", Disorder.STRATEGIC_DEVELOPMENTS);

    /** ACLED's six event types. */
    public enum Family {
        BATTLES("Battles"), PROTESTS("Protests"), RIOTS("Riots"), REMOTE("Explosions/Remote violence"),
        CIVILIANS("Violence against civilians"), STRATEGIC("Strategic developments");

        private final String label;

        Family(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** ACLED's disorder types; excessive force against protesters belongs to two at once. */
    public enum Disorder {
        POLITICAL_VIOLENCE("Political violence"), DEMONSTRATIONS("Demonstrations"),
        VIOLENCE_AND_DEMONSTRATIONS("Political violence; Demonstrations"), STRATEGIC_DEVELOPMENTS("Strategic developments");

        private final String label;

        Disorder(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Family family;
    private final String label;
    private final Disorder disorder;

    AcledSubEvent(Family family, String label, Disorder disorder) {
        this.family = family;
        this.label = label;
        this.disorder = disorder;
    }

    public Family family() {
        return family;
    }

    /** The sub-event type as ACLED spells it ("Air/drone strike"). */
    public String label() {
        return label;
    }

    public Disorder disorder() {
        return disorder;
    }

    /** Lower-case code for the store ({@code air_drone_strike}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sub-event for a stored code; empty for {@code null} (rows written before sub-events existed). */
    public static Optional<AcledSubEvent> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown ACLED sub-event type: " + code, e);
        }
    }
}
