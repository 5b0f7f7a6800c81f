package org.orbat.extract.events;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.orbat.model.AcledSubEvent;
import org.orbat.model.ActorKind;
import org.orbat.model.EventType;

/**
 * Files an event the way an ACLED coder would, from its trigger, its sides and the words of its
 * sentence. The rules are the codebook's (ACLED Codebook, "Event types"; summarised with sources in
 * the project's docs): force between two organised armed actors is a battle, and an exchange of fire or
 * shelling between them is an armed clash, not remote violence; force by an armed actor against unarmed
 * civilians is violence against civilians; a capture of people is an arrest or abduction, a capture of a
 * place is a change of territory, regained when the state takes it and overtaken otherwise, and
 * non-violent when the other side withdrew; remote violence is split by weapon; arrests are a
 * strategic development when a state makes them and an abduction otherwise; a protest is peaceful
 * unless it was dispersed (intervention) or met with lethal force (excessive force); a riot that attacks
 * people outside a demonstration is mob violence. Stateless.
 */
final class AcledCoder {
    /** The type and sub-event type an event is filed under. */
    record Coding(EventType type, AcledSubEvent subEvent) {
    }

    // Barrel bombs and helicopters are airborne: ACLED codes barrel-bomb drops as air strikes.
    private static final Pattern AIR = Pattern.compile(
        "\\b(air|air-?strikes?|airstrikes?|air ?raids?|aircraft|aerial|jets?|warplanes?|drones?|uavs?|helicopters?|barrel bombs?)\\b");
    private static final Pattern SHELLS = Pattern.compile(
        "\\b(shell(s|ed|ing)?|artillery|rockets?|missiles?|mortars?|howitzers?|grad|katyusha|tank fire|heavy weapons?)\\b");
    private static final Pattern EXPLOSIVES = Pattern.compile(
        "\\b(bombs?|bombed|bombings?|ieds?|vbieds?|improvised explosive|explosive devices?|roadside bombs?|car bombs?|landmines?|land mines?|mines?|booby.?trap\\w*|sticky bombs?|magnetic bombs?|unexploded)\\b");
    private static final Pattern BLAST = Pattern.compile("\\b(explosions?|blasts?|explod\\w*|explosives?)\\b");
    private static final Pattern SUICIDE = Pattern.compile("\\bsuicide\\b|\\bself-detonat");
    private static final Pattern GRENADE = Pattern.compile("\\bgrenades?\\b");
    private static final Pattern CHEMICAL = Pattern.compile("\\b(chemical|chlorine|sarin|nerve agent|mustard gas|toxic gas|poison gas)\\b");
    /** Both sides fired: ACLED codes an exchange as an armed clash even when one side began with shells. */
    private static final Pattern EXCHANGE = Pattern.compile(
        "\\b(exchang\\w* (of )?(fire|shelling|shells|gunfire|artillery)|exchanged|(shelling|fire|gunfire|rocket|artillery) exchanges?|returned (the )?(fire|shelling)|respond\\w* (to the source of fire|with (artillery|shelling|fire))"
            + "|mutual (shelling|fire)|clash\\w*|fought|fighting|gunbattle|gun battle)\\b");
    private static final Pattern PEOPLE = Pattern.compile(
        "\\b(soldiers?|fighters?|members?|militants?|officers?|commanders?|leaders?|civilians?|men|man|women|woman|children|"
            + "persons?|people|hostages?|prisoners?|policem[ae]n|troops|personnel|elements?|operatives?|suspects?)\\b");
    private static final Pattern WITHOUT_FIGHT = Pattern.compile(
        "\\b(withdr[ae]w\\w*|withdrawal|without (a )?(fight|fighting|resistance|clashes)|handed over|handover|hand over|peacefully|evacuated)\\b");
    private static final Pattern LETHAL_FORCE = Pattern.compile(
        "\\b(killed|killing|shot dead|live (fire|ammunition|bullets|rounds)|opened fire|fired (live|on|at)|died)\\b");
    private static final Pattern INTERVENTION = Pattern.compile(
        "\\b(dispers\\w*|tear ?gas|tear-gas|rubber bullets?|water cannons?|"
            // arrests and beatings of the protesters, not the detainees whose release they demand
            + "(arrest\\w*|detain\\w*|beat\\w*) (\\w+ ){0,3}(protest[eo]rs?|demonstrators?|participants?|organi[sz]ers?|activists?|them)|"
            + "(protest[eo]rs?|demonstrators?|participants?|organi[sz]ers?|activists?|they) (\\w+ ){0,2}(were|was) (\\w+ )?(arrested|detained|beaten)|"
            + "(assault\\w*|attack\\w*|stop\\w*|prevent\\w*) (\\w+ ){0,3}(protest[eo]rs?|demonstrators?|participants?|activists?)|"
            + "intervened|intervention|suppress\\w*|interrupted|evicted|"
            + "broke up|forcibly|baton\\w*|clash\\w*|fired|prevented|blocked them|cracked down)\\b");
    /** Small arms: an attack with them on armed men is a clash, whatever heavier weapons joined in. */
    private static final Pattern FIREARMS = Pattern.compile(
        "\\b(firearms?|small arms|machine ?guns?|gunfire|rifles?|bullets?|light weapons|medium weapons|kalashnikovs?|ak-47s?)\\b");
    /**
     * The demonstrators' own violence or destruction, after the codebook's riots: "clashes, vandalism,
     * barricades, burning tyres", stone throwing. A protest that shows it is a violent demonstration.
     */
    private static final Pattern CROWD_VIOLENCE = Pattern.compile(
        "\\b(burn(ing|ed|t)? (tyres|tires|rubber)|(tyres|tires) (were |was )?(set )?(on fire|ablaze|burn\\w*)|"
            + "barricad\\w*|(with|threw|throwing|hurled|hurling|pelted\\w*( \\w+)? with) (stones|rocks|bricks)|stone[- ]?(throw|pelt)\\w*|"
            + "molotov\\w*|petrol bombs?|vandali[sz]\\w*|ransack\\w*|set (\\w+ ){0,3}(on )?fire|torched|smash\\w*|"
            + "clash\\w*|scuffle\\w*|tried to retaliate|"
            + "(protesters|demonstrators|crowds?|residents|mobs?|youths?) (\\w+ ){0,2}(attacked|stormed|beat|assaulted|threw))\\b");
    /**
     * What a protest is against or demands ("protested against the killing of farmers", "demanding justice for
     * those shot by police", "accused of killing a teen"): the phrase, up to the next punctuation or a clause
     * word ("with", "when", "but"), tells the protest's cause, not how it was met, so a killing or an
     * intervention named there says nothing of the force used on the protesters.
     */
    private static final Pattern CAUSE = Pattern.compile(
        "\\b(against|over|accused of|demanding|denouncing|condemning|in solidarity with|to (denounce|demand|condemn|protest))\\b"
            + "[^,.;:()\\[\\]]*?(?=[,.;:()\\[\\]]|\\b(with|when|before|until|but|while|as)\\b|$)");
    private static final Pattern DEMONSTRATION = Pattern.compile("\\b(protest\\w*|demonstrat\\w*|rally|rallies|march\\w*)\\b");
    private static final Pattern ABUSED_DETAINEE = Pattern.compile(
        "\\b(tortur\\w*|to death|died in (custody|detention|prison)|executed|summarily killed)\\b");
    /** Buildings and vehicles civilians live in, work in or travel by; one list for the object and the passive subject. */
    private static final String CIVILIAN_PLACES =
        "villages?|houses?|homes?|markets?|schools?|hospitals?|clinics?|mosques?|churches|church|bus|buses|minibus(es)?|trucks?|cars?|taxis?|shops?";
    /** A fighting word that takes two sides at once: "clashed", "fought", "scuffles". */
    private static final Pattern RECIPROCAL = Pattern.compile("\\b(clash\\w*|fought|fight\\w*|battled?|battling|scuffle\\w*|brawl\\w*|skirmish\\w*|confrontations?)$");
    /** The means of an attack, when it is a weapon used from a distance: "with mines", "using drones". */
    private static final Pattern BY_EXPLOSIVE = Pattern.compile(
        "\\b(with|using|by means of)( \\w+){0,3}? (mines?|landmines?|ieds?|explosives?|explosive devices?|bombs?|grenades?|rockets?|missiles?|mortars?|"
            + "artillery|drones?|shells)\\b");
    /** "A truck was attacked": what civilians live in or travel by, as the subject of a passive trigger. */
    private static final Pattern CIVILIAN_SUBJECT_OF_PASSIVE = Pattern.compile(
        "\\b(" + CIVILIAN_PLACES + ") (was|were|has been|have been|had been)( \\w+)? \\w+$");

