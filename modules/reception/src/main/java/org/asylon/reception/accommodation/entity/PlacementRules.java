package org.asylon.reception.accommodation.entity;

import java.util.Collection;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.reception.arrival.entity.Arrival;

/**
 * The rules every allocation and transfer must satisfy. Each refusal names its rule, so the officer
 * at the desk can tell which one applies and what would satisfy it. Only capacity can be overridden
 * (an emergency: people are not left outside); the protection rules cannot.
 */
public final class PlacementRules {

    public static final String FAMILY_UNITY = "reception.accommodation.family-unity";
    public static final String CHILD_PLACE = "reception.accommodation.child-appropriate-place";
    public static final String SAFE_HOUSE = "reception.accommodation.safe-house";
    public static final String CAPACITY = "reception.accommodation.capacity";

    static final String FAMILY_BASIS =
            "Directive 2013/33/EU (reception conditions), art. 12: family unity";
    static final String CHILD_BASIS =
            "Convention on the Rights of the Child, arts. 3 and 20; Directive 2013/33/EU, art. 24(2)";
    static final String SAFE_HOUSE_BASIS =
            "Council of Europe Convention on Action against Trafficking in Human Beings, "
                    + "art. 12(1)(a); Directive 2011/36/EU, art. 11(5)";

    private PlacementRules() {}

    /**
     * Who the person is decides which places suit them: unaccompanied children and trafficking
     * survivors.
     */
    public static void requireSuitable(Arrival person, Facility facility, PlaceType type) {
        if (person.unaccompaniedChild()
                && facility.kind() != FacilityKind.CHILD_FRIENDLY_SPACE
                && type != PlaceType.CHILD) {
            throw ProblemException.ruleViolated(
                    CHILD_PLACE,
                    CHILD_BASIS,
                    "Arrival "
                            + person.id()
                            + " is an unaccompanied or separated child: allocate a CHILD place or a place in a "
                            + "CHILD_FRIENDLY_SPACE, not "
                            + type
                            + " in "
                            + facility.kind()
                            + " '"
                            + facility.name()
                            + "'.");
        }
        if (person.specificNeeds().contains(Arrival.TRAFFICKING_NEED)
                && facility.kind() != FacilityKind.SAFE_HOUSE) {
            throw ProblemException.ruleViolated(
                    SAFE_HOUSE,
                    SAFE_HOUSE_BASIS,
                    "Arrival "
                            + person.id()
                            + " is a (possible) victim of trafficking: only a SAFE_HOUSE may receive them, not "
                            + facility.kind()
                            + " '"
                            + facility.name()
                            + "'.");
        }
    }

    /**
     * A household lives in one facility: the facilities where its other members are now must be the
     * target (at most one, since the rule has held so far).
     */
    public static void requireFamilyTogether(
            String householdId, Collection<String> membersFacilities, Facility target) {
        for (String elsewhere : membersFacilities) {
            if (!elsewhere.equals(target.id())) {
                throw ProblemException.ruleViolated(
                        FAMILY_UNITY,
                        FAMILY_BASIS,
                        "Other members of household "
                                + householdId
                                + " live in facility "
                                + elsewhere
                                + ": allocate this person there, or "
                                + "transfer the household together.");
            }
        }
    }

    /**
     * Room for {@code needed} more people of this type. Above capacity only with an emergency
     * override reason, which the caller audits.
     *
     * @return whether the allocation goes above capacity (and so uses the override)
     */
    public static boolean requireRoom(
            Facility facility, PlaceType type, long occupied, int needed, String overrideReason) {
        int capacity = facility.capacity(type);
        if (occupied + needed <= capacity) {
            return false;
        }
        if (overrideReason != null && !overrideReason.isBlank()) {
            return true;
        }
        throw ProblemException.ruleViolated(
                CAPACITY,
                null,
                "'"
                        + facility.name()
                        + "' has "
                        + capacity
                        + " "
                        + type
                        + " place(s) and "
                        + occupied
                        + " are taken; "
                        + needed
                        + " more do not fit. Choose another "
                        + "facility, or record an emergency override with its reason (emergencyOverrideReason).");
    }
}
