package org.asylon.reception.household.control;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.audit.control.AuditChain;
import org.asylon.kernel.audit.entity.AuditEntry;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.reception.Keyset;
import org.asylon.reception.Page;
import org.asylon.reception.SeenRecords;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.household.entity.ChildProtection;
import org.asylon.reception.household.entity.Household;
import org.asylon.reception.household.entity.HouseholdChange;
import org.asylon.reception.household.entity.HouseholdChange.Action;
import org.asylon.reception.household.entity.HouseholdKind;
import org.asylon.reception.household.entity.HouseholdStatus;
import org.asylon.reception.household.entity.Member;
import org.asylon.reception.household.entity.Membership;

/**
 * Every change to households, in the caller's transaction: the desk's (JTA) and the feed's alike,
 * which is why it is a plain object over an EntityManager rather than a bean. Each change writes
 * its history rows, an audit entry and an event together.
 */
public class HouseholdRegister {

    /**
     * No age of majority given: the register then flags no children (the feed's changes need none).
     */
    private static final int UNKNOWN = -1;

    private final EntityManager em;
    private final HouseholdEvents events;
    private final Clock clock;
    private final int ageOfMajority;

    public HouseholdRegister(EntityManager em, HouseholdEvents events, Clock clock) {
        this(em, events, clock, UNKNOWN);
    }

    /**
     * @param ageOfMajority the profile's {@value ChildProtection#AGE_OF_MAJORITY}, for the
     *     children's flags
     */
    public HouseholdRegister(
            EntityManager em, HouseholdEvents events, Clock clock, int ageOfMajority) {
        this.em = em;
        this.events = events;
        this.clock = clock;
        this.ageOfMajority = ageOfMajority;
    }

    public Household create(
            HouseholdKind kind,
            String label,
            String sourceGroupId,
            List<Membership> members,
            String by) {
        members.forEach(m -> requireFree(m.arrivalId(), null));
        Household household = new Household(kind, label, sourceGroupId, members, by, now());
        em.persist(household);
        List<String> ids = ids(members);
        history(household.id(), Action.CREATED, ids, null, label, by);
        events.created(household.id(), ids);
        audit(by, "household.created", household.id(), ids.size() + " member(s)");
        return household;
    }

    public Household addMember(String id, String ifMatch, Membership member, String by) {
        Household household = current(id, ifMatch);
        requireFree(member.arrivalId(), household.id());
        household.add(member, now());
        history(
                id,
                Action.MEMBER_ADDED,
                List.of(member.arrivalId()),
                null,
                member.relationship().name(),
                by);
        events.changed(id, Action.MEMBER_ADDED.name(), List.of(member.arrivalId()));
        audit(by, "household.member-added", id, member.arrivalId());
        return household;
    }

    public void handOverFocalPoint(
            Household household,
            String arrivalId,
            org.asylon.reception.household.entity.Relationship former,
            String by) {
        household.handOverFocalPoint(arrivalId, former);
        history(household.id(), Action.FOCAL_POINT_HANDED_OVER, List.of(arrivalId), null, null, by);
        events.changed(household.id(), Action.FOCAL_POINT_HANDED_OVER.name(), List.of(arrivalId));
        audit(by, "household.focal-point-handed-over", household.id(), arrivalId);
    }

    /**
     * @return the new group
     */
    public Household split(
            String id,
            String ifMatch,
            List<Membership> leaving,
            String remainingFocalPoint,
            String label,
            String by) {
        Household from = current(id, ifMatch);
        Household split = from.split(leaving, remainingFocalPoint, label, by, now());
        em.persist(split);
        List<String> ids = ids(leaving);
        history(id, Action.SPLIT_OFF, ids, split.id(), null, by);
        history(split.id(), Action.SPLIT_FROM, ids, id, null, by);
        events.split(id, split.id(), ids);
        audit(by, "household.split", id, "into " + split.id() + ": " + ids);
        return split;
    }

    /** Family reunification: {@code otherId} (at {@code otherVersion}) joins {@code id}. */
    public Household merge(
            String id,
            String ifMatch,
            String otherId,
            Long otherVersion,
            List<Membership> relationships,
            String by) {
        Household into = current(id, ifMatch);
        Household other = find(otherId);
        if (otherVersion != null && otherVersion != other.version()) {
            Versions.requireMatch("\"" + otherVersion + "\"", other.version());
        }
        List<String> ids =
                into.merge(other, relationships, now()).stream().map(Member::arrivalId).toList();
        history(id, Action.MERGED_IN, ids, otherId, null, by);
        history(otherId, Action.MERGED_INTO, ids, id, null, by);
        events.merged(id, otherId, ids);
        audit(by, "household.merged", id, "from " + otherId + ": " + ids);
        return into;
    }