    /** Whether the trigger that ends at {@code triggerEndChar} takes two sides at once ("clashed"). */
    static boolean reciprocal(String sentence, int triggerEndChar) {
        if (triggerEndChar < 0 || triggerEndChar > sentence.length()) {
            return false;
        }
        return RECIPROCAL.matcher(sentence.substring(0, triggerEndChar).toLowerCase(Locale.ROOT)).find();
    }

    /** What civilians live in, work in or travel by, heading the first noun phrase after a fighting word. */
    private static final Pattern CIVILIAN_OBJECT = Pattern.compile(
        "^\\W*((?!(near|in|at|of|outside|inside|by|to|on|from|around|between|with)\\b)[\\w'-]+\\s+){0,4}?(hamlets?|"
            + CIVILIAN_PLACES + "|farms?|residential|wedding|funeral)\\b");
    private static final Pattern BASE = Pattern.compile("\\b(base|bases|headquarters|outpost|camp|position|positions)\\b");

    /**
     * @param side1 kinds of the parties read as acting
     * @param side2 kinds of the parties read as acted against
     * @param triggerEndChar where the trigger ends in the sentence
     * @param named kinds of every party the sentence names
     */
    Coding code(Trigger trigger, String sentence, List<ActorKind> side1, List<ActorKind> side2, int triggerEndChar,
                List<ActorKind> named) {
        String text = sentence.toLowerCase(Locale.ROOT);
        String afterTrigger = triggerEndChar >= 0 && triggerEndChar <= text.length() ? text.substring(triggerEndChar) : text;
        boolean armed1 = side1.stream().anyMatch(ActorKind::isArmed);
        boolean armed2 = side2.stream().anyMatch(k -> k.isArmed() && k != ActorKind.UNIDENTIFIED);
        boolean civilians2 = !side2.isEmpty() && side2.stream().allMatch(k -> k == ActorKind.CIVILIAN);
        EventType type = trigger.type();
        AcledSubEvent sub = trigger.subEvent();
        return switch (type) {
            case BATTLE -> {
                boolean unarmed1 = !side1.isEmpty() && side1.stream().allMatch(k -> k == ActorKind.CIVILIAN || k == ActorKind.CROWD);
                boolean unarmed2 = !side2.isEmpty() && side2.stream().allMatch(k -> k == ActorKind.CIVILIAN || k == ActorKind.CROWD);
                if (unarmed1 && !side2.isEmpty() || unarmed2 && reciprocal(sentence, triggerEndChar)) {
                    // Unorganised people fighting each other, turning on armed men, or clashing with police
                    // ("police fought with vendors") riot: the codebook's violent demonstration or mob violence.
                    yield new Coding(EventType.RIOT, DEMONSTRATION.matcher(text).find()
                        ? AcledSubEvent.VIOLENT_DEMONSTRATION : AcledSubEvent.MOB_VIOLENCE);
                }
                // "Militants attacked a village / opened fire on a car", "a truck was attacked": with no armed
                // target named and no fighting reported, the codebook's attack on civilians.
                String beforeTrigger = triggerEndChar >= 0 && triggerEndChar <= text.length() ? text.substring(0, triggerEndChar) : "";
                boolean civilianObject = side2.isEmpty() && (CIVILIAN_OBJECT.matcher(afterTrigger).find()
                    || CIVILIAN_SUBJECT_OF_PASSIVE.matcher(beforeTrigger).find()) && !EXCHANGE.matcher(text).find();
                if (!civilians2 && !reciprocal(sentence, triggerEndChar) && BY_EXPLOSIVE.matcher(afterTrigger).find()
                    && !FIREARMS.matcher(text).find() && !EXCHANGE.matcher(text).find()) {
                    // "attacked a convoy with mines / with rockets": an attack at a distance, filed by its weapon
                    yield new Coding(EventType.REMOTE_VIOLENCE, weapon(text));
                }
                yield civilians2 && !armed2 || civilianObject
                    ? new Coding(EventType.VIOLENCE_AGAINST_CIVILIANS, AcledSubEvent.ATTACK)
                    : new Coding(EventType.BATTLE, AcledSubEvent.ARMED_CLASH);
            }
            case VIOLENCE_AGAINST_CIVILIANS -> {
                if (sub == AcledSubEvent.SEXUAL_VIOLENCE) {
                    yield new Coding(type, sub);
                }
                // Killing gunmen or militants, even unnamed ones, is force against an armed actor: a battle.
                boolean armedTarget = side2.stream().anyMatch(ActorKind::isArmed);
                yield armedTarget && !side2.contains(ActorKind.CIVILIAN)
                    ? new Coding(EventType.BATTLE, AcledSubEvent.ARMED_CLASH)
                    : new Coding(type, AcledSubEvent.ATTACK);
            }
            case TERRITORY_CAPTURE -> {
                if (capturesPeople(afterTrigger)) {
                    yield arrest(side1, text);
                }
                // "encroached on", "occupied": words of taking ground that report no fight, unless the sentence does
                boolean unfought = sub == AcledSubEvent.NON_VIOLENT_TRANSFER_OF_TERRITORY || WITHOUT_FIGHT.matcher(text).find();
                if (unfought && !EXCHANGE.matcher(text).find()) {
                    yield new Coding(type, AcledSubEvent.NON_VIOLENT_TRANSFER_OF_TERRITORY);
                }
                yield new Coding(type, state(side1) ? AcledSubEvent.GOVERNMENT_REGAINS_TERRITORY
                    : AcledSubEvent.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
            }
            case REMOTE_VIOLENCE -> {
                long armedNamed = named.stream().filter(k -> k.isArmed() && k != ActorKind.UNIDENTIFIED).count();
                if ((armed1 && armed2 || armedNamed >= 2) && EXCHANGE.matcher(text).find() || armed2 && FIREARMS.matcher(text).find()) {
                    yield new Coding(EventType.BATTLE, AcledSubEvent.ARMED_CLASH);
                }
                yield new Coding(type, sub != null ? sub : weapon(text));
            }
            // A detainee tortured or killed: the codebook files the violence, an attack, not the detention.
            case ARREST_ABDUCTION -> ABUSED_DETAINEE.matcher(afterTrigger).find()
                ? new Coding(EventType.VIOLENCE_AGAINST_CIVILIANS, AcledSubEvent.ATTACK) : arrest(side1, text);
            case PROTEST -> protest(text);
            case RIOT -> new Coding(type, sub == AcledSubEvent.MOB_VIOLENCE || side2.contains(ActorKind.CIVILIAN)
                || text.matches("(?s).*\\bmobs?\\b.*") ? AcledSubEvent.MOB_VIOLENCE : AcledSubEvent.VIOLENT_DEMONSTRATION);
            case FORMATION -> new Coding(type, sub == AcledSubEvent.HEADQUARTERS_OR_BASE_ESTABLISHED
                || BASE.matcher(afterTrigger).find() || BASE.matcher(text).find() && sub == null
                && text.contains("establish") ? AcledSubEvent.HEADQUARTERS_OR_BASE_ESTABLISHED : AcledSubEvent.CHANGE_TO_GROUP_ACTIVITY);
            default -> new Coding(type, sub != null ? sub : type.defaultSubEvent());
        };
    }

    /**
     * A crowd's own violence outside a fight (ACLED Codebook, "Riots"): harm to people is mob violence, destruction
     * of property a violent demonstration (the codebook's vandalism), whichever the report's trigger first said.
     */
    static Coding crowdHarm(EventType triggered) {
        return new Coding(EventType.RIOT, triggered == EventType.LOOTING ? AcledSubEvent.VIOLENT_DEMONSTRATION : AcledSubEvent.MOB_VIOLENCE);
    }

    /** A protest met with lethal force, turned violent, met with an intervention, or peaceful; its cause left aside. */
    private static Coding protest(String lowerText) {
        String met = CAUSE.matcher(lowerText).replaceAll(" ");
        return LETHAL_FORCE.matcher(met).find() ? new Coding(EventType.PROTEST, AcledSubEvent.EXCESSIVE_FORCE_AGAINST_PROTESTERS)
            : CROWD_VIOLENCE.matcher(met).find() ? new Coding(EventType.RIOT, AcledSubEvent.VIOLENT_DEMONSTRATION)
            : new Coding(EventType.PROTEST, INTERVENTION.matcher(met).find() ? AcledSubEvent.PROTEST_WITH_INTERVENTION
                : AcledSubEvent.PEACEFUL_PROTEST);
    }

    /**
     * How a protest was met, read in a sentence that follows the one reporting it ("Police intervened
     * with live ammunition. One demonstrator was killed."): lethal force, an intervention, or nothing.
     */
    static java.util.Optional<AcledSubEvent> protestMet(String sentence) {
        String text = CAUSE.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (LETHAL_FORCE.matcher(text).find() || text.matches("(?s).*\\b(shoot|shot) at\\b.*")) {
            return java.util.Optional.of(AcledSubEvent.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
        }
        return INTERVENTION.matcher(text).find() ? java.util.Optional.of(AcledSubEvent.PROTEST_WITH_INTERVENTION)
            : java.util.Optional.empty();
    }

    /** The remote-violence sub-event the words point to; shelling when they name no weapon. */
    static AcledSubEvent weapon(String lowerText) {
        if (CHEMICAL.matcher(lowerText).find()) {
            return AcledSubEvent.CHEMICAL_WEAPON;
        }
        if (SUICIDE.matcher(lowerText).find()) {
            return AcledSubEvent.SUICIDE_BOMB;
        }
        if (AIR.matcher(lowerText).find()) {
            return AcledSubEvent.AIR_DRONE_STRIKE;
        }
        if (GRENADE.matcher(lowerText).find()) {
            return AcledSubEvent.GRENADE;
        }
        if (EXPLOSIVES.matcher(lowerText).find()) {
            return AcledSubEvent.REMOTE_EXPLOSIVE_LANDMINE_IED;
        }
        // "a car explosion", "a blast at the market": something went off where it stood, with no gun or
        // launcher named: the codebook's remotely or victim-activated device, not fire from afar
        // ("explosions involving unknown weapons" are still fire)
        if (!SHELLS.matcher(lowerText).find() && !lowerText.matches("(?s).*\\bweapons?\\b.*") && BLAST.matcher(lowerText).find()) {
            return AcledSubEvent.REMOTE_EXPLOSIVE_LANDMINE_IED;
        }
        return AcledSubEvent.SHELLING_ARTILLERY_MISSILE_ATTACK;
    }

    /** "Captured two soldiers": the object of the capture, within a few words, is people. */
    private static boolean capturesPeople(String afterTrigger) {
        String head = afterTrigger.length() > 60 ? afterTrigger.substring(0, 60) : afterTrigger;
        String firstWords = String.join(" ", java.util.Arrays.stream(head.trim().split("\\s+")).limit(5).toList());
        return PEOPLE.matcher(firstWords).find() && !firstWords.matches("(?s).*\\b(town|village|city|area|hill|base|positions?|district|neighbou?rhood)\\b.*");
    }

    /**
     * A detention outside any judicial process: a kidnapping, people whose whereabouts are unknown,
     * press-ganging. The codebook files it as an abduction whoever holds them.
     */
    private static final Pattern DISAPPEARANCE = Pattern.compile(
        "\\b(kidnap\\w*|abduct\\w*|whereabouts|disappear\\w*|conscription|ransom|hostages?|incommunicado)\\b");

    private static Coding arrest(List<ActorKind> side1, String text) {
        return !DISAPPEARANCE.matcher(text).find() && (state(side1) || !side1.isEmpty() && side1.get(0) == ActorKind.GOVERNANCE)
            ? new Coding(EventType.ARREST_ABDUCTION, AcledSubEvent.ARRESTS)
            : new Coding(EventType.ARREST_ABDUCTION, AcledSubEvent.ABDUCTION_FORCED_DISAPPEARANCE);
    }

    private static boolean state(List<ActorKind> side1) {
        return !side1.isEmpty() && (side1.get(0) == ActorKind.STATE || side1.get(0) == ActorKind.STATE_FORCE);
    }
}
