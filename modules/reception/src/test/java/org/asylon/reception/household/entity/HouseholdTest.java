package org.asylon.reception.household.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.problem.ProblemException;
import org.junit.jupiter.api.Test;

/**
 * One focal point whatever happens; children flagged as UNHCR defines separated and unaccompanied.
 */
class HouseholdTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static Membership m(String id, Relationship r) {
        return new Membership(id, r);
    }

    private static Household family() {
        return new Household(
                HouseholdKind.HOUSEHOLD,
                "Haddad",
                null,
                List.of(
                        m("father", Relationship.FOCAL_POINT),
                        m("mother", Relationship.SPOUSE),
                        m("son", Relationship.CHILD)),
                "clerk",
                NOW);
    }

    private static String rule(Runnable r) {
        return (String) assertThrows(ProblemException.class, r::run).extensions().get("rule");
    }

    @Test
    void aGroupHasExactlyOneFocalPoint() {
        assertEquals(
                Household.FOCAL_POINT_RULE,
                rule(
                        () ->
                                new Household(
                                        HouseholdKind.HOUSEHOLD,
                                        "x",
                                        null,
                                        List.of(m("a", Relationship.SPOUSE)),
                                        "clerk",
                                        NOW)));
        assertEquals(
                Household.FOCAL_POINT_RULE,
                rule(
                        () ->
                                new Household(
                                        HouseholdKind.HOUSEHOLD,
                                        "x",
                                        null,
                                        List.of(
                                                m("a", Relationship.FOCAL_POINT),
                                                m("b", Relationship.FOCAL_POINT)),
                                        "clerk",
                                        NOW)));
        Household family = family();
        assertEquals(
                Household.FOCAL_POINT_RULE,
                rule(() -> family.add(m("uncle", Relationship.FOCAL_POINT), NOW)));
        family.handOverFocalPoint("mother", Relationship.SPOUSE);
        assertEquals("mother", family.focalPoint());
        assertEquals(
                1,
                family.members().stream()
                        .filter(x -> x.relationship() == Relationship.FOCAL_POINT)
                        .count());
    }

    @Test
    void aSplitNeedsAFocalPointOnBothSides() {
        Household family = family();
        assertEquals(
                Household.FOCAL_POINT_RULE,
                rule(
                        () ->
                                family.split(
                                        List.of(m("father", Relationship.FOCAL_POINT)),
                                        null,
                                        "alone",
                                        "clerk",
                                        NOW)));
        assertEquals(
                Household.MEMBERSHIP_RULE,
                rule(
                        () ->
                                family.split(
                                        List.of(
                                                m("father", Relationship.FOCAL_POINT),
                                                m("mother", Relationship.SPOUSE),
                                                m("son", Relationship.CHILD)),
                                        null,
                                        "all",
                                        "clerk",
                                        NOW)));
        Household split =
                family.split(
                        List.of(m("father", Relationship.FOCAL_POINT)),
                        "mother",
                        "father alone",
                        "clerk",
                        NOW);
        assertEquals("father", split.focalPoint());
        assertEquals("mother", family.focalPoint());
        assertEquals(2, family.members().size());
    }

    @Test
    void aMergeKeepsTheFocalPointAndRestatesRelationships() {
        Household family = family();
        Household daughter =
                new Household(
                        HouseholdKind.HOUSEHOLD,
                        "Haddad, daughter",
                        null,
                        List.of(
                                m("daughter", Relationship.FOCAL_POINT),
                                m("cousin", Relationship.SIBLING)),
                        "clerk",
                        NOW);
        family.merge(daughter, List.of(m("daughter", Relationship.CHILD)), NOW);
        assertEquals("father", family.focalPoint());
        assertEquals(Relationship.CHILD, family.member("daughter").orElseThrow().relationship());
        assertEquals(
                Relationship.OTHER_RELATIVE, family.member("cousin").orElseThrow().relationship());
        assertEquals(HouseholdStatus.MERGED, daughter.status());
        assertEquals(family.id(), daughter.mergedInto());
        assertEquals(
                Household.MEMBERSHIP_RULE,
                rule(() -> daughter.add(m("x", Relationship.CHILD), NOW)));
    }

    @Test
    void childrenAreFlaggedSeparatedOrUnaccompanied() {
        Map<String, ChildProtection.Person> people =
                Map.of(
                        "aunt", new ChildProtection.Person("1990", false),
                        "nephew", new ChildProtection.Person("2015-03-02", false),
                        "mother", new ChildProtection.Person("1988", false),
                        "son", new ChildProtection.Person("2012", false),
                        "alone", new ChildProtection.Person("2010", false),
                        "flagged", new ChildProtection.Person(null, true));
        var separated =
                ChildProtection.flags(
                        new Household(
                                        HouseholdKind.HOUSEHOLD,
                                        "x",
                                        null,
                                        List.of(
                                                m("aunt", Relationship.FOCAL_POINT),
                                                m("nephew", Relationship.OTHER_RELATIVE)),
                                        "c",
                                        NOW)
                                .members(),
                        people,
                        TODAY,
                        18);
        assertEquals(ChildProtection.Flag.NOT_A_CHILD, separated.get("aunt"));
        assertEquals(ChildProtection.Flag.SEPARATED, separated.get("nephew"));

        var withMother =
                ChildProtection.flags(
                        new Household(
                                        HouseholdKind.HOUSEHOLD,
                                        "x",
                                        null,
                                        List.of(
                                                m("mother", Relationship.FOCAL_POINT),
                                                m("son", Relationship.CHILD),
                                                m("flagged", Relationship.CHILD)),
                                        "c",
                                        NOW)
                                .members(),
                        people,
                        TODAY,
                        18);
        assertEquals(ChildProtection.Flag.WITH_PARENT, withMother.get("son"));
        assertEquals(
                ChildProtection.Flag.WITH_PARENT,
                withMother.get("flagged"),
                "reunited: the parent is here");

        var alone =
                ChildProtection.flags(
                        new Household(
                                        HouseholdKind.HOUSEHOLD,
                                        "x",
                                        null,
                                        List.of(
                                                m("alone", Relationship.FOCAL_POINT),
                                                m("flagged", Relationship.SIBLING)),
                                        "c",
                                        NOW)
                                .members(),
                        people,
                        TODAY,
                        18);
        assertEquals(ChildProtection.Flag.UNACCOMPANIED, alone.get("alone"));
        assertEquals(ChildProtection.Flag.UNACCOMPANIED, alone.get("flagged"));
    }

    @Test
    void aPartialDateOfBirthGivesTheBenefitOfTheDoubt() {
        assertEquals(
                true,
                ChildProtection.isChild(new ChildProtection.Person("2008", false), TODAY, 18));
        assertEquals(
                false,
                ChildProtection.isChild(new ChildProtection.Person("2008-10", false), TODAY, 18));
        assertEquals(
                false, ChildProtection.isChild(new ChildProtection.Person(null, false), TODAY, 18));
    }

    @Test
    void theAgeOfMajorityIsTheProfilesNotEighteen() {
        ChildProtection.Person seventeen =
                new ChildProtection.Person("2009-01-01", false); // 17 on TODAY
        assertEquals(true, ChildProtection.isChild(seventeen, TODAY, 18));
        assertEquals(
                false,
                ChildProtection.isChild(seventeen, TODAY, 16),
                "a profile whose children are under 16");
        assertEquals(
                true,
                ChildProtection.isChild(
                        new ChildProtection.Person("2006-01-01", false), TODAY, 21));
    }

    @Test
    void anEstimatedDateOfBirthIsKnownToItsYearAtBest() {
        // on TODAY, someone born in early 2008 is 18; an estimate of that date could be off within
        // the year
        assertEquals(
                false,
                ChildProtection.isChild(
                        new ChildProtection.Person("2008-02-01", false, false), TODAY, 18));
        assertEquals(
                true,
                ChildProtection.isChild(
                        new ChildProtection.Person("2008-02-01", true, false), TODAY, 18));
        assertEquals(
                false,
                ChildProtection.isChild(
                        new ChildProtection.Person("2007-02-01", true, false), TODAY, 18));
    }

    @Test
    void bordersRolesBecomeRelationships() {
        assertEquals(Relationship.FOCAL_POINT, Relationship.fromBorderRole("Head"));
        assertEquals(Relationship.SPOUSE, Relationship.fromBorderRole("wife"));
        assertEquals(Relationship.CHILD, Relationship.fromBorderRole("daughter"));
        assertEquals(Relationship.OTHER_RELATIVE, Relationship.fromBorderRole(null));
    }
}