    public Household find(String id) {
        Household household = em.find(Household.class, id);
        if (household == null) {
            throw ProblemException.notFound("household", id);
        }
        return household;
    }

    /**
     * A page of active groups, newest first (ties by id), after {@code after} (null: the first
     * page).
     */
    public Page<Household> active(Keyset after, int max) {
        var query =
                em.createQuery(
                                "SELECT h FROM Household h WHERE h.status = :active"
                                        + (after == null
                                                ? ""
                                                : " AND (h.createdAt < :at OR (h.createdAt = :at AND h.id < :id))")
                                        + " ORDER BY h.createdAt DESC, h.id DESC",
                                Household.class)
                        .setParameter("active", HouseholdStatus.ACTIVE);
        if (after != null) {
            query.setParameter("at", after.at()).setParameter("id", after.id());
        }
        return Page.of(
                query.setMaxResults(max + 1).getResultList(),
                max,
                h -> Keyset.of(h.createdAt(), h.id()));
    }

    /** Reading personal data is audited too. */
    public void audited(String by, String action, String id, String details) {
        audit(by, action, id, details);
    }

    /** A list read is audited with the people it showed: the members' arrival ids. */
    public void listed(String by, List<Household> shown) {
        List<String> people =
                shown.stream().flatMap(h -> h.members().stream()).map(Member::arrivalId).toList();
        for (String seen : SeenRecords.details(people)) {
            new AuditChain()
                    .append(
                            em,
                            AuditEntry.of(by, "household.listed", "household-list", "all", seen));
        }
    }

    public void flush() {
        em.flush();
    }

    public List<HouseholdChange> history(String id) {
        return em.createQuery(
                        "SELECT c FROM HouseholdChange c WHERE c.householdId = :id ORDER BY c.id",
                        HouseholdChange.class)
                .setParameter("id", id)
                .getResultList();
    }

    /** The active group an arrival belongs to, if any. */
    public Household of(String arrivalId) {
        List<Household> found =
                em.createQuery(
                                "SELECT h FROM Household h JOIN h.members m WHERE m.arrivalId = :a"
                                        + " AND h.status = :active",
                                Household.class)
                        .setParameter("a", arrivalId)
                        .setParameter("active", HouseholdStatus.ACTIVE)
                        .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    public Map<String, ChildProtection.Flag> childFlags(Household household) {
        if (ageOfMajority == UNKNOWN) {
            throw new IllegalStateException(
                    "children are flagged with the profile's age of majority: give it to the register");
        }
        Map<String, ChildProtection.Person> people = new HashMap<>();
        for (Member m : household.members()) {
            Arrival a = em.find(Arrival.class, m.arrivalId());
            if (a != null) {
                people.put(
                        m.arrivalId(),
                        new ChildProtection.Person(
                                a.dateOfBirth(), a.dateOfBirthEstimated(), a.unaccompaniedChild()));
            }
        }
        return ChildProtection.flags(
                household.members(),
                people,
                LocalDate.ofInstant(now(), ZoneOffset.UTC),
                ageOfMajority);
    }

    /** proGres keeps a person in one registration group at a time: move them by split or merge. */
    private void requireFree(String arrivalId, String exceptHousehold) {
        if (em.find(Arrival.class, arrivalId) == null) {
            throw ProblemException.invalidField("members", "no arrival with id " + arrivalId);
        }
        Household current = of(arrivalId);
        if (current != null && !current.id().equals(exceptHousehold)) {
            throw ProblemException.ruleViolated(
                    Household.MEMBERSHIP_RULE,
                    null,
                    "Arrival "
                            + arrivalId
                            + " is already in group "
                            + current.id()
                            + "; split them off or merge the groups instead.");
        }
    }

    private Household current(String id, String ifMatch) {
        Household household = find(id);
        Versions.requireMatch(ifMatch, household.version());
        return household;
    }

    private void history(
            String id, Action action, List<String> ids, String other, String note, String by) {
        em.persist(new HouseholdChange(id, action, ids, other, note, by, now()));
    }

    private void audit(String by, String action, String id, String details) {
        new AuditChain().append(em, AuditEntry.of(by, action, "household", id, details));
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private static List<String> ids(List<Membership> members) {
        return members.stream().map(Membership::arrivalId).toList();
    }
}
