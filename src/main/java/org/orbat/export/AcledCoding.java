package org.orbat.export;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.orbat.model.ActorKind;
import org.orbat.model.Event;
import org.orbat.model.Evidence;

/**
 * Maps an Orbat event to ACLED's event type and sub-event type, after the ACLED codebook (2023):
 * battles are armed clashes, or territory changing hands coded by who took it (government regains
 * vs. non-state actor overtakes); remote violence is split by weapon as the evidence names it
 * (air/drone strike, shelling/artillery/missile, remote explosive/landmine/IED); arrests by a state
 * are strategic developments, abductions by anyone else are violence against civilians. Stateless.
 */
final class AcledCoding {
    /** An ACLED event type with its sub-event type. */
    record Code(String eventType, String subEventType) {
    }

    static final String BATTLES = "Battles";
    static final String REMOTE = "Explosions/Remote violence";
    static final String CIVILIANS = "Violence against civilians";
    static final String STRATEGIC = "Strategic developments";
    static final String SHELLING = "Shelling/artillery/missile attack";

    // Barrel bombs and helicopters are airborne: ACLED codes barrel-bomb drops as air strikes.
    private static final Pattern AIR = Pattern.compile(
        "\\b(air|air-?strikes?|airstrikes?|air ?raids?|aircraft|aerial|jets?|warplanes?|drones?|helicopters?|barrel bombs?)\\b");
    private static final Pattern SHELLS = Pattern.compile(
        "\\b(shell(s|ed|ing)?|artillery|rockets?|missiles?|mortars?|howitzers?)\\b");
    private static final Pattern EXPLOSIVES = Pattern.compile(
        "\\b(bomb(s|ed|ing|ings)?|car bombs?|ieds?|improvised explosive|explosions?|explosives?|landmines?|mines?)\\b");

    private AcledCoding() {
    }

    /**
     * Codes one event.
     *
     * @param event the (merged) event
     * @param initiator the kind of the event's first actor, {@code null} when unknown
     */
    static Code of(Event event, ActorKind initiator) {
        boolean state = initiator == ActorKind.STATE || initiator == ActorKind.STATE_FORCE;
        return switch (event.type()) {
            case BATTLE -> new Code(BATTLES, "Armed clash");
            case TERRITORY_CAPTURE -> new Code(BATTLES, state ? "Government regains territory" : "Non-state actor overtakes territory");
            case REMOTE_VIOLENCE -> new Code(REMOTE, weapon(event.evidence()));
            case VIOLENCE_AGAINST_CIVILIANS -> new Code(CIVILIANS, "Attack");
            case ARREST_ABDUCTION -> state ? new Code(STRATEGIC, "Arrests") : new Code(CIVILIANS, "Abduction/forced disappearance");
            case FORMATION -> new Code(STRATEGIC, "Headquarters or base established");
            case AGREEMENT -> new Code(STRATEGIC, "Agreement");
            case DISBANDING, DECLARATION -> new Code(STRATEGIC, "Other");
        };
    }

    /** The remote-violence sub-event the evidence's wording points to; shelling when it names no weapon. */
    static String weapon(List<Evidence> evidence) {
        String text = String.join(" ", evidence.stream().map(Evidence::text).toList()).toLowerCase(Locale.ROOT);
        if (AIR.matcher(text).find()) {
            return "Air/drone strike";
        }
        if (SHELLS.matcher(text).find()) {
            return SHELLING;
        }
        if (EXPLOSIVES.matcher(text).find()) {
            return "Remote explosive/landmine/IED";
        }
        return SHELLING;
    }
}
