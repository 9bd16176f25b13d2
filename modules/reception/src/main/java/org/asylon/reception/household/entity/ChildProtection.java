package org.asylon.reception.household.entity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asylon.kernel.code.PartialDate;

/**
 * Flags the children of a group as UNHCR defines them: <em>separated</em> from both parents (or
 * their usual caregiver) but with other adult relatives, or <em>unaccompanied</em> — with no adult
 * relative responsible for them. Relationships are towards the focal point, so a child's parents
 * are the focal point and spouse (for a CHILD) or the PARENT members (for the focal point or a
 * SIBLING). Nothing here decides a child's case; it tells the officer whom to refer to child
 * protection.
 */
public final class ChildProtection {

    /**
     * The profile's age below which a person is a child. Reception reads the border's rule: whether
     * a person is a child is one fact about the person, and the border and reception must not
     * disagree on it.
     */
    public static final String AGE_OF_MAJORITY = "entry.child.age-of-majority";

    /**
     * What reception knows of a member's person; {@code dateOfBirthEstimated} when an official
     * estimated it.
     */
    public record Person(
            String dateOfBirth, boolean dateOfBirthEstimated, boolean unaccompaniedAtBorder) {

        public Person(String dateOfBirth, boolean unaccompaniedAtBorder) {
            this(dateOfBirth, false, unaccompaniedAtBorder);
        }
    }

    /** A child's flag; adults are NOT_A_CHILD. */
    public enum Flag {
        NOT_A_CHILD,
        WITH_PARENT,
        SEPARATED,
        UNACCOMPANIED
    }

    private ChildProtection() {}

    /**
     * @param ageOfMajority the profile's {@value #AGE_OF_MAJORITY}
     */
    public static Map<String, Flag> flags(
            List<Member> members, Map<String, Person> people, LocalDate today, int ageOfMajority) {
        Map<String, Flag> flags = new LinkedHashMap<>();
        for (Member m : members) {
            Person p = people.getOrDefault(m.arrivalId(), new Person(null, false));
            if (!isChild(p, today, ageOfMajority)) {
                flags.put(m.arrivalId(), Flag.NOT_A_CHILD);
                continue;
            }
            Set<Relationship> parents =
                    switch (m.relationship()) {
                        case CHILD -> Set.of(Relationship.FOCAL_POINT, Relationship.SPOUSE);
                        case FOCAL_POINT, SIBLING -> Set.of(Relationship.PARENT);
                        default -> Set.of(); // a parent cannot be told from relationships to the
                            // focal point
                    };
            boolean parentHere =
                    members.stream()
                            .anyMatch(
                                    o ->
                                            o != m
                                                    && parents.contains(o.relationship())
                                                    && !isChild(
                                                            people.getOrDefault(
                                                                    o.arrivalId(),
                                                                    new Person(null, false)),
                                                            today,
                                                            ageOfMajority));
            boolean adultRelativeHere =
                    members.stream()
                            .anyMatch(
                                    o ->
                                            o != m
                                                    && o.relationship() != Relationship.UNRELATED
                                                    && (m.relationship() != Relationship.UNRELATED)
                                                    && !isChild(
                                                            people.getOrDefault(
                                                                    o.arrivalId(),
                                                                    new Person(null, false)),
                                                            today,
                                                            ageOfMajority));
            // a parent found in the group (e.g. after reunification) outweighs the border's earlier
            // flag
            if (parentHere) {
                flags.put(m.arrivalId(), Flag.WITH_PARENT);
            } else if (p.unaccompaniedAtBorder() || !adultRelativeHere) {
                flags.put(m.arrivalId(), Flag.UNACCOMPANIED);
            } else {
                flags.put(m.arrivalId(), Flag.SEPARATED);
            }
        }
        return flags;
    }

    /**
     * Under the age of majority today, giving the benefit of the doubt: could the person be under
     * it? A partial date of birth (YYYY or YYYY-MM) is read as the latest day it allows, which
     * makes the person as young as the date permits; an estimated date is known to its year at
     * best, so it is read as the last day of that year. A person flagged unaccompanied at the
     * border is a child whatever the date says; a person without a date of birth is not presumed a
     * child.
     *
     * @param ageOfMajority the profile's {@value #AGE_OF_MAJORITY}
     */
    public static boolean isChild(Person p, LocalDate today, int ageOfMajority) {
        if (p.unaccompaniedAtBorder()) {
            return true;
        }
        String dob = p.dateOfBirth();
        if (dob == null || dob.isBlank()) {
            return false;
        }
        LocalDate latest;
        try {
            PartialDate date = PartialDate.parse(dob);
            latest =
                    p.dateOfBirthEstimated()
                            ? new PartialDate(date.year(), null, null).latest()
                            : date.latest();
        } catch (IllegalArgumentException unreadable) {
            // only a record kept from before dates were checked at the door can be unreadable
            return false;
        }
        return latest.plusYears(ageOfMajority).isAfter(today);
    }
}
