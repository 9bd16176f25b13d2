package org.asylon.reception.household.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.json.Jsons;
import org.asylon.reception.arrival.control.EntryEventApplied;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.arrival.entity.EntryEncounter;
import org.asylon.reception.household.entity.EntryGroupMember;
import org.asylon.reception.household.entity.Household;
import org.asylon.reception.household.entity.HouseholdKind;
import org.asylon.reception.household.entity.Membership;
import org.asylon.reception.household.entity.Relationship;

/**
 * Households from the border's FAMILY groups (boats and other travel groups are not households).
 * Reception creates arrivals for only some encounters, some of them later, so the family's members
 * are remembered and every arrival of one of them joins the family's household: the first one
 * creates it. Until the head (role "head") arrives, the first member is the provisional focal
 * point; when the head arrives the focal point is handed over. Runs in the feed consumer's
 * transaction, after the arrivals have taken the event in ({@link EntryEventApplied}), and is
 * idempotent, so a replayed event changes nothing.
 */
@ApplicationScoped
public class HouseholdsFromEntry {

    static final String SYSTEM = "feed:entry";
    static final String GROUP_REGISTERED = "org.asylon.entry.group-registered.v1";

    private HouseholdEvents events;
    private Clock clock;

    protected HouseholdsFromEntry() {
        // for CDI's client proxy
    }

    @Inject
    public HouseholdsFromEntry(HouseholdEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void follow(@Observes EntryEventApplied applied) {
        apply(applied.event(), applied.em());
    }

    /** For every entry event, after the arrivals have applied it. */
    public void apply(CloudEvent event, EntityManager em) {
        JsonObject data = event.data();
        if (GROUP_REGISTERED.equals(event.type())) {
            if (!"FAMILY".equals(data.getString("kind", null))) {
                return;
            }
            String groupId = data.getString("groupId");
            for (JsonString encounterId :
                    data.getJsonArray("members").getValuesAs(JsonString.class)) {
                if (em.find(EntryGroupMember.class, encounterId.getString()) == null) {
                    em.persist(
                            new EntryGroupMember(
                                    encounterId.getString(),
                                    groupId,
                                    data.getString("label", null),
                                    role(em, encounterId.getString())));
                }
            }
            em.flush();
            attach(em, groupId);
            return;
        }
        String encounterId = data.getString("encounterId", null);
        EntryGroupMember member =
                encounterId == null ? null : em.find(EntryGroupMember.class, encounterId);
        if (member != null) {
            attach(em, member.groupId());
        }
    }

    /**
     * Brings every member of the family who has an arrival (and no group yet) into its household.
     */
    void attach(EntityManager em, String groupId) {
        HouseholdRegister register = new HouseholdRegister(em, events, clock);
        List<EntryGroupMember> family =
                em.createQuery(
                                "SELECT m FROM EntryGroupMember m WHERE m.groupId = :g",
                                EntryGroupMember.class)
                        .setParameter("g", groupId)
                        .getResultList();
        List<Household> existing =
                em.createQuery(
                                "SELECT h FROM Household h WHERE h.sourceGroupId = :g",
                                Household.class)
                        .setParameter("g", groupId)
                        .getResultList();
        Household household = existing.isEmpty() ? null : existing.get(0);
        List<EntryGroupMember> waiting = new ArrayList<>();
        for (EntryGroupMember m : family) {
            Arrival arrival = arrival(em, m.encounterId());
            // someone already in a group (here or moved by an officer) stays where they are
            if (arrival != null
                    && register.of(arrival.id()) == null
                    && !inHistory(em, household, arrival.id())) {
                waiting.add(m);
            }
        }
        if (waiting.isEmpty()) {
            return;
        }
        // the head first, so that they are the focal point whenever they have arrived
        waiting.sort(
                (a, b) ->
                        Boolean.compare(
                                b.relationship() == Relationship.FOCAL_POINT,
                                a.relationship() == Relationship.FOCAL_POINT));
        for (EntryGroupMember m : waiting) {
            String arrivalId = arrival(em, m.encounterId()).id();
            if (household == null) {
                household =
                        register.create(
                                HouseholdKind.HOUSEHOLD,
                                m.groupLabel(),
                                groupId,
                                List.of(new Membership(arrivalId, Relationship.FOCAL_POINT)),
                                SYSTEM);
                em.flush();
                continue;
            }
            if (household.status()
                    != org.asylon.reception.household.entity.HouseholdStatus.ACTIVE) {
                return; // the family's household was merged into another; officers place late
                // arrivals
            }
            Relationship relationship = m.relationship();
            if (relationship == Relationship.FOCAL_POINT) {
                String provisional = household.focalPoint();
                register.addMember(
                        household.id(),
                        "*",
                        new Membership(arrivalId, Relationship.OTHER_RELATIVE),
                        SYSTEM);
                register.handOverFocalPoint(
                        household, arrivalId, formerRelationship(em, family, provisional), SYSTEM);
            } else {
                register.addMember(
                        household.id(), "*", new Membership(arrivalId, relationship), SYSTEM);
            }
            em.flush();
        }
    }

    /**
     * A person split off or merged away by an officer is not pulled back by a late border event.
     */
    private static boolean inHistory(EntityManager em, Household household, String arrivalId) {
        if (household == null) {
            return false;
        }
        return new HouseholdRegister(em, null, Clock.systemUTC())
                .history(household.id()).stream().anyMatch(c -> c.arrivalIds().contains(arrivalId));
    }

    private static Relationship formerRelationship(
            EntityManager em, List<EntryGroupMember> family, String arrivalId) {
        Arrival arrival = em.find(Arrival.class, arrivalId);
        Relationship r =
                family.stream()
                        .filter(
                                m ->
                                        arrival != null
                                                && m.encounterId()
                                                        .equals(arrival.sourceEncounterId()))
                        .map(EntryGroupMember::relationship)
                        .findFirst()
                        .orElse(Relationship.OTHER_RELATIVE);
        return r == Relationship.FOCAL_POINT ? Relationship.OTHER_RELATIVE : r;
    }

    private static Arrival arrival(EntityManager em, String encounterId) {
        List<Arrival> found =
                em.createQuery(
                                "SELECT a FROM Arrival a WHERE a.sourceEncounterId = :e",
                                Arrival.class)
                        .setParameter("e", encounterId)
                        .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The role the border gave the member, from reception's copy of the encounter. */
    private static String role(EntityManager em, String encounterId) {
        EntryEncounter seen = em.find(EntryEncounter.class, encounterId);
        if (seen == null) {
            return null;
        }
        return Jsons.readObject(seen.person()).getString("groupRole", null);
    }
}
