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

    /** What reception knows of a member's person. */
    public record Person(String dateOfBirth, boolean unaccompaniedAtBorder) {
    }

    /** A child's flag; adults are NOT_A_CHILD. */
    public enum Flag {
        NOT_A_CHILD, WITH_PARENT, SEPARATED, UNACCOMPANIED
    }

    private ChildProtection() {
    }

    public static Map<String, Flag> flags(List<Member> members, Map<String, Person> people, LocalDate today) {
        Map<String, Flag> flags = new LinkedHashMap<>();
        for (Member m : members) {
            Person p = people.getOrDefault(m.arrivalId(), new Person(null, false));
            if (!isChild(p, today)) {
                flags.put(m.arrivalId(), Flag.NOT_A_CHILD);
                continue;
            }
            Set<Relationship> parents = switch (m.relationship()) {
                case CHILD -> Set.of(Relationship.FOCAL_POINT, Relationship.SPOUSE);
                case FOCAL_POINT, SIBLING -> Set.of(Relationship.PARENT);
                default -> Set.of(); // a parent cannot be told from relationships to the focal point
            };
            boolean parentHere = members.stream().anyMatch(o -> o != m && parents.contains(o.relationship())
                    && !isChild(people.getOrDefault(o.arrivalId(), new Person(null, false)), today));
            boolean adultRelativeHere = members.stream().anyMatch(o -> o != m && o.relationship() != Relationship.UNRELATED
                    && (m.relationship() != Relationship.UNRELATED)
                    && !isChild(people.getOrDefault(o.arrivalId(), new Person(null, false)), today));
            // a parent found in the group (e.g. after reunification) outweighs the border's earlier flag
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
     * Under 18 today, giving the benefit of the doubt: a partial date of birth (YYYY or YYYY-MM) is
     * read as the latest day it allows. A person flagged unaccompanied at the border is a child
     * whatever the date says; a person without a date of birth is not presumed a child.
     */
    public static boolean isChild(Person p, LocalDate today) {
        if (p.unaccompaniedAtBorder()) {
            return true;
        }
        String dob = p.dateOfBirth();
        if (dob == null || dob.isBlank()) {
            return false;
        }
        LocalDate latest;
        try {
            latest = PartialDate.parse(dob).latest();
        } catch (IllegalArgumentException unreadable) {
            // only a record kept from before dates were checked at the door can be unreadable
            return false;
        }
        return latest.plusYears(18).isAfter(today);
    }
}
