package org.asylon.entry.encounter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.asylon.entry.encounter.entity.Encounter;
import org.asylon.entry.encounter.entity.EncounterGroup;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;

/** Reading encounters and groups: every read of a person's record is audited, with who read it. */
@ApplicationScoped
@Transactional
public class EncounterRecords {

    private EntityManager em;
    private AuditTrail audit;

    protected EncounterRecords() {
        // for CDI's client proxy
    }

    @Inject
    public EncounterRecords(EntityManager em, AuditTrail audit) {
        this.em = em;
        this.audit = audit;
    }

    /** The encounter, or a 404 problem. Not audited: for the actions that go on to change it. */
    public Encounter find(String id) {
        Encounter encounter = em.find(Encounter.class, id);
        if (encounter == null) {
            throw ProblemException.notFound("encounter", id);
        }
        return encounter;
    }

    public Encounter read(String id, Caller caller) {
        Encounter encounter = find(id);
        audit.record(caller.name(), "encounter.read", "encounter", id, null);
        return encounter;
    }

    /**
     * The latest encounters, newest first, at one crossing point or in one group if given; or, with
     * {@code screeningOpen}, those whose screening has a deadline and is not completed, the one due
     * first at the top (the border's to-do list).
     *
     * @param limit at most this many
     */
    public List<Encounter> latest(
            String crossingPointId,
            String groupId,
            boolean screeningOpen,
            int limit,
            Caller caller) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM Encounter e WHERE 1 = 1");
        if (crossingPointId != null) {
            jpql.append(" AND e.crossingPointId = :point");
        }
        if (groupId != null) {
            jpql.append(" AND e.groupId = :grp");
        }
        if (screeningOpen) {
            jpql.append(" AND e.screening.due IS NOT NULL AND e.screening.completedAt IS NULL");
        }
        var query =
                em.createQuery(
                                jpql.append(
                                                screeningOpen
                                                        ? " ORDER BY e.screening.due, e.occurredAt"
                                                        : " ORDER BY e.occurredAt DESC")
                                        .toString(),
                                Encounter.class)
                        .setMaxResults(limit);
        if (crossingPointId != null) {
            query.setParameter("point", crossingPointId);
        }
        if (groupId != null) {
            query.setParameter("grp", groupId);
        }
        List<Encounter> found = query.getResultList();
        audit.record(
                caller.name(),
                "encounter.listed",
                "encounter-list",
                "crossingPointId="
                        + crossingPointId
                        + ", groupId="
                        + groupId
                        + (screeningOpen ? ", screening=open" : ""),
                found.size() + " record(s)");
        return found;
    }

    /** A group with its members in the order they were registered, or a 404 problem. */
    public GroupMembers group(String id, Caller caller) {
        EncounterGroup group = em.find(EncounterGroup.class, id);
        if (group == null) {
            throw ProblemException.notFound("group", id);
        }
        List<Encounter> members =
                em.createQuery(
                                "SELECT e FROM Encounter e WHERE e.groupId = :id ORDER BY e.registeredAt",
                                Encounter.class)
                        .setParameter("id", id)
                        .getResultList();
        audit.record(caller.name(), "group.read", "group", id, null);
        return new GroupMembers(group, members);
    }
}
